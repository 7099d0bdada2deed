// Assembles a timed exam simulation: a blueprint-weighted form like the real exam's.
//
// How a case study is charged against the blueprint: each of its questions counts against its
// own skill area, and the block comes whole or not at all. A block may push an area above its
// blueprint count, but never above the outline's maximum weight for that area (nor the form
// above its total); the areas it overshoots then take no single questions, and the rest of the
// form is shared out again over the other areas by their weights (largest remainder), so the
// total stays exact and every area stays as close to the outline as the block allows.

import type { QuestionType } from "../questions/content.ts";
import { countsAfterCharges, countsPerSkillArea, type SkillAreaWeight } from "./blueprint.ts";
import {
  assertDifficulty,
  assertTotal,
  canonicalPool,
  caseStudyOf,
  groupBy,
  inDifficulty,
  rankByPreference,
  type AssembledItem,
  type AssemblyResult,
  type DifficultyRange,
  type PoolQuestion,
  type Shortfall,
} from "./pool.ts";
import { createRng, shuffle } from "./random.ts";

/** The real associate and expert exams usually carry one case study; AZ-900 has none in its bank. */
export const DEFAULT_MAX_CASE_STUDIES = 1;

export type ExamFilters = { difficulty?: DifficultyRange; types?: readonly QuestionType[] };

export type AssembleExamInput = {
  pool: readonly PoolQuestion[];
  skillAreas: readonly SkillAreaWeight[];
  total: number;
  seed: number;
  seenQuestionIds: Iterable<string>;
  filters?: ExamFilters;
  maxCaseStudies?: number;
};

type Block = { caseStudyId: string; questions: PoolQuestion[] };
type Bank = {
  skillAreas: readonly SkillAreaWeight[];
  singles: Map<string, PoolQuestion[]>;
  blocks: Block[];
  seen: ReadonlySet<string>;
  maxCaseStudies: number;
  size: number;
};
type Form = { items: AssembledItem[]; shortfall: Shortfall[] };

/**
 * Never throws for a thin bank: when it cannot fill `total` to the blueprint, `shortfall` names
 * the areas (as they were at the requested total) and `items` is the form at the largest
 * smaller total it can fill — the same form `assembleExam` returns when asked for that total.
 */
export function assembleExam(input: AssembleExamInput): AssemblyResult {
  assertTotal(input.total);
  const bank = prepareBank(input);
  const requested = buildForm(bank, input.total, input.seed);
  if (requested.shortfall.length === 0) return { ...requested, nearestPossibleTotal: input.total };
  // Rounding can make a smaller form fail where a larger one fits, so search downwards instead of bisecting.
  for (let total = Math.min(input.total - 1, bank.size); total > 0; total--) {
    const form = buildForm(bank, total, input.seed);
    if (form.shortfall.length === 0) return { items: form.items, shortfall: requested.shortfall, nearestPossibleTotal: total };
  }
  return { items: [], shortfall: requested.shortfall, nearestPossibleTotal: 0 };
}

function prepareBank(input: AssembleExamInput): Bank {
  const maxCaseStudies = input.maxCaseStudies ?? DEFAULT_MAX_CASE_STUDIES;
  if (!Number.isSafeInteger(maxCaseStudies) || maxCaseStudies < 0) throw new RangeError(`maxCaseStudies must be a non-negative integer`);
  countsPerSkillArea(input.skillAreas, 0); // validates the outline even when the form is empty
  assertDifficulty(input.filters?.difficulty);

  const known = new Set(input.skillAreas.map((a) => a.key));
  const types = input.filters?.types ? new Set<QuestionType>(input.filters.types) : undefined;
  const eligible = canonicalPool(input.pool).filter(
    (q) => known.has(q.skillAreaKey) && inDifficulty(q, input.filters?.difficulty) && (types === undefined || types.has(q.type)),
  );
  const blocks = [...groupBy(eligible.filter((q) => caseStudyOf(q) !== undefined), (q) => caseStudyOf(q)!)].map(
    ([caseStudyId, questions]) => ({ caseStudyId, questions }),
  );
  return {
    skillAreas: input.skillAreas,
    singles: groupBy(
      eligible.filter((q) => caseStudyOf(q) === undefined),
      (q) => q.skillAreaKey,
    ),
    blocks,
    seen: new Set(input.seenQuestionIds),
    maxCaseStudies,
    size: eligible.length,
  };
}

function buildForm(bank: Bank, total: number, seed: number): Form {
  const rng = createRng(seed);
  // The preference draws come first and never depend on `total`, so forms of neighbouring totals
  // from one seed share most of their questions.
  const blocks = rankByPreference(bank.blocks, (b) => b.questions.some((q) => bank.seen.has(q.id)), rng);
  const singles = new Map(
    bank.skillAreas.map((a) => [a.key, rankByPreference(bank.singles.get(a.key) ?? [], (q) => bank.seen.has(q.id), rng)]),
  );

  const targets = new Map(countsPerSkillArea(bank.skillAreas, total).map((c) => [c.key, c.count]));
  const caps = new Map(
    bank.skillAreas.map((a) => [a.key, Math.max(targets.get(a.key)!, Math.ceil((a.weightMax * total) / 100))]),
  );
  const { chosen, charged } = chooseBlocks(blocks, caps, total, bank.maxCaseStudies);
  const counts = countsAfterCharges(bank.skillAreas, total, charged);

  const shortfall: Shortfall[] = [];
  const main: PoolQuestion[] = [];
  for (const { key } of bank.skillAreas) {
    const fromBlocks = charged.get(key) ?? 0;
    const wanted = counts.get(key)!;
    const ranked = singles.get(key)!;
    if (ranked.length < wanted - fromBlocks) shortfall.push({ skillAreaKey: key, wanted, available: fromBlocks + ranked.length });
    main.push(...ranked.slice(0, wanted - fromBlocks));
  }
  const items: AssembledItem[] = [
    ...shuffle(main, rng).map((q) => ({ questionId: q.id, section: "main" as const })),
    ...chosen.flatMap((b) => b.questions.map((q) => ({ questionId: q.id, section: "case-study" as const, caseStudyId: b.caseStudyId }))),
  ];
  return { items, shortfall };
}

/** Takes blocks in preference order while they fit the form and every area's cap. */
function chooseBlocks(ranked: readonly Block[], caps: ReadonlyMap<string, number>, total: number, max: number) {
  const chosen: Block[] = [];
  const charged = new Map<string, number>();
  let size = 0;
  for (const block of ranked) {
    if (chosen.length >= max) break;
    if (size + block.questions.length > total) continue;
    const perArea = groupBy(block.questions, (q) => q.skillAreaKey);
    const fits = [...perArea].every(([key, qs]) => (charged.get(key) ?? 0) + qs.length <= caps.get(key)!);
    if (!fits) continue;
    chosen.push(block);
    size += block.questions.length;
    for (const [key, qs] of perArea) charged.set(key, (charged.get(key) ?? 0) + qs.length);
  }
  return { chosen, charged };
}
