import { describe, expect, it } from "vitest";
import { caseStudyFile, fileText, lineOf, multipleQuestion, orderingQuestion, singleQuestion, skillAreaFile, TEST_CATALOG, yesnoQuestion } from "@/tests/fixtures/bank.ts";
import { parseBankFile } from "./parse-bank-file.ts";
import { formatProblem } from "./problem.ts";

const FILE = "prisma/banks/az-204/compute.yaml";

const SOURCE = `exam: AZ-204
skillArea: compute
questions:
  - id: az204-compute-001
    topic: Implement Azure Functions
    type: single
    difficulty: 3
    status: published
    stem: |
      A function must scale to zero when idle.

      Which hosting plan should you use?
    options:
      - text: Consumption
        correct: true
        why: It scales to zero and bills per execution.
      - text: Premium
        why: ""
      - text: Dedicated
    explanation: |
      Only the Consumption and Flex Consumption plans scale to zero.
    references:
      - https://learn.microsoft.com/en-us/azure/azure-functions/functions-scale
`;

function problems(text: string, path = FILE) {
  return parseBankFile({ path, text }, TEST_CATALOG).problems.map(formatProblem);
}

describe("parseBankFile: locating problems", () => {
  it("reports every problem of the file at once, each with line, column and field path", () => {
    expect(problems(SOURCE)).toEqual([
      `${FILE}:18:14 questions[0].options[1].why: needs a why`,
      // A missing field points at the mapping that lacks it.
      `${FILE}:19:9 questions[0].options[2].why: needs a why`,
    ]);
  });

  it("points a wrong value at the value and an unknown field at its key", () => {
    const text = SOURCE.replace("difficulty: 3", "difficulty: 9").replace("        correct: true", "        corect: true");
    expect(problems(text)).toEqual([
      `${FILE}:7:17 questions[0].difficulty: must be a whole number from 1 to 5`,
      `${FILE}:13:5 questions[0].options: a single-choice question needs exactly one option with correct: true (found 0)`,
      `${FILE}:15:9 questions[0].options[0].corect: unknown field`,
      `${FILE}:18:14 questions[0].options[1].why: needs a why`,
      `${FILE}:19:9 questions[0].options[2].why: needs a why`,
    ]);
  });

  it("explains a field that belongs to another question type", () => {
    const question = orderingQuestion("az204-compute-001");
    (question.options as Record<string, unknown>[])[3]!.correct = false;
    const text = fileText(skillAreaFile("AZ-204", "compute", [question]));
    expect(problems(text)).toEqual([
      `${FILE}:${lineOf(text, "correct: false")}:9 questions[0].options[3].correct: unknown field (correct belongs to single and multiple options; ordering steps use position)`,
    ]);
  });

  it("still checks the common fields of a question whose type is unusable", () => {
    const text = fileText(skillAreaFile("AZ-204", "compute", [singleQuestion("az204-compute-001", { type: "essay", difficulty: 0 })]));
    expect(problems(text)).toEqual([
      `${FILE}:${lineOf(text, "type: essay")}:11 questions[0].type: must be single, multiple, yesno or ordering`,
      `${FILE}:${lineOf(text, "difficulty: 0")}:17 questions[0].difficulty: must be a whole number from 1 to 5`,
    ]);
  });

  it("locates YAML syntax errors and loads nothing from the file", () => {
    const text = SOURCE.replace("    type: single\n", "    type: single\n   broken: [\n");
    const parsed = parseBankFile({ path: FILE, text }, TEST_CATALOG);
    expect(parsed.questions).toEqual([]);
    expect(parsed.problems.length).toBeGreaterThan(0);
    expect(parsed.problems[0]).toMatchObject({ file: FILE, line: 7, path: "" });
    expect(parsed.problems[0]!.message).toMatch(/^YAML: /);
  });

  it("reports a duplicate key as a YAML error on its line", () => {
    const text = SOURCE.replace("    status: published\n", "    status: published\n    status: draft\n");
    expect(problems(text)).toEqual([`${FILE}:9:5 YAML: Map keys must be unique`]);
  });

  it("refuses a file that is not a mapping", () => {
    expect(problems("- just\n- a list\n")).toEqual([`${FILE}:1:1 a bank file must be a mapping with exam and questions`]);
    expect(problems("")).toEqual([`${FILE}:1:1 a bank file must be a mapping with exam and questions`]);
  });
});

describe("parseBankFile: against the catalog", () => {
  it("refuses an exam the catalog does not have", () => {
    const text = fileText(skillAreaFile("AZ-999", "compute", [singleQuestion("q-1")]));
    expect(problems(text, "elsewhere/compute.yaml")).toEqual(["elsewhere/compute.yaml:1:7 exam: unknown exam AZ-999 (the catalog has AZ-204, AZ-900)"]);
  });

  it("refuses an unknown skill area, for the file or for one question", () => {
    const fileLevel = fileText(skillAreaFile("AZ-204", "networking", [singleQuestion("q-1")]));
    expect(problems(fileLevel)).toEqual([`${FILE}:2:12 skillArea: unknown skill area networking of AZ-204 (expected one of compute, storage, security, monitor, connect)`]);

    const text = fileText(skillAreaFile("AZ-204", "compute", [singleQuestion("q-1"), singleQuestion("q-2", { skillArea: "billing" })]));
    const parsed = parseBankFile({ path: FILE, text }, TEST_CATALOG);
    expect(parsed.problems.map(formatProblem)).toEqual([
      `${FILE}:${lineOf(text, "skillArea: billing")}:16 questions[1].skillArea: unknown skill area billing of AZ-204 (expected one of compute, storage, security, monitor, connect)`,
    ]);
    expect(parsed.questions.map((q) => q.id)).toEqual(["q-1"]);
    expect(parsed.rejected).toBe(1);
  });

  it("refuses a file whose exam does not match its exam folder", () => {
    const text = fileText(skillAreaFile("AZ-900", "cloud-concepts", [singleQuestion("q-1")]));
    expect(problems(text)).toEqual([`${FILE}:1:7 exam: AZ-900 does not belong in the folder az-204 (that is AZ-204); move the file to az-900/`]);
    expect(problems(text, "prisma/banks/az-900/cloud-concepts.yaml")).toEqual([]);
  });
});

