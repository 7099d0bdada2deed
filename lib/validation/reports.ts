import { z } from "zod";

export const REPORT_KINDS = ["WRONG_KEY", "TYPO", "OUTDATED", "UNCLEAR", "OTHER"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_STATUSES = ["OPEN", "RESOLVED", "DISMISSED"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_TEXT_MAX = 2000;

export const createReportSchema = z.object({
  questionId: z.string({ error: "Which question?" }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Unknown question.").max(120),
  /** The version the learner saw, when the page knows it. */
  questionVersion: z.number().int().min(1).optional(),
  kind: z.enum(REPORT_KINDS, { error: "Choose what is wrong." }),
  text: z
    .string({ error: "Tell us what is wrong." })
    .trim()
    .min(10, "Tell us a little more (at least 10 characters).")
    .max(REPORT_TEXT_MAX, `At most ${REPORT_TEXT_MAX} characters.`),
});
export type CreateReportInput = z.infer<typeof createReportSchema>;

export const reportIdParam = z.string().regex(/^c[a-z0-9]{20,30}$/);

export const resolveReportSchema = z.object({
  status: z.enum(["RESOLVED", "DISMISSED"], { error: "Resolve or dismiss." }),
  note: z.string({ error: "Write a note for the reporter." }).trim().min(3, "Write a note for the reporter.").max(REPORT_TEXT_MAX, `At most ${REPORT_TEXT_MAX} characters.`),
});
export type ResolveReportInput = z.infer<typeof resolveReportSchema>;

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);
export const reportQueueQuerySchema = z.object({
  status: z.preprocess(single, z.enum(REPORT_STATUSES).optional().catch(undefined)),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(100_000).catch(1).default(1)),
});
