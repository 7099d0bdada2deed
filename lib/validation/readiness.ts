import { z } from "zod";

/** The furthest-ahead time zone is UTC+14: a result dated "today" there is not in the future. */
const AHEAD_OF_UTC_MS = 14 * 3_600_000;
/** Older results were taken against other outlines and say little about today's cut. */
export const OUTCOME_MAX_AGE_DAYS = 730;

const day = (date: Date) => date.toISOString().slice(0, 10);

/** A real exam result a learner reports; `now` decides which dates are in the future. */
export function reportOutcomeSchema(now: Date = new Date()) {
  const latest = day(new Date(now.getTime() + AHEAD_OF_UTC_MS));
  const earliest = day(new Date(now.getTime() - OUTCOME_MAX_AGE_DAYS * 86_400_000));
  return z.object({
    examCode: z.string().regex(/^[A-Z]{2,3}-\d{3}$/, "Choose an exam."),
    takenOn: z.iso
      .date({ error: "Enter the date you took the exam.", abort: true })
      .refine((value) => value <= latest, "The date can't be in the future.")
      .refine((value) => value >= earliest, "Only results from the last two years help the estimate."),
    passed: z.boolean({ error: "Say whether you passed or failed." }),
    score: z
      .number({ error: "Enter the score as a number." })
      .int("The score is a whole number.")
      .min(1, "Scores run from 1 to 1000.")
      .max(1000, "Scores run from 1 to 1000.")
      .nullable()
      .optional(),
  });
}

export type ReportOutcomeInput = z.infer<ReturnType<typeof reportOutcomeSchema>>;

export const ITEM_STATISTICS_SORTS = ["flags", "answered", "correct", "discrimination", "irt-a", "irt-b", "question"] as const;
export type ItemStatisticsSort = (typeof ITEM_STATISTICS_SORTS)[number];

const firstOf = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** The item statistics page's query string; anything unreadable falls back to the default view. */
export const itemStatisticsQuerySchema = z.object({
  exam: z.preprocess(firstOf, z.string().regex(/^[A-Z]{2,3}-\d{3}$/).optional().catch(undefined)),
  sort: z.preprocess(firstOf, z.enum(ITEM_STATISTICS_SORTS).catch("flags").default("flags")),
  dir: z.preprocess(firstOf, z.enum(["asc", "desc"]).optional().catch(undefined)),
  flagged: z.preprocess(firstOf, z.literal("1").optional().catch(undefined)).transform((v) => v === "1"),
});
export type ItemStatisticsQuery = z.infer<typeof itemStatisticsQuerySchema>;
