import { describe, expect, it } from "vitest";
import { toContent } from "@/lib/domain/bank/normalise-question.ts";
import { skillAreaFileQuestionSchema } from "@/lib/domain/bank/source-schema.ts";
import type { QuestionContent } from "@/lib/domain/questions/content.ts";
import { draftFromStored, emptyDraft, previewContent, toSourceQuestion } from "./question-draft.ts";

const why = (id: string) => `Because ${id}.`;
const contents: QuestionContent[] = [
  { type: "single", options: ["a", "b", "c"].map((id) => ({ id, text: `Option ${id}`, correct: id === "b", why: why(id) })) },
  { type: "multiple", partialCredit: true, options: ["a", "b", "c", "d"].map((id) => ({ id, text: `Option ${id}`, correct: id !== "c", why: why(id) })) },
  { type: "yesno", statements: ["a", "b"].map((id) => ({ id, text: `Statement ${id}`, answer: id === "a", why: why(id) })) },
  {
    type: "ordering",
    options: [
      { id: "a", text: "Second", position: 2, why: why("a") },
      { id: "b", text: "First", position: 1, why: why("b") },
      { id: "c", text: "Never", why: why("c") },
    ],
  },
];

function stored(content: QuestionContent) {
  return {
    skillAreaKey: "compute",
    topic: "functions",
    difficulty: 4,
    status: "published" as const,
    content,
    stem: "What now?",
    explanation: "This is why.",
    references: ["https://learn.microsoft.com/azure/"],
  };
}

describe("question drafts", () => {
  it.each(contents.map((c) => [c.type, c] as const))("round-trips a stored %s question through the bank's source schema unchanged", (_type, content) => {
    const draft = draftFromStored(stored(content));
    const parsed = skillAreaFileQuestionSchema.parse(toSourceQuestion(draft, "q-1"));
    expect(toContent(parsed)).toEqual(content);
    expect(parsed).toMatchObject({ id: "q-1", skillArea: "compute", topic: "functions", difficulty: 4, status: "published", stem: "What now?" });
  });

  it.each(contents.map((c) => [c.type, c] as const))("previews a %s draft with the content the loader would store", (_type, content) => {
    expect(previewContent(draftFromStored(stored(content)))).toEqual(content);
  });

  it("keeps the other type's entries when the type changes, and sends only the chosen type's fields", () => {
    const draft = { ...draftFromStored(stored(contents[0]!)), type: "yesno" as const };
    const source = toSourceQuestion(draft, "q-2");
    expect(source).not.toHaveProperty("options");
    expect(source.statements).toHaveLength(3);
    expect(draft.options[1]).toMatchObject({ text: "Option b", correct: true });
  });

  it("drops blank reference rows and lets the schema report what an empty draft lacks, field by field", () => {
    const result = skillAreaFileQuestionSchema.safeParse(toSourceQuestion(emptyDraft("compute"), "q-3"));
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["topic", "stem", "explanation", "references", "options.0.text", "options.0.why", "options"]));
  });
});
