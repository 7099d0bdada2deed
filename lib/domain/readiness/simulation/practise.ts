// One synthetic learner's preparation, through the practice engine's real selection code
// (assembleQuiz / assembleExam), then the real exam on a hidden form with a hidden cut.

import { assembleExam, assembleQuiz } from "../../practice/assemble.ts";
import type { Rng } from "../../practice/random.ts";
import { SEED_LIMIT } from "../../practice/random.ts";
import { estimateScaledScore } from "../../practice/scaled-score.ts";
import type { GradedAnswer } from "../answers.ts";
import { neededRight } from "../cut.ts";
import { correctProbability } from "../numeric.ts";
import { MAX_GAIN, MEMORY_DAYS, SIMULATED_EXAM, type LearnerTraits, type TrueItem } from "./world.ts";

export const DAY_MS = 86_400_000;
export const SIMULATION_START = Date.UTC(2025, 0, 6);

export type SimulationAttempt = { mode: "EXAM" | "PRACTICE" | "DRILL" | "REVIEW"; at: number; right: number; total: number };

export type LearnerHistory = {
  answers: GradedAnswer[];
  attempts: SimulationAttempt[];
  examAt: number;
  passed: boolean;
  /** The real exam's scaled score (1–1000), as the learner would report it. */
  scaledScore: number;
  /** True abilities on the exam day, for diagnostics. */
  abilityAtExam: number[];
};

type Seen = { lastDay: number };

const EXAM_SHARE = 0.15;
const DRILL_SHARE = 0.2;
const REVIEW_SHARE = 0.1;
const QUIZ_SIZE = 10;

export function practiseAndSit(
  traits: LearnerTraits,
  bank: readonly TrueItem[],
  hidden: readonly TrueItem[],
  trueCut: number,
  rng: Rng,
): LearnerHistory {
  const areaKeys = SIMULATED_EXAM.skillAreas.map((a) => a.key);
  const areaOf = new Map(areaKeys.map((key, i) => [key, i]));
  const byId = new Map(bank.map((item) => [item.id, item]));
  const gain = areaKeys.map(() => 0);
  const seen = new Map<string, Seen>();
  const missed = new Set<string>();
  const tally = areaKeys.map(() => ({ right: 0, total: 0 }));
  const answers: GradedAnswer[] = [];
  const attempts: SimulationAttempt[] = [];
  const startDay = rng() * 60;
  const expectedSessions = Math.max(1, Math.round(traits.targetAnswers / (EXAM_SHARE * SIMULATED_EXAM.questionCount + (1 - EXAM_SHARE) * QUIZ_SIZE)));
  let day = startDay;
  let lastDay = startDay;
  let session = 0;

  const seed = () => Math.floor(rng() * SEED_LIMIT);
  while (answers.length < traits.targetAnswers) {
    day = startDay + (traits.studyDays * (session + rng())) / expectedSessions;
    for (let k = 0; k < gain.length; k++) gain[k]! *= Math.exp(-(day - lastDay) / traits.forgetDays);
    lastDay = day;
    session += 1;

    const left = traits.targetAnswers - answers.length;
    const roll = rng();
    const seenIds = [...seen.keys()];
    let mode: SimulationAttempt["mode"];
    let ids: string[];
    if (roll < EXAM_SHARE && left >= SIMULATED_EXAM.questionCount / 2) {
      mode = "EXAM";
      ids = assembleExam({ pool: bank, skillAreas: SIMULATED_EXAM.skillAreas, total: SIMULATED_EXAM.questionCount, seed: seed(), seenQuestionIds: seenIds }).items.map((i) => i.questionId);
    } else if (roll < EXAM_SHARE + DRILL_SHARE && answers.length > 0) {
      mode = "DRILL";
      const weakest = areaKeys[tally.reduce((best, t, k) => (rate(t) < rate(tally[best]!) ? k : best), 0)]!;
      ids = assembleQuiz({ pool: bank, total: Math.min(QUIZ_SIZE, left), seed: seed(), seenQuestionIds: seenIds, skillAreaKeys: [weakest] }).items.map((i) => i.questionId);
    } else if (roll < EXAM_SHARE + DRILL_SHARE + REVIEW_SHARE && missed.size > 0) {
      mode = "REVIEW";
      ids = assembleQuiz({ pool: bank, total: Math.min(QUIZ_SIZE, left), seed: seed(), seenQuestionIds: seenIds, only: "missed", missedQuestionIds: missed }).items.map((i) => i.questionId);
    } else {
      mode = "PRACTICE";
      ids = assembleQuiz({ pool: bank, total: Math.min(QUIZ_SIZE, left), seed: seed(), seenQuestionIds: seenIds }).items.map((i) => i.questionId);
    }

    let right = 0;
    ids.forEach((id, position) => {
      const item = byId.get(id)!;
      const k = areaOf.get(item.skillAreaKey)!;
      const before = seen.get(id);
      const remembered = before !== undefined && rng() < traits.memory * Math.exp(-(day - before.lastDay) / MEMORY_DAYS);
      const correct = remembered || rng() < correctProbability(traits.base[k]! + gain[k]!, item.a, item.b);
      answers.push({ itemId: id, correct, at: SIMULATION_START + Math.round(day * DAY_MS) + position * 60_000 });
      seen.set(id, { lastDay: day });
      if (correct) missed.delete(id);
      else missed.add(id);
      tally[k]!.total += 1;
      if (correct) tally[k]!.right += 1;
      right += correct ? 1 : 0;
      // Every mode shows the key and explanation (an exam simulation after submit): the learner learns either way.
      gain[k]! += traits.learningRate * (MAX_GAIN - gain[k]!);
    });
    attempts.push({ mode, at: SIMULATION_START + Math.round(day * DAY_MS), right, total: ids.length });
  }

  const examDay = lastDay + traits.examDelayDays;
  const abilityAtExam = traits.base.map((base, k) => base + gain[k]! * Math.exp(-(examDay - lastDay) / traits.forgetDays));
  const form = assembleExam({ pool: hidden, skillAreas: SIMULATED_EXAM.skillAreas, total: SIMULATED_EXAM.questionCount, seed: seed(), seenQuestionIds: [] });
  const hiddenById = new Map(hidden.map((item) => [item.id, item]));
  let right = 0;
  for (const { questionId } of form.items) {
    const item = hiddenById.get(questionId)!;
    if (rng() < correctProbability(abilityAtExam[areaOf.get(item.skillAreaKey)!]!, item.a, item.b)) right += 1;
  }
  const n = form.items.length;
  return {
    answers,
    attempts,
    examAt: SIMULATION_START + Math.round(examDay * DAY_MS),
    passed: right >= neededRight(trueCut, n),
    scaledScore: estimateScaledScore(right, n, { passMark: 700, rawCutPercent: trueCut * 100 }),
    abilityAtExam,
  };
}

function rate(t: { right: number; total: number }): number {
  return t.total === 0 ? 0.5 : t.right / t.total;
}
