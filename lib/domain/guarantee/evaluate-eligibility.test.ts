import { describe, expect, it } from "vitest";
import { evaluateEligibility, type CriterionKey, type EligibilityInput, type SimulationEvidence } from "./evaluate-eligibility.ts";
import { DEFAULT_POLICY } from "./policy-rules.ts";

const at = (iso: string) => new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
const ids = (n: number, prefix = "q") => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
const sim = (when: string, scaledScore: number, fullLength = true): SimulationEvidence => ({ submittedAt: at(when), scaledScore, fullLength });

/** An input that meets every criterion: enrolled 2026-01-10, failed exam 2026-03-01, claim 2026-03-05. */
function eligibleInput(overrides: Partial<EligibilityInput> = {}): EligibilityInput {
  return {
    policy: DEFAULT_POLICY,
    enrollment: { enrolledAt: at("2026-01-10") },
    exam: { passMark: 700, publishedQuestionIds: ids(100) },
    answeredQuestionIds: ids(90),
    simulations: [sim("2026-02-20", 720), sim("2026-02-25", 760)],
    readinessOnExamDate: 0.85,
    realExam: { date: at("2026-03-01"), score: 650, scoreReportId: "SR-123" },
    claimDate: at("2026-03-05"),
    asOf: at("2026-03-05"),
    ...overrides,
  };
}

const criterion = (input: EligibilityInput, key: CriterionKey) => {
  const found = evaluateEligibility(input).criteria.find((c) => c.key === key);
  if (!found) throw new Error(`no criterion ${key}`);
  return found;
};

