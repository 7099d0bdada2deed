import { describe, expect, it } from "vitest";
import { az204, blocking, fixtureBytes } from "./fixtures/fixture-files.ts";
import { parseGift } from "./parse-gift.ts";
import { TRUE_FALSE_STEM } from "./true-false.ts";

const fixture = () => parseGift(fixtureBytes("az204.gift"), az204("az204.gift", { mapping: { Compute: "compute" } }));

describe("parseGift", () => {
  it("reads single and multiple choice with per-option feedback, weights, title and general feedback", () => {
    const [plan, slots] = fixture().questions;
    expect(plan).toMatchObject({ skillAreaKey: "compute", topic: "Functions hosting", type: "single", status: "draft", source: { file: "az204.gift", line: 5 } });
    expect(plan!.stem).toBe("A function app must scale to zero when idle and reach a storage account\nthrough a private endpoint.\n\nWhich hosting plan should you use?");
    expect(plan!.content).toEqual({
      type: "single",
      options: [
        { id: "a", text: "Flex Consumption", correct: true, why: "Scales to zero and supports virtual network integration." },
        { id: "b", text: "Consumption", correct: false, why: "Does not support virtual network integration." },
        { id: "c", text: "Premium (EP1)", correct: false, why: "Keeps at least one instance running, so it never scales to zero." },
      ],
    });
    expect(plan!.explanation).toBe("Flex Consumption is the only plan that combines scale to zero with VNet integration.");
    expect(slots!.content).toMatchObject({ type: "multiple", partialCredit: true });
    expect(slots!.content.type === "multiple" && slots!.content.options.map((o) => o.correct)).toEqual([true, true, false, false]);
  });

  it("reads {T} as a one-statement yes/no series, with the feedback for a right answer as its why", () => {
    const timeout = fixture().questions[2]!;
    expect(timeout.stem).toBe(TRUE_FALSE_STEM);
    expect(timeout.content).toEqual({
      type: "yesno",
      statements: [{ id: "a", text: "Durable Functions orchestrations can run longer than the function timeout.", answer: true, why: "Right: orchestrations checkpoint and replay." }],
    });
  });

  it("unescapes \\: \\= \\~ \\{ \\} and converts [html] text to Markdown", () => {
    const [, , , escapes, html] = fixture().questions;
    expect(escapes!.stem).toBe('Which value of {"retry": 3} sets the number of retries = 3?');
    expect(escapes!.content.type === "single" && escapes!.content.options[0]!.text).toBe("3 ~ three");
    expect(html!.stem).toBe("Which CLI command **creates** a function app?");
    expect(html!.content.type === "single" && html!.content.options[0]).toMatchObject({ text: "`az functionapp create`", why: "Creates the app." });
  });

  it("reports essay, numerical, matching and short-answer questions as unsupported, or skips them when asked", () => {
    const reported = fixture();
    expect(reported.problems.filter((p) => p.kind === "unsupported").map((p) => [p.line, p.message.replace(" (pass skipUnsupported to leave it out)", "")])).toEqual([
      [35, "an essay question ({}) has no PassPath type"],
      [37, "a numerical question ({#…}) has no PassPath type"],
      [39, "a matching question (=… -> …) has no PassPath type"],
      [44, "a short-answer question (only = answers) has no PassPath type"],
    ]);
    const skipping = parseGift(fixtureBytes("az204.gift"), az204("az204.gift", { mapping: { Compute: "compute" }, skipUnsupported: true }));
    expect(blocking(skipping)).toEqual([]);
    expect(skipping.skipped).toHaveLength(4);
    expect(skipping.questions).toHaveLength(5);
  });

  it("marks missing rationale, references and difficulty as incomplete, not blocking", () => {
    const problems = fixture().problems.filter((p) => p.kind === "incomplete" && p.path.startsWith("questions[1]"));
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(["questions[1].explanation", "questions[1].references", "questions[1].difficulty"]));
  });

  it("reads PassPath's metadata comments: id, difficulty, status, references, case study and partial credit", () => {
    const text = [
      "// id: az204-compute-042",
      "// difficulty: 4",
      "// status: published",
      "// case-study: case-az204-contoso",
      "// reference: https://learn.microsoft.com/a",
      "// reference: https://learn.microsoft.com/b",
      "// partial-credit: no",
      "::Scale::Which two?{~%50%A#a ~%50%B#b ~%-50%C#c}",
    ].join("\n");
    const [question] = parseGift(text, az204("m.gift", { skillAreaKey: "compute" })).questions;
    expect(question).toMatchObject({ id: "az204-compute-042", difficulty: 4, status: "published", caseStudyId: "case-az204-contoso", references: ["https://learn.microsoft.com/a", "https://learn.microsoft.com/b"] });
    expect(question!.content).toMatchObject({ type: "multiple", partialCredit: false });
  });

  it("keeps the blank of a missing-word question and splits a scenario from its true/false statement", () => {
    const text = "Blob versioning is {=enabled per account ~enabled per blob ~always on} for a storage account.\n\nA team stores logs.\\n\\nLogs in Archive can be read at once.{F#Wrong.#Archive needs rehydration.}";
    const [missing, series] = parseGift(text, az204("w.gift", { skillAreaKey: "storage" })).questions;
    expect(missing!.stem).toBe("Blob versioning is _____ for a storage account.");
    expect(series).toMatchObject({ stem: "A team stores logs.", content: { statements: [{ text: "Logs in Archive can be read at once.", answer: false, why: "Archive needs rehydration." }] } });
  });

  it.each([
    ["several = answers", "Q{=A =B ~C}", "Moodle reads that as several fully correct answers"],
    ["partial credit in a single choice", "Q{=A ~%50%B ~C}", "partial credit to another answer"],
    ["unequal weights", "Q{~%60%A ~%40%B ~C}", "different credit"],
    ["weights not adding up", "Q{~%40%A ~%40%B ~C}", "adds up to 80 %"],
    ["no correct answer", "Q{~A ~B ~C}", "the answer key is missing"],
    ["text before the first answer", "Q{oops =A ~B}", "text before the first answer"],
  ])("refuses what PassPath cannot score the same way: %s", (_, text, message) => {
    const result = parseGift(text, az204("k.gift", { skillAreaKey: "compute" }));
    expect(result.questions).toEqual([]);
    expect(blocking(result)).toEqual([expect.objectContaining({ kind: "invalid", line: 1, message: expect.stringContaining(message) })]);
  });

  it("reads equal 100 % weights as an all-or-nothing multiple choice", () => {
    const [question] = parseGift("Q{~%100%A ~%100%B ~C}", az204("k.gift", { skillAreaKey: "compute" })).questions;
    expect(question!.content).toMatchObject({ type: "multiple", partialCredit: false });
  });

  it("reports an unclosed answer block at the line where it opens", () => {
    const result = parseGift("::A::Fine{=a ~b ~c}\n\n::B::Cut off{\n=a\n~b", az204("t.gift", { skillAreaKey: "compute" }));
    expect(result.questions).toHaveLength(1);
    expect(blocking(result)).toEqual([expect.objectContaining({ line: 3, path: "questions[1]", message: expect.stringContaining("not closed") })]);
  });
});
