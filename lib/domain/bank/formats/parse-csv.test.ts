import { describe, expect, it } from "vitest";
import { CSV_COLUMNS } from "./csv-columns.ts";
import { az204, blocking, fixtureBytes } from "./fixtures/fixture-files.ts";
import { parseCsv } from "./parse-csv.ts";

const read = () => parseCsv(fixtureBytes("az204.csv"), az204("q.csv", { mapping: { Security: "security" } }));
const HEADER = "id,skill_area,type,stem,option_a,option_b,option_c,correct,why_a,why_b,why_c,explanation,references";
const csv = (...rows: string[]) => [HEADER, ...rows].join("\n");
const row = (fields: Partial<Record<string, string>>) => {
  const base: Record<string, string> = { id: "csv-1", skill_area: "security", type: "", stem: "Which role?", option_a: "Reader", option_b: "Owner", option_c: "User", correct: "C", why_a: "", why_b: "", why_c: "", explanation: "", references: "" };
  return HEADER.split(",").map((name) => fields[name] ?? base[name]).join(",");
};

describe("parseCsv", () => {
  it("reads every type from the documented columns, with quoted multi-line cells", () => {
    const [single, multiple, yesno, ordering] = read().questions;
    expect(single).toMatchObject({ id: "az204-csv-001", skillAreaKey: "security", topic: "Manage keys", difficulty: 2, status: "published", source: { line: 2 } });
    expect(single!.stem).toBe("An app reads a secret from Key Vault with its managed identity.\n\nWhich role should the identity get?");
    expect(single!.references).toEqual(["https://learn.microsoft.com/en-us/azure/key-vault/general/rbac-guide"]);
    expect(multiple).toMatchObject({ source: { line: 5 }, content: { type: "multiple", partialCredit: true } });
    expect(multiple!.content.type === "multiple" && multiple!.content.options.map((o) => o.correct)).toEqual([true, true, false, false]);
    expect(yesno!.content).toMatchObject({ type: "yesno", statements: [{ answer: true }, { answer: false }] });
    expect(ordering!.content.type === "ordering" && ordering!.content.options.map((o) => o.position)).toEqual([1, 2, 3, undefined]);
    expect(blocking(read())).toEqual([]);
  });

  it("points each missing rationale at its row's line and column", () => {
    const missing = read().problems.filter((p) => p.path === "why_b");
    expect(missing).toEqual([expect.objectContaining({ kind: "incomplete", line: 5, column: CSV_COLUMNS.indexOf("why_b") + 1 })]);
  });

  it("infers single or multiple from the key when type is empty, and reads semicolon-separated files", () => {
    expect(parseCsv(csv(row({ correct: "A;B" })), az204("q.csv")).questions[0]!.type).toBe("multiple");
    const semicolons = `stem;option_a;option_b;correct;skill_area\nWhich?;Yes;No;"A";compute`;
    expect(parseCsv(semicolons, az204("q.csv")).questions[0]).toMatchObject({ type: "single", skillAreaKey: "compute" });
  });

  it.each([
    ["an empty key", { correct: "" }, "correct", "the answer key is missing"],
    ["a key naming an empty option", { correct: "D" }, "correct", "option_d is empty (the key points at no option)"],
    ["a key that is no letter", { correct: "7" }, "correct", "not an option letter"],
    ["duplicate options", { option_c: "reader." }, "option_c", "same text as options[0] (duplicate option)"],
    ["an option after a gap", { option_b: "" }, "option_b", "option_b is empty but a later option is not"],
    ["a yes/no answer that is neither", { type: "yesno", correct: "yes;maybe;no" }, "correct", '"maybe" is not yes or no'],
    ["an id that is not a slug", { id: "Q 1!" }, "id", "must be lower-case letters"],
  ])("refuses %s, at its cell", (_, fields, column, message) => {
    const result = parseCsv(csv(row(fields)), az204("q.csv"));
    expect(result.questions).toEqual([]);
    expect(blocking(result)).toEqual([expect.objectContaining({ line: 2, path: column, column: HEADER.split(",").indexOf(column) + 1, message: expect.stringContaining(message) })]);
  });

  it("refuses unknown and missing columns in the header", () => {
    const result = parseCsv("stem,option_a,corect\nQ,A,A", az204("q.csv"));
    expect(blocking(result).map((p) => [p.line, p.column ?? null, p.message.split(" (")[0]])).toEqual([
      [1, 3, 'unknown column "corect"'],
      [1, null, "the first row must be the header; it lacks option_b, correct"],
    ]);
  });

  it("refuses a row with fewer cells than the header (a file cut short)", () => {
    const result = parseCsv(csv(row({}), "csv-2,security,,Which"), az204("q.csv"));
    expect(result.questions).toHaveLength(1);
    expect(blocking(result)).toEqual([expect.objectContaining({ line: 3, message: expect.stringContaining("cut short") })]);
  });

  it("reports an unclosed quote with its line", () => {
    const result = parseCsv(csv(row({}), 'csv-2,security,,"Which role'), az204("q.csv"));
    expect(result.questions).toEqual([]);
    expect(blocking(result)).toEqual([expect.objectContaining({ line: 3, message: expect.stringContaining("Quote Not Closed") })]);
  });

  it("refuses a row for another exam", () => {
    const result = parseCsv(`exam,stem,option_a,option_b,correct\nAZ-104,Q,A,B,A`, az204("q.csv", { skillAreaKey: "compute" }));
    expect(blocking(result)).toEqual([expect.objectContaining({ path: "exam", column: 1, message: "exam AZ-104 does not match the exam of this import, AZ-204" })]);
  });
});
