import { addDays, dayNumber, daysBetween, isoDay } from "./days.ts";
import { minScaledFor, type PolicyRules } from "./policy-rules.ts";

export type SimulationEvidence = {
  submittedAt: Date;
  scaledScore: number;
  /** True when the attempt held the exam's full question count. */
  fullLength: boolean;
};

export type RealExam = { date: Date; score: number; scoreReportId: string | null };

export type EligibilityInput = {
  policy: PolicyRules;
  enrollment: { enrolledAt: Date } | null;
  exam: { passMark: number; publishedQuestionIds: readonly string[] };
  answeredQuestionIds: Iterable<string>;
  simulations: readonly SimulationEvidence[];
  /** Probability of passing (0–1) as of the exam date, or null when no estimate exists. */
  readinessOnExamDate: number | null;
  /** Why readiness is null, in plain words; a default is used when absent. */
  readinessUnavailableReason?: string;
  realExam?: RealExam;
  claimDate?: Date;
  asOf: Date;
};

export type CriterionKey = "enrolled" | "coverage" | "simulations" | "readiness" | "exam-window" | "exam-failed" | "claim-window" | "score-report";

export type Criterion = {
  key: CriterionKey;
  /** "preparation" criteria can be met before the exam; the rest only after it. */
  stage: "preparation" | "exam" | "claim";
  title: string;
  met: boolean;
  /** Where the learner stands, e.g. "412 of 458 questions, 90 % needed". */
  progress: string;
  /** 0–1 for a progress bar. */
  fraction: number;
  /** What is left, e.g. "2 more exam simulations at ≥ 700"; null when met. */
  remaining: string | null;
  detail: string;
};

export type EligibilityReport = {
  eligible: boolean;
  /** Every preparation criterion is met: taking (and failing) the exam now would be covered. */
  onTrack: boolean;
  /** The day the report judges: the real exam date when known, otherwise asOf. */
  referenceDate: string;
  criteria: Criterion[];
};

const percent = (value: number) => `${Math.round(value * 1000) / 10} %`;
/** A pass probability as the dashboard words it at the extremes: never "0 %" or "100 %", which would claim certainty. */
export const formatPassProbability = (value: number) => (value < 0.005 ? "< 1 %" : value > 0.995 ? "> 99 %" : percent(value));
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const clamp = (value: number) => Math.max(0, Math.min(1, value));

/** Decides every criterion of the policy from recorded evidence. Pure: all dates come in. */
export function evaluateEligibility(input: EligibilityInput): EligibilityReport {
  const reference = input.realExam?.date ?? input.asOf;
  const criteria: Criterion[] = [
    enrolledCriterion(input),
    coverageCriterion(input),
    simulationsCriterion(input, reference),
    readinessCriterion(input),
    examWindowCriterion(input),
  ];
  if (input.policy.requireFailedExam) criteria.push(examFailedCriterion(input));
  criteria.push(claimWindowCriterion(input));
  if (input.policy.requireScoreReportId) criteria.push(scoreReportCriterion(input));
  return {
    eligible: criteria.every((c) => c.met),
    onTrack: criteria.filter((c) => c.stage === "preparation").every((c) => c.met),
    referenceDate: isoDay(reference),
    criteria,
  };
}

function enrolledCriterion({ enrollment, realExam }: EligibilityInput): Criterion {
  const base = { key: "enrolled", stage: "preparation", title: "Enrolled before the exam" } as const;
  if (!enrollment) {
    return { ...base, met: false, fraction: 0, progress: "Not enrolled", remaining: "Enroll in the guarantee", detail: "The guarantee covers an exam taken after you enroll." };
  }
  const enrolledOn = isoDay(enrollment.enrolledAt);
  if (realExam && dayNumber(enrollment.enrolledAt) > dayNumber(realExam.date)) {
    return { ...base, met: false, fraction: 0, progress: `Enrolled on ${enrolledOn}`, remaining: null, detail: `You enrolled on ${enrolledOn}, after the exam on ${isoDay(realExam.date)}; an exam taken before enrolling is not covered.` };
  }
  return { ...base, met: true, fraction: 1, progress: `Enrolled on ${enrolledOn}`, remaining: null, detail: "The guarantee covers an exam taken on or after your enrollment day." };
}

