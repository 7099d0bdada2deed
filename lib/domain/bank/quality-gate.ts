import type { QuestionType } from "@/lib/domain/questions/content.ts";
import { findExam, type BankCatalog } from "./catalog.ts";
import { findNearDuplicates, type NearDuplicate } from "./near-duplicates.ts";
import type { NormalisedQuestion } from "./normalise-question.ts";
import { BASE_THRESHOLDS, EXAM_THRESHOLDS, type ExamThresholds } from "./quality-thresholds.ts";
import { CASE_STUDY_QUESTION_COUNT, isOfficialDocUrl } from "./source-schema.ts";

export type GateQuestion = Pick<
  NormalisedQuestion,
  "id" | "examCode" | "skillAreaKey" | "caseStudyId" | "type" | "difficulty" | "status" | "stem" | "content" | "explanation" | "references"
>;

export type GateCheck = { name: string; passed: boolean; actual: string; required: string };

export type SkillAreaShare = { key: string; name: string; published: number; share: number; target: number; passed: boolean };

export type ExamQualityReport = {
  examCode: string;
  total: number;
  published: number;
  draft: number;
  retired: number;
  skillAreas: SkillAreaShare[];
  /** Published questions per type. */
  types: Record<QuestionType, number>;
  yesnoShare: number;
  orderingShare: number;
  /** Published multiple-choice questions with more than one correct option, as a share of all published. */
  multipleShare: number;
  caseStudies: { id: string; published: number }[];
  /** Published questions at difficulty 1 … 5. */
  difficulty: [number, number, number, number, number];
  missingWhy: string[];
  missingExplanation: string[];
  missingOfficialReference: string[];
  uniformYesno: string[];
  nearDuplicates: NearDuplicate[];
  checks: GateCheck[];
  passed: boolean;
};

export type QualityReport = { exams: ExamQualityReport[]; passed: boolean };

/**
 * The quality gate: per exam, what learners would get (published questions) measured against the
 * exam's thresholds. Reports every exam that has questions, plus any named in `examCodes`.
 */
export function runQualityGate(
  questions: readonly GateQuestion[],
  catalog: BankCatalog,
  thresholds: Readonly<Record<string, ExamThresholds>> = EXAM_THRESHOLDS,
  examCodes: readonly string[] = [],
): QualityReport {
  const codes = [...new Set([...questions.map((q) => q.examCode), ...examCodes])].sort();
  const exams = codes.map((code) =>
    examReport(
      code,
      questions.filter((q) => q.examCode === code),
      catalog,
      thresholds[code] ?? BASE_THRESHOLDS,
    ),
  );
  return { exams, passed: exams.every((exam) => exam.passed) };
}

