import { minScaledFor, type PolicyRules } from "@/lib/domain/guarantee/policy-rules.ts";

const pct = (value: number) => `${Math.round(value * 1000) / 10} %`;

/** A policy's rules as the sentences a learner reads. */
export function PolicySummary({ rules, passMark }: { rules: PolicyRules; passMark: number }) {
  const sims = rules.finalSimulations;
  const lines = [
    `At least ${pct(rules.minQuestionCoverage)} of the exam's published questions answered.`,
    `The ${sims.count} most recent full exam simulations at ${minScaledFor(rules, passMark)} or more${sims.minScaled === "pass-mark" ? " (the pass mark)" : ""}, the last within ${sims.lastWithinDaysBeforeExam} days before the exam.`,
    `Readiness at least ${pct(rules.minReadiness)} on the exam date.`,
    `Real exam taken within ${rules.examWithinDaysOfEnrolling} days of enrolling${rules.requireFailedExam ? ", and failed" : ""}.`,
    `Claim filed within ${rules.claimWithinDaysOfExam} days of the exam${rules.requireScoreReportId ? ", with the score report id" : ""}.`,
  ];
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-300">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