function coverageCriterion({ policy, exam, answeredQuestionIds }: EligibilityInput): Criterion {
  const published = new Set(exam.publishedQuestionIds);
  const answered = new Set<string>();
  for (const id of answeredQuestionIds) if (published.has(id)) answered.add(id);
  const total = published.size;
  // Rounded before ceil: 0.9 × 70 is 63.00000000000001 in floating point, and 63 answers are enough.
  const needed = Math.ceil(Math.round(policy.minQuestionCoverage * total * 1e6) / 1e6);
  const base = { key: "coverage", stage: "preparation", title: `Answered at least ${percent(policy.minQuestionCoverage)} of the exam's questions` } as const;
  const progress = `${answered.size} of ${total} questions, ${percent(policy.minQuestionCoverage)} needed`;
  if (total === 0) {
    return { ...base, met: false, fraction: 0, progress, remaining: null, detail: "The question bank has no published questions for this exam yet." };
  }
  const left = needed - answered.size;
  const met = left <= 0;
  return {
    ...base,
    met,
    fraction: needed === 0 ? 1 : clamp(answered.size / needed),
    progress,
    remaining: met ? null : `Answer ${plural(left, "more question")} you have not answered yet`,
    detail: "Counts each published question once, in any practice mode. Retired questions do not count.",
  };
}

function simulationsCriterion({ policy, exam, simulations }: EligibilityInput, reference: Date): Criterion {
  const { count, lastWithinDaysBeforeExam } = policy.finalSimulations;
  const minScaled = minScaledFor(policy, exam.passMark);
  const recent = simulations
    .filter((s) => s.fullLength && dayNumber(s.submittedAt) <= dayNumber(reference))
    .toSorted((a, b) => b.submittedAt.getTime() - a.submittedAt.getTime())
    .slice(0, count);
  let streak = 0;
  while (streak < recent.length && recent[streak]!.scaledScore >= minScaled) streak++;
  const latest = recent[0];
  const age = latest ? daysBetween(latest.submittedAt, reference) : null;
  const fresh = age !== null && age <= lastWithinDaysBeforeExam;
  const needed = streak >= count && !fresh ? 1 : count - Math.min(streak, count);
  const met = streak >= count && fresh;
  const scores = recent.map((s) => s.scaledScore).join(", ");
  const title = count === 1 ? `Your most recent full exam simulation at ${minScaled} or more` : `Your ${count} most recent full exam simulations at ${minScaled} or more`;
  const progress = recent.length === 0 ? "No full exam simulation yet" : `${plural(streak, "passing simulation")} in a row from the latest (latest scores: ${scores})`;
  const window = `the last one within ${lastWithinDaysBeforeExam} days before the exam`;
  let detail = `Only full-length exam simulations count, newest first; ${window}.`;
  if (latest && !fresh) detail = `Your latest simulation (${isoDay(latest.submittedAt)}) is ${age} days before ${isoDay(reference)}; ${window}.`;
  return {
    ...base("simulations", title),
    met,
    fraction: met ? 1 : clamp((count - needed) / count),
    progress,
    remaining: met ? null : `${plural(needed, "more exam simulation")} at ≥ ${minScaled}${streak >= count ? ` within ${lastWithinDaysBeforeExam} days before the exam` : ""}`,
    detail,
  };
}

function base(key: CriterionKey, title: string) {
  return { key, stage: "preparation" as const, title };
}

function readinessCriterion({ policy, readinessOnExamDate, readinessUnavailableReason }: EligibilityInput): Criterion {
  const title = `Readiness at least ${percent(policy.minReadiness)} on the exam date`;
  if (readinessOnExamDate === null) {
    return {
      ...base("readiness", title),
      met: false,
      fraction: 0,
      progress: "No readiness estimate",
      remaining: readinessUnavailableReason ?? "A readiness estimate is needed",
      detail: "Our estimate of your chance of passing the real exam needs enough of your answers first.",
    };
  }
  const met = readinessOnExamDate >= policy.minReadiness;
  return {
    ...base("readiness", title),
    met,
    fraction: policy.minReadiness === 0 ? 1 : clamp(readinessOnExamDate / policy.minReadiness),
    progress: `Readiness ${formatPassProbability(readinessOnExamDate)}, ${percent(policy.minReadiness)} needed`,
    remaining: met ? null : "Raise your readiness: practise your weakest skill areas",
    detail: "Our estimate of your chance of passing the real exam, from your answers.",
  };
}

