import "server-only";
import { createRng, SEED_LIMIT } from "@/lib/domain/practice/random.ts";
import { estimateAbility } from "@/lib/domain/readiness/ability.ts";
import { DEFAULT_HALF_LIFE_DAYS, type ItemTally } from "@/lib/domain/readiness/answers.ts";
import { computeReadiness } from "@/lib/domain/readiness/readiness.ts";
import { insufficientData } from "@/lib/domain/readiness/status.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import type { ReadinessDto } from "./dto.ts";
import { getExamReadinessModel, type ExamReadinessModel } from "./exam-readiness-model.ts";
import { loadLearnerTallies } from "./load-graded-answers.ts";
import { loadStoredTallies } from "./question-tallies.ts";

/**
 * The learner's probability of passing the exam now, its range and drivers — or, below the
 * minimum number of answers, how many more are needed. Reads only this learner's tallies (one row
 * per question answered, kept up to date as answers are graded); the shared calibration behind it
 * carries no one else's data out.
 */
export async function getReadiness(prisma: PrismaClient, userId: string, examCode: string, now = new Date()): Promise<ReadinessDto> {
  const [model, stored] = await Promise.all([getExamReadinessModel(prisma, examCode), loadStoredTallies(prisma, userId, now, examCode)]);
  // As of a date before the learner's latest answer (the guarantee's real-exam day), from the answers themselves.
  const tallies =
    stored.latestAnswerAt <= now.getTime() ? (stored.byExam.get(examCode) ?? []) : await loadLearnerTallies(prisma, userId, examCode, now, DEFAULT_HALF_LIFE_DAYS);
  return readinessFromTallies(model, userId, tallies, now);
}

/**
 * The readiness figure from the learner's answers already tallied (DEFAULT_HALF_LIFE_DAYS, as of
 * `now`): for callers that load the tallies together with other per-question figures.
 */
export function readinessFromTallies(model: ExamReadinessModel, userId: string, tallies: Iterable<ItemTally>, now: Date): ReadinessDto {
  const examCode = model.examCode;
  const ability = estimateAbility({
    // In a fixed order: the sums over them round differently in another, and the Monte Carlo turns
    // those last bits into a visibly different figure — the order rows come out of a query depends
    // on its plan, and the dashboard and the guarantee page must show the same number.
    tallies: [...tallies].sort((a, b) => (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0)),
    items: model.calibration.items,
    skillAreaKeys: model.skillAreas.map((a) => a.key),
    rho: model.calibration.rho,
    repeatShift: model.calibration.repeatShift,
  });
  const names = new Map(model.skillAreas.map((a) => [a.key, a.name]));
  const perSkill = ability.areas.map((area) => ({
    key: area.key,
    name: names.get(area.key)!,
    abilityMean: area.mean,
    abilitySd: area.sd,
    answered: area.answered,
    correctRate: area.answered ? area.correct / area.answered : null,
  }));
  const computedAt = now.toISOString();

  const gate = insufficientData(ability.answered);
  if (gate) return { ...gate, examCode: model.examCode, perSkill, computedAt };

  // Seeded by who and how much, so the figure does not flicker between page loads.
  const estimate = computeReadiness(model.exam, ability, model.cut, createRng(seedFor(`${userId}|${examCode}|${ability.answered}|${model.builtAt}`)), {
    recalibration: model.recalibration,
  });
  return {
    status: "estimate",
    examCode: model.examCode,
    probability: estimate.probability,
    low: estimate.low,
    high: estimate.high,
    drivers: estimate.drivers.map((d) => ({ ...d, name: names.get(d.skillAreaKey)! })),
    perSkill,
    basedOnAnswers: ability.answered,
    computedAt,
  };
}

/** FNV-1a, folded into the seed range. */
function seedFor(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash % SEED_LIMIT;
}
