import { z } from "zod";
import { policyRulesSchema } from "@/lib/domain/guarantee/policy-rules.ts";
import { hasNoNul, NUL_MESSAGE } from "./text.ts";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const isoDay = (message: string) =>
  z
    .string({ error: message })
    .regex(ISO_DAY, message)
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), message);

export const examSlugParam = z.string().regex(/^[a-z]{2,3}-\d{3}$/);
export const examCodeSchema = z.string().regex(/^[A-Z]{2,3}-\d{3}$/, "Unknown exam code.");
export const claimIdParam = z.string().regex(/^c[a-z0-9]{20,30}$/);

export const enrollSchema = z.object({ targetDate: isoDay("Pick a date (YYYY-MM-DD).").optional() });
export type EnrollInput = z.infer<typeof enrollSchema>;

/** The text fields of the claim form (multipart); the file is checked separately by its bytes. */
export const claimFieldsSchema = z.object({
  examDate: isoDay("Enter the date you took the exam (YYYY-MM-DD)."),
  score: z.coerce
    .number({ error: "Enter your score." })
    .int("Your score is a whole number.")
    .min(1, "Scores run from 1 to 1000.")
    .max(699, "A claim is for a failed exam: scores below 700."),
  scoreReportId: z.string().trim().min(3, "Enter the id printed on your score report.").max(64, "At most 64 characters.").regex(/^[A-Za-z0-9][A-Za-z0-9 ._/-]*$/, "Letters, digits, spaces and . _ / - only."),
  statement: z.string().trim().min(10, "Tell us briefly what happened (at least 10 characters).").max(4000, "At most 4000 characters.").refine(hasNoNul, NUL_MESSAGE),
});
export type ClaimFields = z.infer<typeof claimFieldsSchema>;

export const decideClaimSchema = z.object({
  decision: z.enum(["APPROVED", "REJECTED"], { error: "Approve or reject." }),
  reason: z.string().trim().min(5, "Give the learner a reason (at least 5 characters).").max(2000, "At most 2000 characters."),
});
export type DecideClaimInput = z.infer<typeof decideClaimSchema>;

export const newPolicySchema = z.object({ examCode: examCodeSchema, rules: policyRulesSchema });
export type NewPolicyInput = z.infer<typeof newPolicySchema>;

export const grantEnrollmentSchema = z.object({
  email: z.email("Enter the learner's e-mail address."),
  examCode: examCodeSchema,
  plan: z.string().trim().min(1).max(40).default("standard"),
  priceCents: z.number().int().min(0).max(10_000_000).optional(),
  currency: z.string().regex(/^[A-Z]{3}$/, "A three-letter currency code.").optional(),
  targetDate: isoDay("Pick a date (YYYY-MM-DD).").optional(),
});
export type GrantEnrollmentInput = z.infer<typeof grantEnrollmentSchema>;