function examWindowCriterion({ policy, enrollment, realExam, asOf }: EligibilityInput): Criterion {
  const limit = policy.examWithinDaysOfEnrolling;
  const common = { key: "exam-window", stage: "exam", title: `Real exam taken within ${limit} days of enrolling` } as const;
  if (!enrollment) return { ...common, met: false, fraction: 0, progress: "Not enrolled", remaining: "Enroll first", detail: `The ${limit} days start on your enrollment day.` };
  const deadline = addDays(enrollment.enrolledAt, limit);
  if (!realExam) {
    const left = daysBetween(asOf, deadline);
    return {
      ...common,
      met: false,
      fraction: 0,
      progress: left >= 0 ? `${plural(left, "day")} left to take the exam` : `The ${limit} days ended on ${isoDay(deadline)}`,
      remaining: left >= 0 ? `Take the exam by ${isoDay(deadline)}` : null,
      detail: `The exam must be taken between your enrollment (${isoDay(enrollment.enrolledAt)}) and ${isoDay(deadline)}.`,
    };
  }
  const taken = daysBetween(enrollment.enrolledAt, realExam.date);
  const met = taken >= 0 && taken <= limit;
  return {
    ...common,
    met,
    fraction: met ? 1 : 0,
    progress: taken === 0 ? "Taken on the day you enrolled" : taken > 0 ? `Taken ${plural(taken, "day")} after enrolling` : `Taken ${plural(-taken, "day")} before enrolling`,
    remaining: null,
    detail: met ? `Taken on ${isoDay(realExam.date)}, within the ${limit} days.` : `The exam must be taken between ${isoDay(enrollment.enrolledAt)} and ${isoDay(deadline)}.`,
  };
}

function examFailedCriterion({ exam, realExam }: EligibilityInput): Criterion {
  const common = { key: "exam-failed", stage: "exam", title: "Real exam failed" } as const;
  if (!realExam) return { ...common, met: false, fraction: 0, progress: "Not taken yet", remaining: null, detail: "The guarantee refunds a failed real exam." };
  const met = realExam.score < exam.passMark;
  return {
    ...common,
    met,
    fraction: met ? 1 : 0,
    progress: `Score ${realExam.score}, pass mark ${exam.passMark}`,
    remaining: null,
    detail: met ? "A score below the pass mark is covered." : "You passed, so there is nothing to refund. Congratulations!",
  };
}

function claimWindowCriterion({ policy, realExam, claimDate, asOf }: EligibilityInput): Criterion {
  const limit = policy.claimWithinDaysOfExam;
  const common = { key: "claim-window", stage: "claim", title: `Claim filed within ${limit} days of the exam` } as const;
  if (!realExam) return { ...common, met: false, fraction: 0, progress: "No exam yet", remaining: null, detail: `After a failed exam, file your claim within ${limit} days.` };
  const filed = claimDate ?? asOf;
  const after = daysBetween(realExam.date, filed);
  const deadline = addDays(realExam.date, limit);
  const met = after >= 0 && after <= limit;
  return {
    ...common,
    met,
    fraction: met ? 1 : 0,
    progress: after < 0 ? "The exam date is in the future" : after === 0 ? `${claimDate ? "Filed on" : "Today is"} the exam day` : `${claimDate ? "Filed" : "Today is"} ${plural(after, "day")} after the exam`,
    remaining: null,
    detail: after < 0 ? "A claim can only be filed after the exam." : met ? `Claims for this exam are accepted until ${isoDay(deadline)}.` : `Claims for this exam closed on ${isoDay(deadline)}.`,
  };
}

function scoreReportCriterion({ realExam }: EligibilityInput): Criterion {
  const common = { key: "score-report", stage: "claim", title: "Score report id given" } as const;
  const id = realExam?.scoreReportId?.trim();
  if (!realExam) return { ...common, met: false, fraction: 0, progress: "No exam yet", remaining: null, detail: "Your claim needs the id printed on your score report." };
  return {
    ...common,
    met: Boolean(id),
    fraction: id ? 1 : 0,
    progress: id ? `Score report ${id}` : "Missing",
    remaining: id ? null : "Add the id printed on your score report",
    detail: "Microsoft's score report carries an id we use to verify the result.",
  };
}