describe("evaluateEligibility", () => {
  it("is eligible when every criterion is met", () => {
    const report = evaluateEligibility(eligibleInput());
    expect(report.criteria.filter((c) => !c.met)).toEqual([]);
    expect(report.eligible).toBe(true);
    expect(report.referenceDate).toBe("2026-03-01");
  });

  describe("question coverage", () => {
    it("89.9 % is not enough, 90 % is", () => {
      const published = ids(1000);
      const below = criterion(eligibleInput({ exam: { passMark: 700, publishedQuestionIds: published }, answeredQuestionIds: ids(899) }), "coverage");
      expect(below.met).toBe(false);
      expect(below.progress).toBe("899 of 1000 questions, 90 % needed");
      expect(below.remaining).toBe("Answer 1 more question you have not answered yet");
      const exact = criterion(eligibleInput({ exam: { passMark: 700, publishedQuestionIds: published }, answeredQuestionIds: ids(900) }), "coverage");
      expect(exact.met).toBe(true);
      expect(exact.remaining).toBeNull();
    });

    it("does not let floating point demand one question too many (90 % of 70 is 63)", () => {
      const input = eligibleInput({ exam: { passMark: 700, publishedQuestionIds: ids(70) }, answeredQuestionIds: ids(63) });
      expect(criterion(input, "coverage").met).toBe(true);
      expect(criterion({ ...input, answeredQuestionIds: ids(62) }, "coverage").met).toBe(false);
    });

    it("counts only published questions: a retired question answered counts neither up nor down", () => {
      // 10 published; the learner answered 8 of them plus a retired one (r1) and one answered twice.
      const exam = { passMark: 700, publishedQuestionIds: ids(10) };
      const short = criterion(eligibleInput({ exam, answeredQuestionIds: [...ids(8), "q8", "r1"] }), "coverage");
      expect(short.met).toBe(false);
      expect(short.progress).toBe("8 of 10 questions, 90 % needed");
      expect(criterion(eligibleInput({ exam, answeredQuestionIds: [...ids(9), "r1"] }), "coverage").met).toBe(true);
    });

    it("is not met while the bank has no published questions", () => {
      const c = criterion(eligibleInput({ exam: { passMark: 700, publishedQuestionIds: [] }, answeredQuestionIds: ["r1"] }), "coverage");
      expect(c.met).toBe(false);
      expect(c.detail).toMatch(/no published questions/);
    });
  });

  describe("final exam simulations", () => {
    it("judges the two most recent by time, even on the same day", () => {
      const passingLast = criterion(eligibleInput({ simulations: [sim("2026-02-01", 710), sim("2026-02-25T09:00:00Z", 650), sim("2026-02-25T15:00:00Z", 720), sim("2026-02-26T08:00:00Z", 705)] }), "simulations");
      expect(passingLast.met).toBe(true);
      const failingLast = criterion(eligibleInput({ simulations: [sim("2026-02-25T15:00:00Z", 650), sim("2026-02-25T09:00:00Z", 720), sim("2026-02-20", 800)] }), "simulations");
      expect(failingLast.met).toBe(false);
      expect(failingLast.remaining).toBe("2 more exam simulations at ≥ 700");
    });

    it("asks for one more when only the latest passes, two when none do", () => {
      expect(criterion(eligibleInput({ simulations: [sim("2026-02-20", 650), sim("2026-02-25", 700)] }), "simulations").remaining).toBe("1 more exam simulation at ≥ 700");
      const none = criterion(eligibleInput({ simulations: [] }), "simulations");
      expect(none.remaining).toBe("2 more exam simulations at ≥ 700");
      expect(none.progress).toBe("No full exam simulation yet");
    });

    it("ignores short quizzes and simulations after the exam date", () => {
      const c = criterion(eligibleInput({ simulations: [sim("2026-02-20", 720), sim("2026-02-25", 760, false), sim("2026-03-03", 900)] }), "simulations");
      expect(c.met).toBe(false);
      expect(c.remaining).toBe("1 more exam simulation at ≥ 700");
    });

    it("the last one must be within 30 days before the exam: day 30 counts, day 31 does not", () => {
      expect(criterion(eligibleInput({ simulations: [sim("2026-01-20", 720), sim("2026-01-30", 760)] }), "simulations").met).toBe(true); // 30 days before 2026-03-01
      const stale = criterion(eligibleInput({ simulations: [sim("2026-01-20", 720), sim("2026-01-29", 760)] }), "simulations");
      expect(stale.met).toBe(false);
      expect(stale.remaining).toBe("1 more exam simulation at ≥ 700 within 30 days before the exam");
      expect(stale.detail).toMatch(/31 days before 2026-03-01/);
    });
  });

  describe("readiness", () => {
    it("needs at least 80 % on the exam date", () => {
      expect(criterion(eligibleInput({ readinessOnExamDate: 0.8 }), "readiness").met).toBe(true);
      const low = criterion(eligibleInput({ readinessOnExamDate: 0.799 }), "readiness");
      expect(low.met).toBe(false);
      expect(low.progress).toBe("Readiness 79.9 %, 80 % needed");
    });

    it("words a probability near 0 or 1 as the dashboard does, never as certainty", () => {
      expect(criterion(eligibleInput({ readinessOnExamDate: 0.001 }), "readiness").progress).toBe("Readiness < 1 %, 80 % needed");
      expect(criterion(eligibleInput({ readinessOnExamDate: 0.999 }), "readiness").progress).toBe("Readiness > 99 %, 80 % needed");
    });

    it("is not met, with a clear reason, when no estimate is available", () => {
      const report = evaluateEligibility(eligibleInput({ readinessOnExamDate: null, readinessUnavailableReason: "Answer 12 more questions for an estimate." }));
      const c = report.criteria.find((x) => x.key === "readiness")!;
      expect(c.met).toBe(false);
      expect(c.remaining).toBe("Answer 12 more questions for an estimate.");
      expect(c.progress).toBe("No readiness estimate");
      expect(report.eligible).toBe(false);
    });
  });

  describe("the real exam", () => {
    it("must be taken within 180 days of enrolling: day 180 counts, day 181 does not", () => {
      const enrolledAt = at("2026-01-10");
      expect(criterion(eligibleInput({ enrollment: { enrolledAt }, realExam: { date: at("2026-07-09"), score: 600, scoreReportId: "x" }, claimDate: at("2026-07-10") }), "exam-window").met).toBe(true);
      expect(criterion(eligibleInput({ enrollment: { enrolledAt }, realExam: { date: at("2026-07-10"), score: 600, scoreReportId: "x" }, claimDate: at("2026-07-10") }), "exam-window").met).toBe(false);
    });

    it("an exam taken before enrolling is not covered", () => {
      const report = evaluateEligibility(eligibleInput({ enrollment: { enrolledAt: at("2026-03-02") } }));
      expect(report.eligible).toBe(false);
      expect(report.criteria.find((c) => c.key === "enrolled")!.detail).toMatch(/after the exam/);
      expect(report.criteria.find((c) => c.key === "exam-window")!.met).toBe(false);
    });

    it("enrolling on the exam day itself is covered", () => {
      const report = evaluateEligibility(eligibleInput({ enrollment: { enrolledAt: at("2026-03-01T06:00:00Z") }, simulations: [sim("2026-02-27", 720), sim("2026-02-28", 720)] }));
      expect(report.eligible).toBe(true);
      expect(report.criteria.find((c) => c.key === "exam-window")!.progress).toBe("Taken on the day you enrolled");
    });

    it("a passed exam is not eligible", () => {
      const report = evaluateEligibility(eligibleInput({ realExam: { date: at("2026-03-01"), score: 700, scoreReportId: "SR" } }));
      expect(report.eligible).toBe(false);
      expect(report.criteria.find((c) => c.key === "exam-failed")).toMatchObject({ met: false, progress: "Score 700, pass mark 700" });
    });

    it("without a real exam the report is not eligible but can be on track", () => {
      const report = evaluateEligibility(eligibleInput({ realExam: undefined, claimDate: undefined, asOf: at("2026-02-26") }));
      expect(report.eligible).toBe(false);
      expect(report.onTrack).toBe(true);
      expect(report.criteria.find((c) => c.key === "exam-window")!.remaining).toBe("Take the exam by 2026-07-09");
    });
  });

  describe("the claim", () => {
    it("must be filed within 30 days of the exam: day 30 counts, day 31 does not", () => {
      expect(criterion(eligibleInput({ claimDate: at("2026-03-01T18:00:00Z") }), "claim-window")).toMatchObject({ met: true, progress: "Filed on the exam day" });
      expect(criterion(eligibleInput({ claimDate: at("2026-03-31") }), "claim-window")).toMatchObject({ met: true, progress: "Filed 30 days after the exam" });
      const late = criterion(eligibleInput({ claimDate: at("2026-04-01") }), "claim-window");
      expect(late.met).toBe(false);
      expect(late.detail).toBe("Claims for this exam closed on 2026-03-31.");
    });

    it("needs the score report id", () => {
      expect(criterion(eligibleInput({ realExam: { date: at("2026-03-01"), score: 650, scoreReportId: "  " } }), "score-report").met).toBe(false);
      const relaxed = evaluateEligibility(eligibleInput({ policy: { ...DEFAULT_POLICY, requireScoreReportId: false }, realExam: { date: at("2026-03-01"), score: 650, scoreReportId: null } }));
      expect(relaxed.eligible).toBe(true);
      expect(relaxed.criteria.some((c) => c.key === "score-report")).toBe(false);
    });
  });

  it("is not eligible without an enrollment", () => {
    const report = evaluateEligibility(eligibleInput({ enrollment: null }));
    expect(report.eligible).toBe(false);
    expect(report.criteria.find((c) => c.key === "enrolled")!.remaining).toBe("Enroll in the guarantee");
  });
});
