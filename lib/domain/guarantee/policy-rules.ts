import { z } from "zod";

/** "pass-mark" follows the exam's own pass mark, so a policy survives a pass-mark change. */
const minScaledSchema = z.union([z.literal("pass-mark"), z.number().int().min(1).max(1000)]);

const days = (max: number) => z.number().int("Whole days, please.").min(1, "At least one day.").max(max, `At most ${max} days.`);

/** A guarantee policy's rules, stored as JSON on GuaranteePolicy. `schemaVersion` lets the shape evolve. */
export const policyRulesSchema = z.object({
  schemaVersion: z.literal(1),
  minQuestionCoverage: z.number().min(0, "Between 0 and 1.").max(1, "Between 0 and 1."),
  finalSimulations: z.object({
    count: z.number().int().min(1, "At least one simulation.").max(10, "At most 10 simulations."),
    minScaled: minScaledSchema,
    lastWithinDaysBeforeExam: days(365),
  }),
  minReadiness: z.number().min(0, "Between 0 and 1.").max(1, "Between 0 and 1."),
  examWithinDaysOfEnrolling: days(1000),
  claimWithinDaysOfExam: days(365),
  requireFailedExam: z.boolean(),
  requireScoreReportId: z.boolean(),
});

export type PolicyRules = z.infer<typeof policyRulesSchema>;

export const DEFAULT_POLICY: PolicyRules = {
  schemaVersion: 1,
  minQuestionCoverage: 0.9,
  finalSimulations: { count: 2, minScaled: "pass-mark", lastWithinDaysBeforeExam: 30 },
  minReadiness: 0.8,
  examWithinDaysOfEnrolling: 180,
  claimWithinDaysOfExam: 30,
  requireFailedExam: true,
  requireScoreReportId: true,
};

export function minScaledFor(rules: PolicyRules, passMark: number): number {
  return rules.finalSimulations.minScaled === "pass-mark" ? passMark : rules.finalSimulations.minScaled;
}
