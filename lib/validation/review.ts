import { z } from "zod";
import { QUESTION_TYPES } from "@/lib/domain/questions/content.ts";
import { hasNoNul } from "./text.ts";

const examCode = z.string().regex(/^[A-Z]{2,3}-\d{3}$/, "Unknown exam code.");
const skillAreaKey = z.string().regex(/^[a-z][a-z0-9-]{0,40}$/, "Unknown skill area.");
const cuid = z.string().regex(/^c[a-z0-9]{20,30}$/, "Not found.");

/** A query-string value: the first one when a key is repeated. */
const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);

// Filters come from links a learner may have edited; a value that makes no sense is dropped, not an error.
export const reviewFiltersSchema = z.object({
  result: z.preprocess(single, z.enum(["all", "wrong", "right"]).catch("all").default("all")),
  flagged: z.preprocess((v) => single(v) === "1", z.boolean()),
  area: z.preprocess(single, skillAreaKey.optional().catch(undefined)),
  type: z.preprocess(single, z.enum(QUESTION_TYPES).optional().catch(undefined)),
});
export type ReviewFilters = z.infer<typeof reviewFiltersSchema>;

export const notebookQuerySchema = z.object({
  q: z.preprocess(single, z.string().trim().max(100).refine(hasNoNul).optional().catch(undefined)).transform((v) => v || undefined),
  exam: z.preprocess(single, examCode.optional().catch(undefined)),
  area: z.preprocess(single, skillAreaKey.optional().catch(undefined)),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(10_000).catch(1).default(1)),
});
export type NotebookQuery = z.infer<typeof notebookQuerySchema>;

export const NOTE_MAX_LENGTH = 2000;
export const noteSchema = z.object({
  text: z.string({ error: "Write a note." }).trim().min(1, "Write a note, or delete it.").max(NOTE_MAX_LENGTH, `A note is at most ${NOTE_MAX_LENGTH} characters.`),
});

export const guessSchema = z.object({
  attemptId: cuid,
  position: z.number().int().min(0).max(999),
  guessed: z.boolean(),
});
export type GuessInput = z.infer<typeof guessSchema>;

export const retireCardSchema = z.object({ retired: z.boolean() });

export const REVIEW_QUIZ_MAX = 50;
export const startReviewQuizSchema = z.object({
  examCode,
  limit: z.number().int().min(1).max(100).default(REVIEW_QUIZ_MAX),
});

export const retryAttemptSchema = z.object({ attemptId: cuid });

export const retryNotebookSchema = z.object({
  examCode,
  skillArea: skillAreaKey.optional(),
  q: z.string().trim().max(100).optional(),
});
export type RetryNotebookInput = z.infer<typeof retryNotebookSchema>;

export const smartPracticeSchema = z.object({
  examCode,
  count: z.number({ error: "Choose how many questions." }).int().min(1, "Choose at least one question.").max(50, "At most 50 questions per session.").default(10),
});
export type SmartPracticeInput = z.infer<typeof smartPracticeSchema>;

export const cardIdParam = cuid;
export const questionIdParam = z.string().regex(/^[a-z0-9][a-z0-9-]{0,120}$/);
