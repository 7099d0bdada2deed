// The real exam as the readiness model sees it: the form length, each skill area's share of a
// form (the outline's weight midpoints, normalised, rounded by largest remainder exactly as exam
// simulations are assembled), and the calibrated questions a form of each area is drawn from.
//
// A real form takes n_k of an area's m_k questions at random, and each is answered right with
// P_j(θ). The number right in the area then has, over forms and answers,
//   mean     n_k · p̄
//   variance n_k · mean(P(1−P)) + n_k · var(P) · (m_k − n_k)/(m_k − 1)   (answers, then which questions)
//   skew     n_k · mean(P(1−P)(1−2P))                                     (of the answers)
// with p̄, var(P) … over the area's pool. These are tabulated once per calibration on the ability
// grid, so a readiness figure needs no form draws of its own (see ./readiness.ts).

import { countsPerSkillArea, type SkillAreaWeight } from "../practice/blueprint.ts";
import type { ItemParameters } from "./ability.ts";
import { DEFAULT_GRID, logistic, type ThetaGrid } from "./numeric.ts";

export type ExamBlueprint = { questionCount: number; skillAreas: readonly SkillAreaWeight[] };

export type AreaPool = { a: Float64Array; b: Float64Array };

export type ExamModel = {
  skillAreaKeys: readonly string[];
  /** Normalised weight-range midpoints, summing to 1. */
  weights: Float64Array;
  /** Questions of each area on a form, summing to `questionCount`. */
  counts: Int32Array;
  questionCount: number;
  pools: AreaPool[];
  grid: ThetaGrid;
  /** (k·G + g)·3 → mean, variance and third central moment of the number right in area k at θ_g. */
  moments: Float64Array;
};

/** An area with no question in the bank yet is drawn from one average question (a = 1, b = 0). */
const PLACEHOLDER: AreaPool = { a: Float64Array.of(1), b: Float64Array.of(0) };

export function buildExamModel(blueprint: ExamBlueprint, items: Iterable<ItemParameters>, grid: ThetaGrid = DEFAULT_GRID): ExamModel {
  const keys = blueprint.skillAreas.map((a) => a.key);
  const counts = Int32Array.from(countsPerSkillArea(blueprint.skillAreas, blueprint.questionCount), (c) => c.count);
  const midpoints = blueprint.skillAreas.map((a) => a.weightMin + a.weightMax);
  const total = midpoints.reduce((s, m) => s + m, 0);
  const byArea = new Map<string, ItemParameters[]>(keys.map((key) => [key, []]));
  for (const item of items) byArea.get(item.skillAreaKey)?.push(item);
  const pools = keys.map((key) => {
    const list = byArea.get(key)!.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    return list.length === 0 ? PLACEHOLDER : { a: Float64Array.from(list, (i) => i.a), b: Float64Array.from(list, (i) => i.b) };
  });
  return {
    skillAreaKeys: keys,
    weights: Float64Array.from(midpoints, (m) => m / total),
    counts,
    questionCount: blueprint.questionCount,
    pools,
    grid,
    moments: tabulateMoments(pools, counts, grid),
  };
}

function tabulateMoments(pools: readonly AreaPool[], counts: Int32Array, grid: ThetaGrid): Float64Array {
  const size = grid.points.length;
  const moments = new Float64Array(pools.length * size * 3);
  pools.forEach((pool, k) => {
    const m = pool.a.length;
    const n = counts[k]!;
    const correction = n >= m ? 1 : (m - n) / (m - 1);
    for (let g = 0; g < size; g++) {
      let sumP = 0;
      let sumP2 = 0;
      let sumPQ = 0;
      let sumSkew = 0;
      for (let j = 0; j < m; j++) {
        const p = logistic(pool.a[j]! * (grid.points[g]! - pool.b[j]!));
        sumP += p;
        sumP2 += p * p;
        sumPQ += p * (1 - p);
        sumSkew += p * (1 - p) * (1 - 2 * p);
      }
      const mean = sumP / m;
      const spread = Math.max(0, sumP2 / m - mean * mean);
      const at = (k * size + g) * 3;
      moments[at] = n * mean;
      moments[at + 1] = n * (sumPQ / m) + n * spread * correction;
      moments[at + 2] = n * (sumSkew / m);
    }
  });
  return moments;
}
