import "server-only";
import { z } from "zod";

// What a smart-practice attempt keeps in Attempt.settings: the reason for every pick and the
// estimates the plan was made from, so the learner can read later why each question came up.

const pickSchema = z.object({ questionId: z.string(), skillAreaKey: z.string(), reason: z.string() });
const estimateSchema = z.object({
  key: z.string(),
  name: z.string(),
  weightMin: z.number(),
  weightMax: z.number(),
  answered: z.number(),
  correct: z.number(),
  accuracy: z.number(),
  level: z.number(),
  need: z.number(),
});
const smartSettingsSchema = z.object({ picks: z.array(pickSchema), estimates: z.array(estimateSchema) });

export type SmartPickRecord = z.infer<typeof pickSchema>;
export type SmartEstimateRecord = z.infer<typeof estimateSchema>;

export function smartPicksOf(settings: unknown): SmartPickRecord[] {
  return smartSettingsOf(settings)?.picks ?? [];
}

export function smartSettingsOf(settings: unknown): z.infer<typeof smartSettingsSchema> | null {
  const parsed = smartSettingsSchema.safeParse(settings);
  return parsed.success ? parsed.data : null;
}
