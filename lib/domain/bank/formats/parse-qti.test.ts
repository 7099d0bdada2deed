import { describe, expect, it } from "vitest";
import { az204, blocking, fixtureText } from "./fixtures/fixture-files.ts";
import { parseQti } from "./parse-qti.ts";

const item = (body: string, declarations = "", processing = '<qti-response-processing template="https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct"/>') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<qti-assessment-item xmlns="http://www.imsglobal.org/spec/qti/v3p0/ns" identifier="q1" title="T">\n${declarations}\n<qti-item-body>\n<p>Which tier?</p>\n${body}\n</qti-item-body>\n${processing}\n</qti-assessment-item>\n`;
const correct = (...values: string[]) =>
  `<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier"><qti-correct-response>${values.map((v) => `<qti-value>${v}</qti-value>`).join("")}</qti-correct-response></qti-response-declaration>`;
const choices = (max: number, ...texts: string[]) =>
  `<qti-choice-interaction response-identifier="RESPONSE" max-choices="${max}">\n${texts.map((t, i) => `<qti-simple-choice identifier="C${i}">${t}</qti-simple-choice>`).join("\n")}\n</qti-choice-interaction>`;
const options = az204("compute/q1.xml");

describe("parseQti", () => {
  it("reads a choice interaction: body and prompt as the stem, modal feedback per choice as why, other feedback as explanation", () => {
    const result = parseQti(fixtureText("qti/compute/choice-item.xml"), az204("compute/choice-item.xml"));
    expect(result.questions).toHaveLength(1);
    expect(result.questions[0]).toMatchObject({ id: "item-durable-01", topic: "Durable Functions patterns", skillAreaKey: "compute", type: "single" });
    expect(result.questions[0]!.stem).toBe("An order workflow calls an approval function and must wait up to **three days** for a human decision.\n\nWhich Durable Functions pattern should you use?");
    expect(result.questions[0]!.content.type === "single" && result.questions[0]!.content.options.map((o) => [o.text, o.correct, o.why])).toEqual([
      ["Function chaining", false, "Chaining runs steps in order but has no wait for external events."],
      ["Human interaction", true, "It waits for an external event with a durable timer."],
      ["Fan-out/fan-in", false, "Fan-out/fan-in runs work in parallel; it does not wait for people."],
    ]);
    expect(result.questions[0]!.explanation).toBe("Use `WaitForExternalEvent` with a durable timer for approvals.");
  });

  it("reads an order interaction: the correct response is the sequence, other choices are distractors", () => {
    const [order] = parseQti(fixtureText("qti/compute/order-item.xml"), az204("compute/order-item.xml")).questions;
    expect(order!.content.type === "ordering" && order!.content.options.map((o) => [o.text, o.position, o.why])).toEqual([
      ["Run `docker push`", 3, "Uploads the tagged image."],
      ["Enable the admin user", undefined, "Not needed with Microsoft Entra sign-in."],
      ["Run `az acr login`", 1, "Gets a token first."],
      ["Tag the image with the login server", 2, "The tag names the registry."],
    ]);
  });

  it("reads max-choices above 1 as multiple choice", () => {
    const [question] = parseQti(item(choices(0, "A", "B", "C"), correct("C0", "C2")), options).questions;
    expect(question!.content).toMatchObject({ type: "multiple", partialCredit: false });
  });

  it("lists a manifest as skipped, and reports other interactions as unsupported", () => {
    expect(parseQti(fixtureText("qti/imsmanifest.xml"), az204("imsmanifest.xml"))).toMatchObject({ problems: [], skipped: [{ reason: "an IMS content-package manifest, not an item" }] });
    const textEntry = parseQti(fixtureText("qti/text-entry-item.xml"), az204("text-entry-item.xml"));
    expect(textEntry.problems).toEqual([expect.objectContaining({ kind: "unsupported", line: 7, message: expect.stringContaining("qti-text-entry-interaction") })]);
    expect(parseQti(fixtureText("qti/text-entry-item.xml"), az204("t.xml", { skipUnsupported: true })).skipped).toHaveLength(1);
  });

  it("reports response processing other than match_correct as unsupported", () => {
    const processing = '<qti-response-processing template="https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct_or_partial"/>';
    const result = parseQti(item(choices(1, "A", "B", "C"), correct("C0"), processing), options);
    expect(result.problems).toEqual([expect.objectContaining({ kind: "unsupported", message: expect.stringContaining("template match_correct_or_partial") })]);
  });

  it.each([
    ["no correct response", item(choices(1, "A", "B", "C"), correct()), 3, "no qti-correct-response (the answer key is missing)"],
    ["a key naming no choice", item(choices(1, "A", "B", "C"), correct("C9")), 3, "names C9, which is no choice"],
    ["duplicate choices", item(choices(1, "Cool", "cool", "Hot"), correct("C0")), 8, "duplicate option"],
    ["no declaration for the response", item(choices(1, "A", "B", "C")), 6, "no qti-response-declaration"],
  ])("refuses %s, at its line", (_, text, line, message) => {
    const result = parseQti(text, options);
    expect(result.questions).toEqual([]);
    expect(blocking(result)).toEqual([expect.objectContaining({ line, message: expect.stringContaining(message) })]);
  });

  it("refuses a file that is not a QTI 3.0 item", () => {
    expect(blocking(parseQti('<assessmentItem identifier="x"/>', options))[0]).toMatchObject({ kind: "unsupported", message: expect.stringContaining("QTI 2.x") });
    expect(blocking(parseQti("<html/>", options))[0]!.message).toContain("not a QTI 3.0 item");
  });
});
