// Smart practice: picks questions one after another where each helps most. The next question comes
// from the area with the largest need (share of the exam × expected misses), discounted by the
// questions already picked from it (need ÷ (1 + picked), as seats are apportioned), so a session
// leans on the weakest heavy area without ignoring the rest. Within the area it takes the question
// whose difficulty is nearest the learner's level there — where an answer tells most — preferring
// questions not seen before and avoiding ones answered in the last day.

import type { PoolQuestion } from "../practice/pool.ts";
import { canonicalPool, compareIds } from "../practice/pool.ts";
import type { Rng } from "../practice/random.ts";
import { estimateSkills, type GradedAnswer, type SkillAreaWeight, type SkillEstimate } from "./estimate-skills.ts";

/** A seen question must be this many difficulty steps nearer the level to beat an unseen one. */
export const SEEN_PENALTY = 1.5;
/** …and one answered recently this many more. */
export const RECENT_PENALTY = 4;

export type PlanInput = {
  areas: readonly SkillAreaWeight[];
  /** The learner's graded answers in this exam, newest first. */
  answers: readonly GradedAnswer[];
  pool: readonly PoolQuestion[];
  seenQuestionIds: Iterable<string>;
  recentQuestionIds: Iterable<string>;
  count: number;
  rng: Rng;
};

export type SmartPick = {
  questionId: string;
  skillAreaKey: string;
  difficulty: number;
  seen: boolean;
  /** 1 = the area in most need when the session was planned. */
  areaRank: number;
  /** How many questions of this area were picked before this one. */
  pickedBefore: number;
  estimate: SkillEstimate;
};

export function planSmartSession(input: PlanInput): { picks: SmartPick[]; estimates: SkillEstimate[] } {
  if (!Number.isSafeInteger(input.count) || input.count < 0) throw new RangeError(`count must be a non-negative integer, got ${input.count}`);
  const estimates = estimateSkills(input.areas, input.answers);
  const ranked = [...estimates].sort(byNeed);
  const rankOf = new Map(ranked.map((e, i) => [e.key, i + 1]));
  const seen = new Set(input.seenQuestionIds);
  const recent = new Set(input.recentQuestionIds);

  // Each area's candidates, best first: nearest the level, unseen and not recent first, random among equals.
  const pool = canonicalPool(input.pool);
  const candidates = new Map<string, PoolQuestion[]>();
  for (const estimate of estimates) {
    const scored = pool
      .filter((q) => q.skillAreaKey === estimate.key)
      .map((q) => ({ q, score: Math.abs(q.difficulty - estimate.level) + (seen.has(q.id) ? SEEN_PENALTY : 0) + (recent.has(q.id) ? RECENT_PENALTY : 0), tie: input.rng() }))
      .sort((a, b) => a.score - b.score || a.tie - b.tie);
    candidates.set(estimate.key, scored.map((s) => s.q));
  }

  const picked = new Map(estimates.map((e) => [e.key, 0]));
  const picks: SmartPick[] = [];
  while (picks.length < input.count) {
    const open = ranked.filter((e) => candidates.get(e.key)!.length > picked.get(e.key)!);
    if (open.length === 0) break;
    const area = open.reduce((best, e) => (priority(e, picked) > priority(best, picked) ? e : best));
    const before = picked.get(area.key)!;
    const question = candidates.get(area.key)![before]!;
    picked.set(area.key, before + 1);
    picks.push({
      questionId: question.id,
      skillAreaKey: area.key,
      difficulty: question.difficulty,
      seen: seen.has(question.id),
      areaRank: rankOf.get(area.key)!,
      pickedBefore: before,
      estimate: area,
    });
  }
  return { picks, estimates };
}

function priority(estimate: SkillEstimate, picked: ReadonlyMap<string, number>): number {
  return estimate.need / (1 + picked.get(estimate.key)!);
}

/** Most need first; equal need goes to the heavier area, then by key so the order is stable. */
function byNeed(a: SkillEstimate, b: SkillEstimate): number {
  return b.need - a.need || b.share - a.share || compareIds(a.key, b.key);
}
