import type { ExamQualityReport, QualityReport } from "../../lib/domain/bank/quality-gate.ts";

const NEAR_DUPLICATES_SHOWN = 20;

/** The quality gate as a table per exam, for the terminal. */
export function renderQualityReport(report: QualityReport): string[] {
  return report.exams.flatMap((exam, i) => [...(i > 0 ? [""] : []), ...renderExam(exam)]);
}

function renderExam(exam: ExamQualityReport): string[] {
  const nameWidth = Math.max(...exam.checks.map((c) => c.name.length), 5);
  const actualWidth = Math.max(...exam.checks.map((c) => c.actual.length), 6);
  const lines = [
    `${exam.examCode}  ${exam.passed ? "PASS" : "FAIL"}  published ${exam.published} of ${exam.total} (${exam.draft} draft, ${exam.retired} retired)`,
    `    ${"check".padEnd(nameWidth)}  ${"actual".padEnd(actualWidth)}  required`,
    ...exam.checks.map((c) => `  ${c.passed ? "✓" : "✗"} ${c.name.padEnd(nameWidth)}  ${c.actual.padEnd(actualWidth)}  ${c.required}`),
    `  types (published): single ${exam.types.single} · multiple ${exam.types.multiple} · yes/no ${exam.types.yesno} · ordering ${exam.types.ordering}`,
    `  case studies: ${exam.caseStudies.length ? exam.caseStudies.map((c) => `${c.id} (${c.published})`).join(", ") : "none"}`,
    `  difficulty 1–5: ${exam.difficulty.join(" · ")}`,
  ];
  if (exam.nearDuplicates.length > 0) {
    lines.push("  near-duplicate stems:");
    for (const pair of exam.nearDuplicates.slice(0, NEAR_DUPLICATES_SHOWN)) lines.push(`    ${pair.a} ~ ${pair.b}  ${pair.similarity.toFixed(2)}`);
    if (exam.nearDuplicates.length > NEAR_DUPLICATES_SHOWN) lines.push(`    … and ${exam.nearDuplicates.length - NEAR_DUPLICATES_SHOWN} more`);
  }
  return lines;
}
