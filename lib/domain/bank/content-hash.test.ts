import { describe, expect, it } from "vitest";
import { caseStudyFile, fileText, multipleQuestion, singleQuestion, skillAreaFile, TEST_CATALOG, yesnoQuestion } from "@/tests/fixtures/bank.ts";
import { canonicalJson } from "./content-hash.ts";
import { parseBankFile } from "./parse-bank-file.ts";

type Fields = Record<string, unknown>;
const FILE = "prisma/banks/az-204/compute.yaml";

function hashOf(question: Fields, skillArea = "compute"): string {
  const parsed = parseBankFile({ path: FILE, text: fileText(skillAreaFile("AZ-204", skillArea, [question])) }, TEST_CATALOG);
  expect(parsed.problems).toEqual([]);
  return parsed.questions[0]!.contentHash;
}

function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)]));
  return value;
}

const edit = (question: Fields, change: (q: Fields) => void): Fields => {
  const copy = structuredClone(question);
  change(copy);
  return copy;
};
const options = (q: Fields) => q.options as Fields[];

describe("content hash", () => {
  it("does not change when the YAML keys are written in another order", () => {
    const question = multipleQuestion("q-1", { partialCredit: true });
    const reordered = reversedKeys(question) as Fields;
    expect(Object.keys(reordered)[0]).not.toBe("id");
    expect(hashOf(reordered)).toBe(hashOf(question));
  });

  it("does not change with status or topic, which are not what a learner answers", () => {
    const question = singleQuestion("q-1");
    expect(hashOf({ ...question, status: "retired" })).toBe(hashOf(question));
    expect(hashOf({ ...question, topic: "Another topic" })).toBe(hashOf(question));
  });

  const single = singleQuestion("q-1");
  const visibleEdits: [string, Fields][] = [
    ["stem", { ...single, stem: "A different stem?" }],
    ["explanation", { ...single, explanation: "Another rule." }],
    ["a reference", { ...single, references: ["https://learn.microsoft.com/en-us/azure/another-page"] }],
    ["difficulty", { ...single, difficulty: 4 }],
    ["an option's text", edit(single, (q) => (options(q)[1]!.text = "Use a cron job"))],
    ["an option's why", edit(single, (q) => (options(q)[1]!.why = "Another reason."))],
    ["the key", edit(single, (q) => ((options(q)[0]!.correct = false), (options(q)[1]!.correct = true)))],
    ["the option order", edit(single, (q) => options(q).reverse())],
    ["the type", { ...multipleQuestion("q-1"), stem: single.stem, options: options(single).map((o, i) => ({ ...o, correct: i < 2 })) }],
  ];
  it.each(visibleEdits)("changes when %s changes", (_, edited) => {
    expect(hashOf(edited)).not.toBe(hashOf(single));
  });

  it("changes with the skill area, partial credit and a statement's answer", () => {
    expect(hashOf(single, "storage")).not.toBe(hashOf(single));
    const multiple = multipleQuestion("q-1");
    expect(hashOf({ ...multiple, partialCredit: true })).not.toBe(hashOf(multiple));
    const yesno = yesnoQuestion("q-1");
    expect(hashOf(edit(yesno, (q) => ((q.statements as Fields[])[0]!.answer = "no")))).not.toBe(hashOf(yesno));
  });

  it("changes when a question moves into a case study", () => {
    const questions = ["q-1", "q-2", "q-3", "q-4"].map((id) => singleQuestion(id, { skillArea: "compute" }));
    const inCase = parseBankFile({ path: "prisma/banks/az-204/case-x.yaml", text: fileText(caseStudyFile("AZ-204", "case-x", questions)) }, TEST_CATALOG);
    expect(inCase.questions[0]!.caseStudyId).toBe("case-x");
    expect(inCase.questions[0]!.contentHash).not.toBe(hashOf(questions[0]!));
  });

  it("canonical JSON sorts keys at every depth and drops undefined members", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: undefined }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"f":1}]},"b":1}');
  });
});
