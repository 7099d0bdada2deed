// A learner's ability per skill area: the EAP (posterior mean on the grid) and posterior SD under
// the correlated-skills prior of ./skill-hierarchy.ts, from recency-weighted 2PL likelihoods.

import { DEFAULT_HALF_LIFE_DAYS, tallyAnswers, type GradedAnswer, type ItemTally } from "./answers.ts";
import { DEFAULT_GRID, logSigmoid, meanAndSd, type ThetaGrid } from "./numeric.ts";
import { combineSkills, hierarchy, type Hierarchy, type SkillPosterior } from "./skill-hierarchy.ts";

export type ItemParameters = { id: string; skillAreaKey: string; a: number; b: number };

type AbilityCommon = {
  items: ReadonlyMap<string, ItemParameters>;
  skillAreaKeys: readonly string[];
  rho: number;
  /** Logit bonus of a repeated question (remembered answers), from the calibration. */
  repeatShift: number;
  grid?: ThetaGrid;
};

/**
 * Either the graded answers, estimated as of `now` (later answers are ignored, older ones weigh
 * less), or the same already tallied per question (the database does it for a learner with many).
 */
export type AbilityInput = AbilityCommon & ({ answers: readonly GradedAnswer[]; now: number; halfLifeDays?: number } | { tallies: Iterable<ItemTally> });

export type AreaAbility = { key: string; mean: number; sd: number; answered: number; correct: number };

export type Ability = {
  skillAreaKeys: readonly string[];
  hierarchy: Hierarchy;
  posterior: SkillPosterior;
  areas: AreaAbility[];
  overall: { mean: number; sd: number };
  /** Answers to questions the model knows (up to `now`). */
  answered: number;
  correct: number;
};

export function estimateAbility(input: AbilityInput): Ability {
  const grid = input.grid ?? DEFAULT_GRID;
  const model = hierarchy(input.rho, grid);
  const size = grid.points.length;
  const areaIndex = new Map(input.skillAreaKeys.map((key, i) => [key, i]));
  const logLikelihoods: (Float64Array | null)[] = input.skillAreaKeys.map(() => null);
  const counts = input.skillAreaKeys.map(() => ({ answered: 0, correct: 0 }));
  const delta = input.repeatShift;

  const tallies = "tallies" in input ? input.tallies : tallyAnswers(input.answers, input.now, input.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS).values();
  for (const tally of tallies) {
    const item = input.items.get(tally.itemId);
    const k = item && areaIndex.get(item.skillAreaKey);
    if (item === undefined || k === undefined) continue;
    const logL = (logLikelihoods[k] ??= new Float64Array(size));
    counts[k]!.answered += tally.answered;
    counts[k]!.correct += tally.correct;
    for (let g = 0; g < size; g++) {
      const z = item.a * (grid.points[g]! - item.b);
      let sum = 0;
      if (tally.firstRight > 0) sum += tally.firstRight * logSigmoid(z);
      if (tally.firstWrong > 0) sum += tally.firstWrong * logSigmoid(-z);
      if (tally.repeatRight > 0) sum += tally.repeatRight * logSigmoid(z + delta);
      if (tally.repeatWrong > 0) sum += tally.repeatWrong * logSigmoid(-z - delta);
      logL[g]! += sum;
    }
  }

  const posterior = combineSkills(model, logLikelihoods);
  const areas = input.skillAreaKeys.map((key, k) => ({ key, ...meanAndSd(grid.points, posterior.areas[k]!), ...counts[k]! }));
  return {
    skillAreaKeys: input.skillAreaKeys,
    hierarchy: model,
    posterior,
    areas,
    overall: meanAndSd(grid.points, posterior.overall),
    answered: counts.reduce((s, c) => s + c.answered, 0),
    correct: counts.reduce((s, c) => s + c.correct, 0),
  };
}
