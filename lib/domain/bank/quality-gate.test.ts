import { describe, expect, it } from "vitest";
import { multipleQuestion, orderingQuestion, singleQuestion, TEST_CATALOG, yesnoQuestion } from "@/tests/fixtures/bank.ts";
import { normaliseQuestion, type NormalisedQuestion } from "./normalise-question.ts";
import { runQualityGate, type ExamQualityReport } from "./quality-gate.ts";
import { BASE_THRESHOLDS, EXAM_THRESHOLDS, type ExamThresholds } from "./quality-thresholds.ts";
import { skillAreaFileQuestionSchema } from "./source-schema.ts";

type Fields = Record<string, unknown>;
const BUILDERS = { single: singleQuestion, multiple: multipleQuestion, yesno: yesnoQuestion, ordering: orderingQuestion };

function question(type: keyof typeof BUILDERS, id: string, area: string, extra: { caseStudyId?: string; exam?: string } & Fields = {}): NormalisedQuestion {
  const { caseStudyId, exam = "AZ-204", ...overrides } = extra;
  const source = skillAreaFileQuestionSchema.parse(BUILDERS[type](id, { difficulty: (id.length % 5) + 1, ...overrides }));
  return normaliseQuestion(source, { examCode: exam, skillAreaKey: area, ...(caseStudyId ? { caseStudyId } : {}), source: { file: "test.yaml", line: 1, path: "" } });
}

/** `count` questions of one skill area, typed in turn from `types`. */
function many(area: string, count: number, types: (keyof typeof BUILDERS)[], extra: Fields = {}): NormalisedQuestion[] {
  return Array.from({ length: count }, (_, i) => question(types[i % types.length]!, `${area}-${String(i).padStart(3, "0")}`, area, extra));
}

/** An AZ-204 bank that meets every threshold: 160 published, two case studies, every type. */
function healthyAz204(): NormalisedQuestion[] {
  const mix: (keyof typeof BUILDERS)[] = ["single", "multiple", "multiple", "yesno", "single", "multiple", "ordering", "single", "multiple", "single"];
  return [
    ...many("compute", 48, mix),
    ...many("storage", 28, mix),
    ...many("security", 28, mix),
    ...many("monitor", 12, mix),
    ...many("connect", 36, mix),
    ...["a", "b", "c", "d"].map((n) => question("single", `case-one-${n}`, "compute", { caseStudyId: "case-one" })),
    ...["a", "b", "c", "d"].map((n) => question("multiple", `case-two-${n}`, "connect", { caseStudyId: "case-two" })),
  ];
}

function check(report: ExamQualityReport, name: string) {
  const found = report.checks.find((c) => c.name === name);
  if (!found) throw new Error(`no check named ${name}: ${report.checks.map((c) => c.name).join(", ")}`);
  return found;
}

const failing = (report: ExamQualityReport) => report.checks.filter((c) => !c.passed).map((c) => c.name);

