import { describe, expect, it } from "vitest";
import { caseStudyFile, multipleQuestion, orderingQuestion, singleQuestion, skillAreaFile, yesnoQuestion } from "@/tests/fixtures/bank.ts";
import { caseStudyFileSchema, skillAreaFileSchema } from "./source-schema.ts";

type Fields = Record<string, unknown>;

function issues(file: Fields, schema: typeof skillAreaFileSchema | typeof caseStudyFileSchema = skillAreaFileSchema): string[] {
  const result = schema.safeParse(file);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

const one = (question: Fields) => skillAreaFile("AZ-204", "compute", [question]);
const options = (question: Fields) => question.options as Fields[];

describe("source format: every type", () => {
  it("accepts a well-formed question of each type", () => {
    const file = skillAreaFile("AZ-204", "compute", [singleQuestion("q-1"), multipleQuestion("q-2"), yesnoQuestion("q-3"), orderingQuestion("q-4")]);
    expect(issues(file)).toEqual([]);
  });

  it("requires the common fields, with their own messages", () => {
    const question = singleQuestion("q-1");
    for (const key of ["id", "topic", "difficulty", "status", "stem", "explanation", "references"]) delete question[key];
    expect(issues(one(question))).toEqual(
      expect.arrayContaining([
        "questions.0.id: is required",
        "questions.0.topic: is required",
        "questions.0.difficulty: is required",
        "questions.0.status: is required",
        "questions.0.stem: is required",
        "questions.0.explanation: is required",
        "questions.0.references: is required",
      ]),
    );
  });

  it.each([0, 6, 2.5, "3"])("refuses difficulty %s", (difficulty) => {
    expect(issues(one(singleQuestion("q-1", { difficulty })))).toEqual(["questions.0.difficulty: must be a whole number from 1 to 5"]);
  });

  it("refuses an unknown status and an unknown type", () => {
    expect(issues(one(singleQuestion("q-1", { status: "live" })))).toEqual(["questions.0.status: must be draft, published or retired"]);
    expect(issues(one(singleQuestion("q-1", { type: "essay" })))).toEqual(["questions.0.type: must be single, multiple, yesno or ordering"]);
  });

  it("refuses ids that are not slugs", () => {
    expect(issues(one(singleQuestion("Q 1")))).toEqual(["questions.0.id: must be lower-case letters and digits joined by single hyphens"]);
  });

  it("refuses blank stems and explanations", () => {
    expect(issues(one(singleQuestion("q-1", { stem: "   \n", explanation: "" })))).toEqual([
      "questions.0.stem: must not be empty",
      "questions.0.explanation: must not be empty",
    ]);
  });

  it("needs at least one https reference, and one of them on the official documentation", () => {
    expect(issues(one(singleQuestion("q-1", { references: [] })))).toEqual(["questions.0.references: needs at least one reference"]);
    expect(issues(one(singleQuestion("q-1", { references: ["http://learn.microsoft.com/a"] })))).toContain("questions.0.references.0: must be an https:// URL");
    expect(issues(one(singleQuestion("q-1", { references: ["https://example.com/blog"] })))).toEqual([
      "questions.0.references: needs at least one link to learn.microsoft.com or docs.github.com",
    ]);
    expect(issues(one(singleQuestion("q-1", { references: ["https://example.com/blog", "https://docs.github.com/en/actions"] })))).toEqual([]);
  });

  it("reports a misspelt field instead of dropping it", () => {
    const question = singleQuestion("q-1");
    options(question)[1] = { text: "Other", corect: true, why: "w" };
    expect(issues(one(question))).toContain('questions.0.options.1: Unrecognized key: "corect"');
  });
});

describe("source format: single and multiple", () => {
  it("needs a why on every option", () => {
    const question = singleQuestion("q-1");
    delete options(question)[2]!.why;
    options(question)[1]!.why = "  ";
    expect(issues(one(question))).toEqual(["questions.0.options.1.why: needs a why", "questions.0.options.2.why: needs a why"]);
  });

  it("single: exactly one correct option", () => {
    const none = singleQuestion("q-1");
    delete options(none)[0]!.correct;
    const two = singleQuestion("q-2");
    options(two)[1]!.correct = true;
    expect(issues(one(none))).toEqual(["questions.0.options: a single-choice question needs exactly one option with correct: true (found 0)"]);
    expect(issues(one(two))).toEqual(["questions.0.options: a single-choice question needs exactly one option with correct: true (found 2)"]);
  });

  it("multiple: at least two correct options", () => {
    const question = multipleQuestion("q-1");
    options(question)[1]!.correct = false;
    expect(issues(one(question))).toEqual([
      "questions.0.options: a multiple-choice question needs at least two options with correct: true (found 1); use type single for one",
    ]);
  });

  it("3 to 6 options", () => {
    const two = singleQuestion("q-1");
    options(two).splice(2);
    const seven = multipleQuestion("q-2");
    for (let i = 0; i < 3; i++) options(seven).push({ text: `Extra ${i}`, why: "w" });
    expect(issues(one(two))).toEqual(["questions.0.options: needs 3 to 6 options"]);
    expect(issues(one(seven))).toEqual(["questions.0.options: needs 3 to 6 options"]);
  });

  it("options are distinct after normalising case, emphasis and a final full stop", () => {
    const question = singleQuestion("q-1");
    options(question)[2]!.text = `**use A QUEUE for q-1**.`;
    expect(issues(one(question))).toEqual(["questions.0.options.2.text: same text as options[0]"]);
  });

  it("partialCredit only on multiple", () => {
    expect(issues(one(multipleQuestion("q-1", { partialCredit: true })))).toEqual([]);
    expect(issues(one(singleQuestion("q-2", { partialCredit: true })))).toEqual(['questions.0: Unrecognized key: "partialCredit"']);
  });

  it("correct must be a boolean", () => {
    const question = singleQuestion("q-1");
    options(question)[0]!.correct = "yes";
    expect(issues(one(question))).toContain("questions.0.options.0.correct: must be true or false");
  });
});

describe("source format: yes/no", () => {
  const statements = (question: Fields) => question.statements as Fields[];

  it("takes yes/no (any case) and YAML booleans as answers", () => {
    const question = yesnoQuestion("q-1");
    statements(question)[0]!.answer = "Yes";
    statements(question)[1]!.answer = false;
    expect(issues(one(question))).toEqual([]);
  });

  it("refuses other answers and a missing why", () => {
    const question = yesnoQuestion("q-1");
    statements(question)[0]!.answer = "maybe";
    delete statements(question)[1]!.why;
    expect(issues(one(question))).toEqual(["questions.0.statements.0.answer: must be yes or no", "questions.0.statements.1.why: needs a why"]);
  });

  it("2 to 4 distinct statements, and no options", () => {
    const single = yesnoQuestion("q-1");
    statements(single).splice(1);
    const repeated = yesnoQuestion("q-2");
    statements(repeated)[1]!.text = statements(repeated)[0]!.text;
    expect(issues(one(single))).toEqual(["questions.0.statements: needs 2 to 4 statements"]);
    expect(issues(one(repeated))).toEqual(["questions.0.statements.1.text: same text as statements[0]"]);
    expect(issues(one(yesnoQuestion("q-3", { options: [] })))).toEqual(['questions.0: Unrecognized key: "options"']);
  });
});

describe("source format: ordering", () => {
  it("positions run 1..n without gaps", () => {
    const question = orderingQuestion("q-1");
    options(question)[2]!.position = 4;
    expect(issues(one(question))).toEqual(["questions.0.options: positions must run from 1 to 3 without gaps (found 1, 2, 4)"]);
  });

  it("no position twice", () => {
    const question = orderingQuestion("q-1");
    options(question)[2]!.position = 2;
    expect(issues(one(question))).toContain("questions.0.options.2.position: position 2 is also given to options[1]");
  });

  it("at least two placed steps and at least one distractor", () => {
    const allPlaced = orderingQuestion("q-1");
    options(allPlaced)[3]!.position = 4;
    const onePlaced = orderingQuestion("q-2");
    for (const option of options(onePlaced).slice(1)) delete option.position;
    expect(issues(one(allPlaced))).toEqual(["questions.0.options: an ordering question needs at least one step without a position (a distractor)"]);
    expect(issues(one(onePlaced))).toEqual(["questions.0.options: an ordering question needs at least two placed steps (position: 1, position: 2, …)"]);
  });

  it("every step, placed or not, has a why; steps take no `correct`", () => {
    const question = orderingQuestion("q-1");
    delete options(question)[3]!.why;
    options(question)[0]!.correct = true;
    expect(issues(one(question))).toEqual(['questions.0.options.0: Unrecognized key: "correct"', "questions.0.options.3.why: needs a why"]);
  });

  it("positions are whole numbers from 1", () => {
    const question = orderingQuestion("q-1");
    options(question)[0]!.position = 0;
    expect(issues(one(question))).toEqual(["questions.0.options.0.position: must be a whole number from 1"]);
  });
});

describe("source format: files", () => {
  it("a skill-area file names its exam and skill area and holds at least one question", () => {
    expect(issues({ exam: "az-204", questions: [] })).toEqual([
      "exam: must be an exam code such as AZ-204",
      "skillArea: is required",
      "questions: needs at least one question",
    ]);
  });

  it("a case study has an id, a title, tabs, and 4 to 6 questions that each name their skill area", () => {
    const questions = ["c-1", "c-2", "c-3", "c-4"].map((id) => singleQuestion(id, { skillArea: "compute" }));
    expect(issues(caseStudyFile("AZ-204", "case-contoso", questions), caseStudyFileSchema)).toEqual([]);
    delete questions[0]!.skillArea;
    expect(issues(caseStudyFile("AZ-204", "case-contoso", questions.slice(0, 3)), caseStudyFileSchema)).toEqual([
      "questions.0.skillArea: is required in a case-study file",
      "questions: needs 4 to 6 questions in a case study",
    ]);
    expect(issues({ exam: "AZ-204", caseStudy: { id: "case-x", title: "X", tabs: [] }, questions: [] }, caseStudyFileSchema)).toEqual([
      "caseStudy.tabs: needs at least one tab",
      "questions: needs 4 to 6 questions in a case study",
    ]);
  });
});
