import { describe, expect, it } from "vitest";
import type { NormalisedQuestion } from "../normalise-question.ts";
import { az204, blocking, nativeFixtureBank } from "./fixtures/fixture-files.ts";
import { parseGift } from "./parse-gift.ts";
import { toGift } from "./to-gift.ts";

const bank = nativeFixtureBank();
const byId = (id: string) => bank.questions.find((q) => q.id === id)!;
const visible = (q: NormalisedQuestion) => ({ id: q.id, skillAreaKey: q.skillAreaKey, topic: q.topic, stem: q.stem, content: q.content, explanation: q.explanation, references: q.references });

describe("toGift", () => {
  it("the fixtures load cleanly (so a round trip starts from valid questions)", () => {
    expect(bank.problems).toEqual([]);
  });

  it("round-trips single and multiple choice: options, key, feedback, metadata and content hash", () => {
    const questions = [byId("fmt-compute-001"), byId("fmt-compute-002"), byId("fmt-case-contoso-02")];
    const exported = toGift(questions);
    const back = parseGift(exported.text, az204("export.gift"));
    expect(blocking(back)).toEqual([]);
    expect(back.questions.map(visible)).toEqual(questions.map(visible));
    expect(back.questions.map((q) => q.contentHash)).toEqual(questions.map((q) => q.contentHash));
    expect(back.questions.map((q) => q.status)).toEqual(questions.map((q) => q.status));
  });

  it("escapes GIFT's special characters in text and feedback", () => {
    const { text } = toGift([byId("fmt-compute-002")]);
    expect(text).toContain("#The stack \\{and its version\\} moves with the content\\: a swap exchanges it.");
    expect(text).toContain("#Handler mappings \\= content; they move \\#always.");
  });

  it("writes Moodle weights: 100/n % for each correct option and −100/n % for each wrong one", () => {
    const { text } = toGift([byId("fmt-compute-002")]);
    expect(text).toContain("\t~%50%A connection string");
    expect(text).toContain("\t~%-50%The runtime stack version");
    expect(text.startsWith("$CATEGORY: AZ-204/compute\n\n// id: fmt-compute-002\n")).toBe(true);
  });

  it("writes a yes/no series as one true/false question per statement and says so", () => {
    const series = byId("fmt-compute-003");
    const exported = toGift([series]);
    expect(exported.lossy).toEqual([{ id: "fmt-compute-003", reason: "a yes/no series of 2 statements is written as 2 true/false questions" }]);
    const back = parseGift(exported.text, az204("export.gift"));
    expect(back.questions.map((q) => [q.id, q.stem, q.content])).toEqual([
      ["fmt-compute-003-a", series.stem, { type: "yesno", statements: [{ id: "a", text: "Solution: You use the fan-out/fan-in pattern with Durable Functions.", answer: true, why: "Durable Functions checkpoints the orchestration, so it resumes after a restart." }] }],
      ["fmt-compute-003-b", series.stem, { type: "yesno", statements: [{ id: "a", text: "Solution: You raise `functionTimeout` to 10 minutes.", answer: false, why: "A longer timeout doesn't survive a restart." }] }],
    ]);
  });

  it("skips ordering questions, which GIFT cannot hold, and notes a case study's missing scenario", () => {
    const exported = toGift([byId("fmt-compute-004"), byId("fmt-case-contoso-01")]);
    expect(exported.skipped).toEqual([{ id: "fmt-compute-004", reason: "GIFT has no ordering question" }]);
    expect(exported.lossy).toEqual([{ id: "fmt-case-contoso-01", reason: "the scenario of case study case-fmt-contoso-shop is not included" }]);
    expect(parseGift(exported.text, az204("export.gift")).questions.map((q) => q.caseStudyId)).toEqual(["case-fmt-contoso-shop"]);
  });
});
