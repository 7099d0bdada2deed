import { z } from "zod";
import { responseSchema } from "@/lib/domain/questions/content.ts";

const examCode = z.string().regex(/^[A-Z]{2,3}-\d{3}$/, "Unknown exam code.");
const skillAreaKey = z.string().regex(/^[a-z][a-z0-9-]{0,40}$/);
const count = z.number({ error: "Choose how many questions." }).int().min(1, "Choose at least one question.").max(100, "At most 100 questions per quiz.");
const timeLimit = z.number().int().min(1, "A time limit is at least one minute.").max(300, "A time limit is at most 300 minutes.").optional();
const difficulty = z
  .tuple([z.number().int().min(1).max(5), z.number().int().min(1).max(5)])
  .refine(([min, max]) => min <= max, "The easiest level must not be above the hardest.")
  .optional();

export const startAttemptSchema = z.discriminatedUnion("mode", [
  z.object({
    mode: z.literal("EXAM"),
    examCode,
    /** Take the nearest form the bank can fill when it cannot fill the exam's full length. */
    acceptNearest: z.boolean().default(false),
  }),
  z.object({ mode: z.literal("PRACTICE"), examCode, count, skillAreas: z.array(skillAreaKey).max(10).optional(), timeLimitMinutes: timeLimit }),
  z.object({ mode: z.literal("DRILL"), examCode, count, skillArea: skillAreaKey, timeLimitMinutes: timeLimit }),
  z.object({
    mode: z.literal("CUSTOM"),
    examCode,
    count,
    skillAreas: z.array(skillAreaKey).max(10).optional(),
    difficulty,
    only: z.enum(["unseen", "missed"]).optional(),
    feedback: z.enum(["immediate", "end"]).default("immediate"),
    timeLimitMinutes: timeLimit,
  }),
]);
export type StartAttemptInput = z.infer<typeof startAttemptSchema>;

/** One save of one question: its answer (null clears it), its flag, or both; `position` moves the resume point. */
export const saveItemSchema = z
  .object({
    response: responseSchema.nullable().optional(),
    flagged: z.boolean().optional(),
  })
  .refine((input) => input.response !== undefined || input.flagged !== undefined, "Send an answer or a flag.");
export type SaveItemInput = z.infer<typeof saveItemSchema>;

export const moveSchema = z.object({ position: z.number().int().min(0).max(999) });

export const positionParam = z.coerce.number().int().min(0).max(999);
export const attemptIdParam = z.string().regex(/^c[a-z0-9]{20,30}$/, "Attempt not found.");
