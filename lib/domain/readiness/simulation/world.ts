// The synthetic world the readiness model is measured in: a question bank and a hidden pool of
// real-exam questions with known 2PL parameters, and learners with correlated per-area abilities
// who grow with practice, forget between sessions, and remember questions they have seen.

import type { SkillAreaWeight } from "../../practice/blueprint.ts";
import type { PoolQuestion } from "../../practice/pool.ts";
import type { Rng } from "../../practice/random.ts";
import { standardNormal } from "../numeric.ts";

/** AZ-204's outline and length (prisma/catalog/exams.yaml), the exam the simulator sits. */
export const SIMULATED_EXAM = {
  questionCount: 50,
  skillAreas: [
    { key: "compute", weightMin: 25, weightMax: 30 },
    { key: "storage", weightMin: 15, weightMax: 20 },
    { key: "security", weightMin: 15, weightMax: 20 },
    { key: "monitor", weightMin: 5, weightMax: 10 },
    { key: "connect", weightMin: 20, weightMax: 25 },
  ] satisfies SkillAreaWeight[],
};

export type TrueItem = PoolQuestion & { a: number; b: number };

export type LearnerTraits = {
  /** Starting ability per area, in SIMULATED_EXAM order. */
  base: number[];
  /** Share of the remaining headroom gained per answer in an area. */
  learningRate: number;
  /** Days for an area's gain to fall to 1/e without practice. */
  forgetDays: number;
  /** Chance of remembering a question's key right after seeing it; decays over MEMORY_DAYS. */
  memory: number;
  studyDays: number;
  /** Days between the last session and the real exam. */
  examDelayDays: number;
  targetAnswers: number;
};

/** Most a learner can gain in an area by practice, in logits. */
export const MAX_GAIN = 1.2;
export const MEMORY_DAYS = 10;
/** Where learners start relative to the bank's difficulty: below it, and they grow. */
export const START_MEAN = 0.6;

/** Questions per area: a ~ LogNormal(0, 0.3), b ~ N(shift, 1); the author's 1–5 rating is a noisy reading of b. */
export function makeItems(prefix: string, perArea: number, difficultyShift: number, rng: Rng): TrueItem[] {
  return SIMULATED_EXAM.skillAreas.flatMap(({ key }) =>
    Array.from({ length: perArea }, (_, i) => {
      const b = difficultyShift + standardNormal(rng);
      const authorRating = Math.round(3 + b / 0.6 + 0.8 * standardNormal(rng));
      return {
        id: `${prefix}-${key}-${String(i).padStart(3, "0")}`,
        skillAreaKey: key,
        type: "single" as const,
        difficulty: Math.min(5, Math.max(1, authorRating)),
        a: Math.exp(0.3 * standardNormal(rng)),
        b,
      };
    }),
  );
}

/** Knobs for sensitivity runs: scale growth and memory (1 = the defaults above). */
export type WorldOptions = { growth?: number; memory?: number };

export function makeLearner(rho: number, answers: { min: number; max: number }, rng: Rng, options: WorldOptions = {}): LearnerTraits {
  const overall = Math.sqrt(rho) * standardNormal(rng);
  const within = Math.sqrt(1 - rho);
  return {
    base: SIMULATED_EXAM.skillAreas.map(() => START_MEAN + overall + within * standardNormal(rng)),
    learningRate: (options.growth ?? 1) * 0.012 * Math.exp(0.5 * standardNormal(rng)),
    forgetDays: 45 * Math.exp(0.4 * standardNormal(rng)),
    memory: (options.memory ?? 1) * (0.3 + 0.5 * rng()),
    studyDays: 14 + rng() * 61,
    examDelayDays: 1 + rng() * 13,
    targetAnswers: Math.round(answers.min * Math.pow(answers.max / answers.min, rng())),
  };
}
