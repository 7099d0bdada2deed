import { describe, expect, it } from "vitest";
import { FORMATS_CATALOG } from "./fixtures/catalog.ts";
import { blocking, fixtureBytes, fixtureText, NATIVE_FIXTURES } from "./fixtures/fixture-files.ts";
import { parseImport } from "./parse-import.ts";

const OPTIONS = { examCode: "AZ-204", catalog: FORMATS_CATALOG };

describe("parseImport", () => {
  it("delegates native files to the bank loader, with their case studies", () => {
    const result = parseImport("native", NATIVE_FIXTURES.map((name) => ({ name, text: fixtureText(name) })), OPTIONS);
    expect(result.problems).toEqual([]);
    expect(result.questions).toHaveLength(8);
    expect(result.caseStudies.map((c) => c.id)).toEqual(["case-fmt-contoso-shop"]);
  });

  it("refuses a native file for another exam", () => {
    const result = parseImport("native", [{ name: NATIVE_FIXTURES[0], text: fixtureText(NATIVE_FIXTURES[0]) }], { ...OPTIONS, examCode: "AZ-104", catalog: undefined });
    expect(result.questions).toEqual([]);
    expect(blocking(result)).toEqual([expect.objectContaining({ path: "exam", message: "the file is for AZ-204, the import for AZ-104" })]);
  });

  it("merges several QTI item files, listing a manifest as skipped", () => {
    const names = ["qti/compute/choice-item.xml", "qti/compute/order-item.xml", "qti/imsmanifest.xml"];
    const result = parseImport("qti", names.map((name) => ({ name, text: fixtureBytes(name) })), OPTIONS);
    expect(result.questions.map((q) => [q.id, q.source.file])).toEqual([
      ["item-durable-01", "qti/compute/choice-item.xml"],
      ["order-acr-01", "qti/compute/order-item.xml"],
    ]);
    expect(result.skipped).toEqual([{ file: "qti/imsmanifest.xml", line: 1, reason: "an IMS content-package manifest, not an item" }]);
    expect(blocking(result)).toEqual([]);
  });

  it("catches the same question in two files: the second is refused, pointing at the first", () => {
    const text = fixtureBytes("az204-checklist.md");
    const result = parseImport("markdown", [{ name: "a.md", text }, { name: "b.md", text }], { ...OPTIONS, skillAreaKey: "compute" });
    expect(result.questions).toHaveLength(3);
    expect(result.rejected).toBe(3);
    expect(blocking(result)[0]).toMatchObject({ file: "b.md", line: 5, path: "questions[0].id", message: expect.stringContaining("is already used at a.md:5") });
  });

  it("keeps every file's problems, so a caller can refuse the whole import", () => {
    const result = parseImport("gift", [{ name: "good.gift", text: "Q{=A ~B ~C}" }, { name: "bad.gift", text: "Q{~A ~B ~C}" }], { ...OPTIONS, skillAreaKey: "compute" });
    expect(result.questions).toHaveLength(1);
    expect(blocking(result)).toEqual([expect.objectContaining({ file: "bad.gift", line: 1 })]);
  });

  it("reports an import without files", () => {
    expect(parseImport("csv", [], OPTIONS).problems).toEqual([expect.objectContaining({ kind: "invalid", message: "no files to import" })]);
  });

  it("refuses an exam the catalog does not have", () => {
    const result = parseImport("gift", [{ name: "q.gift", text: "Q{=A ~B ~C}" }], { ...OPTIONS, examCode: "AZ-999", skillAreaKey: "compute" });
    expect(result.questions).toEqual([]);
    expect(blocking(result)).toEqual([expect.objectContaining({ message: expect.stringContaining("unknown exam AZ-999") })]);
  });
});