describe("parseBankFile: the stored shape", () => {
  it("gives options letter ids in order, turns yes/no into booleans and keeps the file's skill area", () => {
    const text = fileText(skillAreaFile("AZ-204", "compute", [multipleQuestion("q-1", { partialCredit: true }), yesnoQuestion("q-2"), orderingQuestion("q-3")]));
    const { questions, problems: found } = parseBankFile({ path: FILE, text }, TEST_CATALOG);
    expect(found).toEqual([]);
    const [multiple, yesno, ordering] = questions;
    expect(multiple).toMatchObject({ id: "q-1", examCode: "AZ-204", skillAreaKey: "compute", type: "multiple", difficulty: 3, status: "published", points: 2 });
    expect(multiple!.content).toEqual({
      type: "multiple",
      partialCredit: true,
      options: [
        { id: "a", text: "Enable retries for q-1", correct: true, why: "Retries absorb transient faults." },
        { id: "b", text: "Add a dead-letter queue for q-1", correct: true, why: "Poison messages need a place to go." },
        { id: "c", text: "Disable logging for q-1", correct: false, why: "Logging is how you would notice the fault." },
        { id: "d", text: "Shorten the timeout for q-1", correct: false, why: "A shorter timeout causes more failures." },
      ],
    });
    expect(yesno!.content).toMatchObject({ type: "yesno", statements: [{ id: "a", answer: true }, { id: "b", answer: false }] });
    expect(yesno!.points).toBe(2);
    expect(ordering!.content.type === "ordering" && ordering!.content.options.map((o) => o.position)).toEqual([1, 2, 3, undefined]);
    expect(ordering!.content.type === "ordering" && "position" in ordering!.content.options[3]!).toBe(false);
  });

  it("trims the block scalars' trailing newline and records where each question starts", () => {
    const { questions } = parseBankFile({ path: FILE, text: SOURCE.replace('        why: ""\n      - text: Dedicated\n', "        why: Costs more.\n      - text: Dedicated\n        why: Never idle.\n") }, TEST_CATALOG);
    expect(questions[0]!.stem).toBe("A function must scale to zero when idle.\n\nWhich hosting plan should you use?");
    expect(questions[0]!.explanation).toBe("Only the Consumption and Flex Consumption plans scale to zero.");
    expect(questions[0]!.source).toEqual({ file: FILE, line: 4, path: "questions[0]" });
    expect(questions[0]!.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("loads the good questions of a file and counts the bad ones", () => {
    const bad = singleQuestion("q-2");
    delete (bad.options as Record<string, unknown>[])[0]!.why;
    const text = fileText(skillAreaFile("AZ-204", "compute", [singleQuestion("q-1"), bad, singleQuestion("q-3")]));
    const parsed = parseBankFile({ path: FILE, text }, TEST_CATALOG);
    expect(parsed.questions.map((q) => q.id)).toEqual(["q-1", "q-3"]);
    expect(parsed.rejected).toBe(1);
  });

  it("reads a case study: its tabs, and each question tied to it with its own skill area", () => {
    const questions = ["c-1", "c-2", "c-3", "c-4"].map((id, i) => singleQuestion(id, { skillArea: i === 0 ? "storage" : "compute" }));
    const path = "prisma/banks/az-204/case-contoso.yaml";
    const parsed = parseBankFile({ path, text: fileText(caseStudyFile("AZ-204", "case-contoso", questions)) }, TEST_CATALOG);
    expect(parsed.problems).toEqual([]);
    expect(parsed.caseStudy).toMatchObject({ id: "case-contoso", examCode: "AZ-204", title: "Case case-contoso", tabs: [{ title: "Overview", body: "The company behind case-contoso." }, { title: "Requirements", body: "It must be cheap." }] });
    expect(parsed.questions.map((q) => [q.id, q.skillAreaKey, q.caseStudyId])).toEqual([
      ["c-1", "storage", "case-contoso"],
      ["c-2", "compute", "case-contoso"],
      ["c-3", "compute", "case-contoso"],
      ["c-4", "compute", "case-contoso"],
    ]);
  });

  it("loads no question of a case study with a file-level problem, and a bad question alone does not drop the case", () => {
    const path = "prisma/banks/az-204/case-contoso.yaml";
    const three = ["c-1", "c-2", "c-3"].map((id) => singleQuestion(id, { skillArea: "compute" }));
    const short = parseBankFile({ path, text: fileText(caseStudyFile("AZ-204", "case-contoso", three)) }, TEST_CATALOG);
    expect(short.problems.map((p) => p.message)).toEqual(["needs 4 to 6 questions in a case study"]);
    expect([short.questions.length, short.rejected, short.caseStudy]).toEqual([0, 3, undefined]);

    const four = [...three, singleQuestion("c-4", { skillArea: "compute", difficulty: 8 })];
    const oneBad = parseBankFile({ path, text: fileText(caseStudyFile("AZ-204", "case-contoso", four)) }, TEST_CATALOG);
    expect([oneBad.questions.length, oneBad.rejected, oneBad.caseStudy?.id]).toEqual([3, 1, "case-contoso"]);
    expect(oneBad.questions.every((q) => q.caseStudyId === "case-contoso")).toBe(true);
  });
});
