import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCatalog } from "@/lib/domain/catalog/catalog-schema.ts";
import { readBankFiles } from "@/lib/server/questions/read-bank-files.ts";
import { loadBank } from "./load-bank.ts";
import { EXAM_THRESHOLDS } from "./quality-thresholds.ts";
import { runQualityGate } from "./quality-gate.ts";

// The quality gate over the banks we ship: counts, skill-area shares, type mix, case studies,
// a rationale for every option, documentation links, and no near-duplicates.
const catalog = parseCatalog(fs.readFileSync("prisma/catalog/exams.yaml", "utf8")).exams;
const loaded = loadBank(readBankFiles("prisma/banks"), catalog);
const report = runQualityGate(loaded.questions, catalog, EXAM_THRESHOLDS, loaded.examCodes);

describe("bundled question banks", () => {
  it("load without a single problem", () => {
    expect(loaded.problems.map((p) => `${p.file}:${p.line} ${p.path} ${p.message}`)).toEqual([]);
    expect(loaded.rejected).toBe(0);
  });

  it.each([
    ["AZ-204", 150],
    ["AZ-400", 150],
    ["AZ-104", 80],
    ["AZ-900", 80],
  ])("%s has at least %i published questions and passes every gate check", (code, minimum) => {
    const exam = report.exams.find((e) => e.examCode === code);
    expect(exam, `${code} missing from the gate report`).toBeDefined();
    const published = loaded.questions.filter((q) => q.examCode === code && q.status === "published").length;
    expect(published).toBeGreaterThanOrEqual(minimum);
    expect(exam!.checks.filter((c) => !c.passed).map((c) => `${c.name}: ${c.actual} (needs ${c.required})`)).toEqual([]);
  });

  it("gives every option and statement its own rationale and every question an official reference", () => {
    for (const q of loaded.questions) {
      const entries = q.content.type === "yesno" ? q.content.statements : q.content.options;
      expect(entries.every((e) => e.why.trim().length >= 10), q.id).toBe(true);
      expect(q.references.some((url) => /^https:\/\/(learn\.microsoft\.com|docs\.github\.com)\//.test(url)), q.id).toBe(true);
      expect(q.explanation.trim().length, q.id).toBeGreaterThan(20);
    }
  });
});
