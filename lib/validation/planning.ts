import { z } from "zod";
import { EXPERIENCE, PIPELINES, ROLES } from "@/lib/domain/planning/advisor-rules.ts";
import { MAX_HOURS, MIN_HOURS } from "@/lib/domain/planning/build-study-plan.ts";
import { isIsoDay } from "@/lib/domain/planning/dates.ts";

type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of each query parameter: a repeated `?a=1&a=2` counts as its first. */
export function firstValues(params: SearchParams): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
}

export const examSlugSchema = z.string({ error: "Choose an exam." }).regex(/^[a-z]{2,3}-\d{3}$/, "Choose an exam.");

const PAIR = /^([a-z]{2,3}-\d{3})-vs-([a-z]{2,3}-\d{3})$/;

/** "az-204-vs-az-400" → { a: "az-204", b: "az-400" }, or null for anything else. */
export function parseComparePair(value: string): { a: string; b: string } | null {
  const match = PAIR.exec(value);
  return match ? { a: match[1]!, b: match[2]! } : null;
}

export const comparePickSchema = z.object({ a: examSlugSchema, b: examSlugSchema });

const list = z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(z.string().regex(/^[A-Z]{2,3}-\d{3}$/, "Unknown exam code.")).max(20));

export const advisorAnswersSchema = z.object({
  experience: z.enum(EXPERIENCE, { error: "Tell us how much you have worked with Azure." }),
  role: z.enum(ROLES, { error: "Choose the role closest to yours." }),
  pipelines: z.enum(PIPELINES, { error: "Tell us whether CI/CD and release pipelines are yours." }),
  held: list,
});
export type AdvisorAnswers = z.infer<typeof advisorAnswersSchema>;

export const plannerQuerySchema = z.object({
  exam: examSlugSchema,
  date: z.string({ error: "Pick your exam date." }).refine(isIsoDay, "Pick your exam date (YYYY-MM-DD)."),
  hours: z.coerce
    .number({ error: "Say how many hours a week you can study." })
    .int("Whole hours, please.")
    .min(MIN_HOURS, `At least ${MIN_HOURS} hour a week.`)
    .max(MAX_HOURS, `At most ${MAX_HOURS} hours a week.`),
});
export type PlannerQuery = z.infer<typeof plannerQuerySchema>;