function examReport(examCode: string, all: readonly GateQuestion[], catalog: BankCatalog, limits: ExamThresholds): ExamQualityReport {
  const published = all.filter((q) => q.status === "published");
  const total = published.length;
  const share = (count: number) => (total ? count / total : 0);
  const countType = (type: QuestionType) => published.filter((q) => q.type === type).length;
  const types = { single: countType("single"), multiple: countType("multiple"), yesno: countType("yesno"), ordering: countType("ordering") };
  const multipleMany = published.filter((q) => q.content.type === "multiple" && q.content.options.filter((o) => o.correct).length > 1).length;

  const skillAreas = (findExam(catalog, examCode)?.skillAreas ?? []).map((area) => {
    const count = published.filter((q) => q.skillAreaKey === area.key).length;
    const target = (area.weightMin + area.weightMax) / 200;
    // Integer arithmetic: count / total ≥ (min + max) / 200 without rounding surprises at the boundary.
    return { key: area.key, name: area.name, published: count, share: share(count), target, passed: total > 0 && count * 200 >= (area.weightMin + area.weightMax) * total };
  });

  const caseStudyCounts = new Map<string, number>();
  for (const q of published) if (q.caseStudyId) caseStudyCounts.set(q.caseStudyId, (caseStudyCounts.get(q.caseStudyId) ?? 0) + 1);
  const caseStudies = [...caseStudyCounts].map(([id, count]) => ({ id, published: count })).sort((a, b) => a.id.localeCompare(b.id));
  const fullCaseStudies = caseStudies.filter((c) => c.published >= CASE_STUDY_QUESTION_COUNT.min && c.published <= CASE_STUDY_QUESTION_COUNT.max).length;

  const difficulty: ExamQualityReport["difficulty"] = [0, 0, 0, 0, 0];
  for (const q of published) if (q.difficulty >= 1 && q.difficulty <= 5) difficulty[q.difficulty - 1]! += 1;
  const levelsUsed = difficulty.filter((n) => n > 0).length;

  const missingWhy = published.filter((q) => rationales(q).some((why) => !why.trim())).map((q) => q.id);
  const missingExplanation = published.filter((q) => !q.explanation.trim()).map((q) => q.id);
  const missingOfficialReference = published.filter((q) => !q.references.some(isOfficialDocUrl)).map((q) => q.id);
  const yesno = published.filter((q) => q.content.type === "yesno");
  const uniformYesno = yesno.filter((q) => q.content.type === "yesno" && new Set(q.content.statements.map((s) => s.answer)).size === 1).map((q) => q.id);
  // Drafts count: a draft that copies a published question is about to become a duplicate.
  const live = all.filter((q) => q.status !== "retired");
  const nearDuplicates = findNearDuplicates(
    live.map((q) => ({ id: q.id, text: q.stem })),
    limits.nearDuplicateSimilarity,
  );

  const checks: GateCheck[] = [
    { name: "published questions", passed: total >= limits.minPublished, actual: String(total), required: `≥ ${limits.minPublished}` },
    ...skillAreas.map((area) => ({
      name: `share of ${area.key}`,
      passed: area.passed,
      actual: `${percent(area.share)} (${area.published})`,
      required: `≥ ${percent(area.target)}`,
    })),
    shareCheck("yes/no", share(types.yesno), limits.minYesnoShare),
    ...(limits.minOrderingShare > 0 ? [shareCheck("ordering", share(types.ordering), limits.minOrderingShare)] : []),
    ...(limits.minOrderingCount > 0
      ? [{ name: "ordering questions", passed: types.ordering >= limits.minOrderingCount, actual: String(types.ordering), required: `≥ ${limits.minOrderingCount}` }]
      : []),
    shareCheck("multiple with >1 correct", share(multipleMany), limits.minMultipleShare),
    ...(limits.minCaseStudies > 0
      ? [
          {
            name: `case studies of ${CASE_STUDY_QUESTION_COUNT.min}–${CASE_STUDY_QUESTION_COUNT.max} questions`,
            passed: fullCaseStudies >= limits.minCaseStudies,
            actual: String(fullCaseStudies),
            required: `≥ ${limits.minCaseStudies}`,
          },
        ]
      : []),
    noneCheck("every option has a why", missingWhy),
    noneCheck("explanation present", missingExplanation),
    noneCheck("official reference present", missingOfficialReference),
    { name: "difficulty levels used", passed: levelsUsed >= limits.minDifficultyLevels, actual: String(levelsUsed), required: `≥ ${limits.minDifficultyLevels}` },
    {
      name: "yes/no series with one answer throughout",
      passed: uniformYesno.length <= limits.maxUniformYesnoShare * yesno.length,
      actual: `${uniformYesno.length} of ${yesno.length}`,
      required: `≤ ${percent(limits.maxUniformYesnoShare)}`,
    },
    { name: "near-duplicate stems", passed: nearDuplicates.length === 0, actual: String(nearDuplicates.length), required: "0" },
  ];

  return {
    examCode,
    total: all.length,
    published: total,
    draft: all.filter((q) => q.status === "draft").length,
    retired: all.filter((q) => q.status === "retired").length,
    skillAreas,
    types,
    yesnoShare: share(types.yesno),
    orderingShare: share(types.ordering),
    multipleShare: share(multipleMany),
    caseStudies,
    difficulty,
    missingWhy,
    missingExplanation,
    missingOfficialReference,
    uniformYesno,
    nearDuplicates,
    checks,
    passed: checks.every((check) => check.passed),
  };
}

function rationales(question: GateQuestion): string[] {
  return question.content.type === "yesno" ? question.content.statements.map((s) => s.why) : question.content.options.map((o) => o.why);
}

function shareCheck(name: string, actual: number, minimum: number): GateCheck {
  return { name, passed: actual >= minimum, actual: percent(actual), required: `≥ ${percent(minimum)}` };
}

function noneCheck(name: string, offenders: readonly string[]): GateCheck {
  const listed = offenders.slice(0, 5).join(", ") + (offenders.length > 5 ? ` … (${offenders.length})` : "");
  return { name, passed: offenders.length === 0, actual: offenders.length ? listed : "all", required: "all" };
}

export function percent(fraction: number): string {
  return `${(Math.round(fraction * 1000) / 10).toFixed(1)} %`;
}
