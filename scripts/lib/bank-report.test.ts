import { describe, expect, it } from "vitest";
import type { ExamQualityReport } from "../../lib/domain/bank/quality-gate.ts";
import { renderQualityReport } from "./bank-report.ts";

const exam: ExamQualityReport = {
  examCode: "AZ-204",
  total: 12,
  published: 10,
  draft: 1,
  retired: 1,
  skillAreas: [],
  types: { single: 4, multiple: 3, yesno: 2, ordering: 1 },
  yesnoShare: 0.2,
  orderingShare: 0.1,
  multipleShare: 0.3,
  caseStudies: [{ id: "case-contoso", published: 4 }],
  difficulty: [1, 2, 4, 2, 1],
  missingWhy: [],
  missingExplanation: [],
  missingOfficialReference: [],
  uniformYesno: [],
  nearDuplicates: [{ a: "q-1", b: "q-7", similarity: 0.912 }],
  checks: [
    { name: "published questions", passed: false, actual: "10", required: "≥ 150" },
    { name: "yes/no", passed: true, actual: "20.0 %", required: "≥ 10.0 %" },
  ],
  passed: false,
};

describe("renderQualityReport", () => {
  it("prints each exam's verdict, its checks in aligned columns, the type mix, case studies and near-duplicates", () => {
    expect(renderQualityReport({ exams: [exam], passed: false })).toEqual([
      "AZ-204  FAIL  published 10 of 12 (1 draft, 1 retired)",
      "    check                actual  required",
      "  ✗ published questions  10      ≥ 150",
      "  ✓ yes/no               20.0 %  ≥ 10.0 %",
      "  types (published): single 4 · multiple 3 · yes/no 2 · ordering 1",
      "  case studies: case-contoso (4)",
      "  difficulty 1–5: 1 · 2 · 4 · 2 · 1",
      "  near-duplicate stems:",
      "    q-1 ~ q-7  0.91",
    ]);
  });

  it("separates exams with a blank line", () => {
    const lines = renderQualityReport({ exams: [exam, { ...exam, examCode: "AZ-400", nearDuplicates: [] }], passed: false });
    expect(lines.filter((line) => line === "")).toHaveLength(1);
    expect(lines.at(-1)).toBe("  difficulty 1–5: 1 · 2 · 4 · 2 · 1");
  });
});