describe("quality gate", () => {
  it("passes a bank that meets AZ-204's thresholds, and reports its figures", () => {
    const report = runQualityGate(healthyAz204(), TEST_CATALOG);
    const az204 = report.exams[0]!;
    expect(failing(az204)).toEqual([]);
    expect(report.passed).toBe(true);
    expect(az204).toMatchObject({ examCode: "AZ-204", total: 160, published: 160, draft: 0, retired: 0 });
    expect(az204.skillAreas.find((a) => a.key === "compute")).toMatchObject({ published: 52, target: 0.275, passed: true });
    expect(az204.caseStudies).toEqual([
      { id: "case-one", published: 4 },
      { id: "case-two", published: 4 },
    ]);
    expect(az204.types.yesno + az204.types.single + az204.types.multiple + az204.types.ordering).toBe(160);
    expect(az204.difficulty.reduce((a, b) => a + b, 0)).toBe(160);
  });

  it("fails an exam below its published count, counting only published questions", () => {
    const bank = healthyAz204().map((q, i) => (i < 20 ? { ...q, status: i % 2 ? "draft" : "retired" } : q) as NormalisedQuestion);
    const az204 = runQualityGate(bank, TEST_CATALOG).exams[0]!;
    expect(az204).toMatchObject({ total: 160, published: 140, draft: 10, retired: 10 });
    expect(check(az204, "published questions")).toEqual({ name: "published questions", passed: false, actual: "140", required: "≥ 150" });
  });

  it("holds each skill area to its weight-range midpoint, passing exactly at it", () => {
    const limits: ExamThresholds = { ...BASE_THRESHOLDS, minDifficultyLevels: 0 };
    // 40 questions: compute needs 27.5 % = 11, storage 17.5 % = 7, security 7, monitor 7.5 % = 3, connect 22.5 % = 9.
    const exact = [...many("compute", 11, ["single"]), ...many("storage", 7, ["single"]), ...many("security", 7, ["single"]), ...many("monitor", 3, ["single"]), ...many("connect", 12, ["single"])];
    expect(failing(runQualityGate(exact, TEST_CATALOG, { "AZ-204": limits }).exams[0]!)).toEqual([]);
    const short = [...exact.filter((q) => q.id !== "compute-000"), question("single", "connect-extra", "connect")];
    const report = runQualityGate(short, TEST_CATALOG, { "AZ-204": limits }).exams[0]!;
    expect(failing(report)).toEqual(["share of compute"]);
    expect(check(report, "share of compute")).toMatchObject({ actual: "25.0 % (10)", required: "≥ 27.5 %" });
  });

  it("checks the type mix: yes/no, ordering and multiple-with-several-answers shares", () => {
    const singles = healthyAz204().map((q) => question("single", q.id, q.skillAreaKey, q.caseStudyId ? { caseStudyId: q.caseStudyId } : {}));
    expect(failing(runQualityGate(singles, TEST_CATALOG).exams[0]!)).toEqual(["yes/no", "ordering", "multiple with >1 correct"]);
  });

  it("counts a multiple-choice question with a single correct option as not multiple (questions from the database are not re-validated)", () => {
    const bank = healthyAz204().map((q) =>
      q.content.type === "multiple" ? { ...q, content: { ...q.content, options: q.content.options.map((o, i) => ({ ...o, correct: i === 0 })) } } : q,
    );
    const az204 = runQualityGate(bank, TEST_CATALOG).exams[0]!;
    expect(az204.types.multiple).toBeGreaterThan(40);
    expect(az204.multipleShare).toBe(0);
    expect(failing(az204)).toEqual(["multiple with >1 correct"]);
  });

  it("counts only case studies with 4 to 6 published questions", () => {
    const bank = healthyAz204().map((q) => (q.id === "case-two-d" ? { ...q, status: "draft" as const } : q));
    const az204 = runQualityGate(bank, TEST_CATALOG).exams[0]!;
    expect(check(az204, "case studies of 4–6 questions")).toMatchObject({ passed: false, actual: "1", required: "≥ 2" });
  });

  it("AZ-104 needs ordering present and one case study; AZ-900 needs neither", () => {
    expect(EXAM_THRESHOLDS["AZ-104"]).toMatchObject({ minPublished: 80, minOrderingCount: 1, minCaseStudies: 1, minMultipleShare: 0.2 });
    const az900 = runQualityGate([question("single", "f-1", "cloud-concepts", { exam: "AZ-900" })], TEST_CATALOG).exams[0]!;
    expect(az900.checks.map((c) => c.name)).not.toContain("ordering");
    expect(az900.checks.map((c) => c.name)).not.toContain("case studies of 4–6 questions");
  });

  it("reports questions missing a why, an explanation or an official reference", () => {
    const bank = healthyAz204();
    const target = bank[0]!;
    if (target.content.type !== "single") throw new Error("fixture changed");
    bank[0] = { ...target, content: { ...target.content, options: target.content.options.map((o, i) => ({ ...o, why: i === 1 ? "" : o.why })) } };
    bank[1] = { ...bank[1]!, explanation: " ", references: ["https://example.com/blog"] };
    const az204 = runQualityGate(bank, TEST_CATALOG).exams[0]!;
    expect(az204.missingWhy).toEqual([bank[0].id]);
    expect(az204.missingExplanation).toEqual([bank[1].id]);
    expect(az204.missingOfficialReference).toEqual([bank[1].id]);
    expect(failing(az204)).toEqual(["every option has a why", "explanation present", "official reference present"]);
  });

  it("wants at least three difficulty levels", () => {
    const flat = healthyAz204().map((q) => ({ ...q, difficulty: q.difficulty % 2 ? 3 : 2 }));
    expect(check(runQualityGate(flat, TEST_CATALOG).exams[0]!, "difficulty levels used")).toMatchObject({ passed: false, actual: "2" });
  });

  it("limits yes/no series whose statements all share one answer", () => {
    const bank = healthyAz204().map((q) =>
      q.content.type === "yesno" ? { ...q, content: { ...q.content, statements: q.content.statements.map((s) => ({ ...s, answer: true })) } } : q,
    );
    const az204 = runQualityGate(bank, TEST_CATALOG).exams[0]!;
    expect(az204.uniformYesno.length).toBe(az204.types.yesno);
    expect(failing(az204)).toEqual(["yes/no series with one answer throughout"]);
  });

  it("reports near-duplicate stems as pairs, among drafts too but not retired questions", () => {
    const bank = healthyAz204();
    const copy = (id: string, status: NormalisedQuestion["status"]) => ({ ...bank[5]!, id, status, stem: `${bank[5]!.stem} Explain.` });
    const withDraftCopy = runQualityGate([...bank, copy("copy-draft", "draft")], TEST_CATALOG).exams[0]!;
    expect(withDraftCopy.nearDuplicates.map((p) => [p.a, p.b])).toEqual([[bank[5]!.id, "copy-draft"]]);
    expect(failing(withDraftCopy)).toEqual(["near-duplicate stems"]);
    expect(runQualityGate([...bank, copy("copy-retired", "retired")], TEST_CATALOG).exams[0]!.nearDuplicates).toEqual([]);
  });

  it("reports each exam on its own and fails the whole when one fails", () => {
    const report = runQualityGate([...healthyAz204(), question("single", "f-1", "cloud-concepts", { exam: "AZ-900" })], TEST_CATALOG);
    expect(report.exams.map((e) => [e.examCode, e.passed])).toEqual([
      ["AZ-204", true],
      ["AZ-900", false],
    ]);
    expect(report.passed).toBe(false);
  });

  it("reports a named exam that has no questions at all", () => {
    const report = runQualityGate([], TEST_CATALOG, EXAM_THRESHOLDS, ["AZ-900"]);
    expect(report.exams[0]).toMatchObject({ examCode: "AZ-900", published: 0, passed: false });
  });
});
