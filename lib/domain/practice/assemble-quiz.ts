// Assembles an untimed quiz — practice, skill-area drill, custom quiz, review of missed questions.
// No blueprint: the quiz is spread evenly over the chosen skill areas, and an area without enough
// questions leaves its places to the others. A case study drawn into the quiz comes whole (in the
// case-study section) when all its eligible questions fit the areas' places; otherwise the
// questions drawn come singly, each still carrying its case study so the scenario is shown.

import {
  assertDifficulty,
  assertTotal,
  canonicalPool,
  caseStudyOf,
  compareIds,
  groupBy,
  inDifficulty,
  rankByPreference,
  type AssembledItem,
  type AssemblyResult,
  type DifficultyRange,
  type PoolQuestion,
  type Shortfall,
} from "./pool.ts";
import { createRng, shuffle, type Rng } from "./random.ts";

export type AssembleQuizInput = {
  pool: readonly PoolQuestion[];
  total: number;
  seed: number;
  seenQuestionIds: Iterable<string>;
  /** Default: every area with an eligible question, in key order. Earlier areas take the remainder of an uneven split. */
  skillAreaKeys?: readonly string[];
  difficulty?: DifficultyRange;
  only?: "unseen" | "missed";
  /** Required with `only: "missed"`. */
  missedQuestionIds?: Iterable<string>;
};

/**
 * `items` holds min(total, eligible questions); `shortfall` names the areas holding fewer than
 * their even share (others made up for them when they could), and `nearestPossibleTotal` is
 * below `total` only when the filters leave too few questions overall.
 */
export function assembleQuiz(input: AssembleQuizInput): AssemblyResult {
  assertTotal(input.total);
  assertDifficulty(input.difficulty);
  if (input.only === "missed" && input.missedQuestionIds === undefined) throw new TypeError(`only: "missed" needs missedQuestionIds`);
  const seen = new Set(input.seenQuestionIds);
  const missed = new Set(input.missedQuestionIds ?? []);

  const filtered = canonicalPool(input.pool).filter(
    (q) =>
      inDifficulty(q, input.difficulty) &&
      (input.only !== "unseen" || !seen.has(q.id)) &&
      (input.only !== "missed" || missed.has(q.id)),
  );
  const areas = [...new Set(input.skillAreaKeys ?? filtered.map((q) => q.skillAreaKey).sort(compareIds))];
  const inAreas = new Set(areas);
  const eligible = filtered.filter((q) => inAreas.has(q.skillAreaKey));
  const byArea = groupBy(eligible, (q) => q.skillAreaKey);

  const rng = createRng(input.seed);
  const ranked = new Map(areas.map((key) => [key, rankByPreference(byArea.get(key) ?? [], (q) => seen.has(q.id), rng)]));
  const available = new Map(areas.map((key) => [key, ranked.get(key)!.length]));
  const quotas = evenQuotas(areas, available, input.total);
  const wanted = evenSplit(areas, input.total);
  const shortfall: Shortfall[] = areas
    .filter((key) => available.get(key)! < wanted.get(key)!)
    .map((key) => ({ skillAreaKey: key, wanted: wanted.get(key)!, available: available.get(key)! }));

  const drawn = areas.flatMap((key) => ranked.get(key)!.slice(0, quotas.get(key)!));
  const blocks = wholeCaseStudies(drawn, eligible, quotas, rng);
  const inBlocks = new Set(blocks.flatMap((b) => b.questions.map((q) => q.id)));
  const blockCount = new Map<string, number>();
  for (const q of blocks.flatMap((b) => b.questions)) blockCount.set(q.skillAreaKey, (blockCount.get(q.skillAreaKey) ?? 0) + 1);
  const singles = areas.flatMap((key) =>
    ranked
      .get(key)!
      .filter((q) => !inBlocks.has(q.id))
      .slice(0, quotas.get(key)! - (blockCount.get(key) ?? 0)),
  );

  const items: AssembledItem[] = [
    ...shuffle(singles, rng).map((q) => withCaseStudy({ questionId: q.id, section: "main" }, caseStudyOf(q))),
    ...blocks.flatMap((b) => b.questions.map((q) => ({ questionId: q.id, section: "case-study" as const, caseStudyId: b.caseStudyId }))),
  ];
  return { items, shortfall, nearestPossibleTotal: items.length };
}

type Block = { caseStudyId: string; questions: PoolQuestion[] };

/**
 * The case studies among the drawn questions whose every eligible question fits the areas'
 * places, taken in a seeded order; each one taken displaces the lowest-ranked singles of its areas.
 */
function wholeCaseStudies(drawn: readonly PoolQuestion[], eligible: readonly PoolQuestion[], quotas: ReadonlyMap<string, number>, rng: Rng): Block[] {
  const members = groupBy(
    eligible.filter((q) => caseStudyOf(q) !== undefined),
    (q) => caseStudyOf(q)!,
  );
  const involved = [...new Set(drawn.flatMap((q) => caseStudyOf(q) ?? []))].sort(compareIds);
  const locked = new Map<string, number>();
  const blocks: Block[] = [];
  for (const caseStudyId of shuffle(involved, rng)) {
    const questions = members.get(caseStudyId)!;
    const perArea = groupBy(questions, (q) => q.skillAreaKey);
    if (![...perArea].every(([key, qs]) => (locked.get(key) ?? 0) + qs.length <= quotas.get(key)!)) continue;
    for (const [key, qs] of perArea) locked.set(key, (locked.get(key) ?? 0) + qs.length);
    blocks.push({ caseStudyId, questions });
  }
  return blocks;
}

/** Even shares capped by what each area has; the places an area cannot fill go to the others. */
export function evenQuotas(areas: readonly string[], available: ReadonlyMap<string, number>, total: number): Map<string, number> {
  const quotas = new Map(areas.map((key) => [key, 0]));
  let open = areas.filter((key) => (available.get(key) ?? 0) > 0);
  let remaining = Math.min(total, open.reduce((s, key) => s + available.get(key)!, 0));
  while (remaining > 0) {
    const share = Math.floor(remaining / open.length);
    const capped = open.filter((key) => available.get(key)! <= share);
    if (capped.length > 0) {
      for (const key of capped) {
        quotas.set(key, available.get(key)!);
        remaining -= available.get(key)!;
      }
      open = open.filter((key) => !capped.includes(key));
      continue;
    }
    let extra = remaining - share * open.length;
    for (const key of open) quotas.set(key, share + (extra-- > 0 ? 1 : 0));
    remaining = 0;
  }
  return quotas;
}

function evenSplit(areas: readonly string[], total: number): Map<string, number> {
  const share = areas.length === 0 ? 0 : Math.floor(total / areas.length);
  const extra = total - share * areas.length;
  return new Map(areas.map((key, i) => [key, share + (i < extra ? 1 : 0)]));
}

function withCaseStudy(item: AssembledItem, caseStudyId: string | undefined): AssembledItem {
  return caseStudyId === undefined ? item : { ...item, caseStudyId };
}
