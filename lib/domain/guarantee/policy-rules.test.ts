import { describe, expect, it } from "vitest";
import { DEFAULT_POLICY, minScaledFor, policyRulesSchema } from "./policy-rules.ts";

describe("policy rules", () => {
  it("accepts the default policy and follows the exam's pass mark", () => {
    expect(policyRulesSchema.parse(DEFAULT_POLICY)).toEqual(DEFAULT_POLICY);
    expect(minScaledFor(DEFAULT_POLICY, 700)).toBe(700);
    expect(minScaledFor({ ...DEFAULT_POLICY, finalSimulations: { ...DEFAULT_POLICY.finalSimulations, minScaled: 750 } }, 700)).toBe(750);
  });

  it("refuses out-of-range values and unknown schema versions", () => {
    expect(policyRulesSchema.safeParse({ ...DEFAULT_POLICY, minQuestionCoverage: 1.2 }).success).toBe(false);
    expect(policyRulesSchema.safeParse({ ...DEFAULT_POLICY, claimWithinDaysOfExam: 0 }).success).toBe(false);
    expect(policyRulesSchema.safeParse({ ...DEFAULT_POLICY, schemaVersion: 2 }).success).toBe(false);
    expect(policyRulesSchema.safeParse({ ...DEFAULT_POLICY, finalSimulations: { ...DEFAULT_POLICY.finalSimulations, count: 0 } }).success).toBe(false);
  });
});
