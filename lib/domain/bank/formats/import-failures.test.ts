import { describe, expect, it } from "vitest";
import { MAX_IMPORT_BYTES } from "./decode-input.ts";
import { FORMATS_CATALOG } from "./fixtures/catalog.ts";
import { FAILURE_CASES } from "./fixtures/failure-cases.ts";
import { blocking, garbage } from "./fixtures/fixture-files.ts";
import { IMPORT_FORMATS, type ImportFormat, type ImportInput } from "./import-types.ts";
import { parseImport } from "./parse-import.ts";

// Every format, broken every way: each failure must block the import (no question accepted), say
// what is wrong, and point at where — never a silent partial success.

const OPTIONS = { examCode: "AZ-204", catalog: FORMATS_CATALOG, mapping: { Compute: "compute" }, skillAreaKey: "compute" };
const run = (format: ImportFormat, text: ImportInput, name = FAILURE_CASES[format].fileName) => parseImport(format, [{ name, text }], OPTIONS);
const located = (result: ReturnType<typeof run>) => result.problems.every((p) => p.file && p.line !== undefined && p.line >= 1);

describe.each(IMPORT_FORMATS)("%s import failures", (format) => {
  const cases = FAILURE_CASES[format];

  it("imports the valid question without a blocking problem (so each failure below is the break alone)", () => {
    const result = run(format, cases.valid);
    expect(blocking(result)).toEqual([]);
    expect(result.questions).toHaveLength(1);
  });

  it.each([
    ["a truncated file", cases.truncated, /truncated|cut short|is required|no options/],
    ["a missing answer key", cases.missingKey, /answer key is missing|found 0/],
    ["duplicate options", cases.duplicateOptions, /same text as options\[0\]/],
    ["an answer key pointing at no option", cases.keyAtNoOption, /no option|no text|must be yes or no/],
  ])("blocks %s, with a located problem", (_, text, message) => {
    const result = run(format, text);
    expect(result.questions).toEqual([]);
    expect(blocking(result).length).toBeGreaterThan(0);
    expect(blocking(result).map((p) => p.message).join("\n")).toMatch(message);
    expect(located(result)).toBe(true);
  });

  it("blocks an unknown skill area", () => {
    const result = run(format, cases.unknownSkillArea.text, cases.unknownSkillArea.fileName);
    expect(result.questions).toEqual([]);
    expect(blocking(result)).toEqual([expect.objectContaining({ message: expect.stringMatching(/unknown skill area/), line: expect.any(Number) })]);
  });

  it("reports bytes that are not UTF-8, and a UTF-16 file, as one problem", () => {
    const latin1 = run(format, Buffer.from(cases.valid, "latin1"));
    expect(latin1.problems).toEqual([expect.objectContaining({ kind: "invalid", file: cases.fileName, line: expect.any(Number), message: expect.stringContaining("not UTF-8") })]);
    const utf16 = run(format, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(cases.valid, "utf16le")]));
    expect(utf16.problems).toEqual([expect.objectContaining({ line: 1, message: expect.stringContaining("UTF-16") })]);
    expect(run(format, cases.valid.replace("café", "caf\uFFFD")).problems).toEqual([expect.objectContaining({ message: expect.stringContaining("U+FFFD") })]);
  });

  it("answers 10 MB of garbage with one clear problem, quickly", () => {
    const noise = garbage(10 * 1024 * 1024);
    const started = performance.now();
    const result = run(format, noise);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.questions).toEqual([]);
    expect(result.problems).toEqual([expect.objectContaining({ kind: "invalid", file: cases.fileName, message: expect.stringContaining("limited to") })]);
  });

  it("answers garbage under the size limit with a few problems and no question, without slowing down", () => {
    // Native garbage gets the `exam:` line that lets it past the quick check, into the YAML reader.
    const noise = format === "native" ? `exam: AZ-204\n${garbage(128 * 1024)}` : garbage(Math.floor(MAX_IMPORT_BYTES / 2));
    const started = performance.now();
    const result = run(format, noise);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(result.questions).toEqual([]);
    expect(blocking(result).length).toBeGreaterThanOrEqual(1);
    expect(result.problems.length).toBeLessThanOrEqual(25);
  });
});
