// Readiness: the probability of passing a real form of the exam, by Monte Carlo over the
// learner's abilities and by exact moments over the rest —
//   1. abilities: D joint draws of (θ₀, θ_1 … θ_K) from the posterior of ./skill-hierarchy.ts
//      (θ₀ by systematic sampling, then each θ_k given θ₀ and that area's answers);
//   2. the form and the answers: a real form draws each area's questions from the calibrated
//      bank by the blueprint, and each is right with P_j(θ_k); the number right over forms and
//      answers has the mean, variance and skew tabulated in ./exam-model.ts, and we take P(pass)
//      from them by the refined normal approximation — what drawing forms and answers infinitely
//      often would give, to within 0.01 at exam lengths (tested against literal draws,
//      ./simulate-sitting.ts);
//   3. the cut: τ integrated over its posterior at Q equal-probability points.
// Each ability draw's pass probability averages forms, answers and cut, so the 10th–90th
// percentile range over draws is the uncertainty that more answers would remove.

import type { Rng } from "../practice/random.ts";
import type { Ability } from "./ability.ts";
import { cutQuantiles, neededRight, type CutPosterior } from "./cut.ts";
import type { ExamModel } from "./exam-model.ts";
import { drawFromCdf, normalCdf, normalPdf, quantile } from "./numeric.ts";
import { applyRecalibration, IDENTITY, type Recalibration } from "./recalibration.ts";

export type ReadinessOptions = { draws?: number; cutPoints?: number; recalibration?: Recalibration };
export const DEFAULT_DRAWS = 500;
export const DEFAULT_CUT_POINTS = 7;

export type ReadinessDriver = {
  skillAreaKey: string;
  /** The area's share of a real form. */
  weight: number;
  /** Posterior mean ability in the area. */
  ability: number;
  /** Pass probability gained if this area's ability were at least the cut level: what the area costs now. */
  costInProbability: number;
};

export type ReadinessEstimate = {
  probability: number;
  /** 10th and 90th percentile of the pass probability over ability draws. */
  low: number;
  high: number;
  /** Every area, the costliest first. */
  drivers: ReadinessDriver[];
  /** The ability at which an even learner's expected score meets the median cut. */
  cutLevel: number;
};

export function computeReadiness(model: ExamModel, ability: Ability, cut: CutPosterior, rng: Rng, options: ReadinessOptions = {}): ReadinessEstimate {
  const draws = options.draws ?? DEFAULT_DRAWS;
  const areas = model.skillAreaKeys.length;
  const size = model.grid.points.length;
  const samples = drawAbilities(model, ability, draws, rng);
  const taus = cutQuantiles(cut, options.cutPoints ?? DEFAULT_CUT_POINTS);
  const n = model.questionCount;
  const needed = taus.map((tau) => neededRight(tau, n));
  const cutIndex = cutLevelIndex(model, taus[Math.floor(taus.length / 2)]!);
  const { moments } = model;

  const perDraw = new Float64Array(draws);
  const gains = new Float64Array(areas);
  for (let d = 0; d < draws; d++) {
    let mu = 0;
    let v = 0;
    let t = 0;
    for (let k = 0; k < areas; k++) {
      const at = (k * size + samples[d * areas + k]!) * 3;
      mu += moments[at]!;
      v += moments[at + 1]!;
      t += moments[at + 2]!;
    }
    const pass = passProbability(needed, n, mu, v, t);
    perDraw[d] = pass;
    for (let k = 0; k < areas; k++) {
      const g = samples[d * areas + k]!;
      if (g >= cutIndex) continue;
      const from = (k * size + g) * 3;
      const to = (k * size + cutIndex) * 3;
      const raised = passProbability(needed, n, mu - moments[from]! + moments[to]!, v - moments[from + 1]! + moments[to + 1]!, t - moments[from + 2]! + moments[to + 2]!);
      gains[k]! += (raised - pass) / draws;
    }
  }

  // The calibration line is monotone, so it maps the mean and the percentiles alike.
  const recalibration = options.recalibration ?? IDENTITY;
  const calibrated = (p: number) => applyRecalibration(p, recalibration);
  const sorted = Float64Array.from(perDraw).sort();
  const raw = perDraw.reduce((s, p) => s + p, 0) / draws;
  const probability = calibrated(raw);
  const means = new Map(ability.areas.map((a) => [a.key, a.mean]));
  const drivers = model.skillAreaKeys
    .map((key, k) => ({ skillAreaKey: key, weight: model.weights[k]!, ability: means.get(key) ?? 0, costInProbability: Math.max(0, calibrated(raw + gains[k]!) - probability) }))
    .sort((x, y) => y.costInProbability - x.costInProbability || y.weight - x.weight);
  return {
    probability,
    low: Math.min(probability, calibrated(quantile(sorted, 0.1))),
    high: Math.max(probability, calibrated(quantile(sorted, 0.9))),
    drivers,
    cutLevel: model.grid.points[cutIndex]!,
  };
}

/** survival[c] = P(at least c right on a real form), c = 0 … n + 1, over the ability posterior: what a reported result is judged against. */
export function predictScoreSurvival(model: ExamModel, ability: Ability, rng: Rng, options: ReadinessOptions = {}): Float64Array {
  const draws = options.draws ?? DEFAULT_DRAWS;
  const areas = model.skillAreaKeys.length;
  const size = model.grid.points.length;
  const samples = drawAbilities(model, ability, draws, rng);
  const n = model.questionCount;
  const survival = new Float64Array(n + 2);
  for (let d = 0; d < draws; d++) {
    let mu = 0;
    let v = 0;
    let t = 0;
    for (let k = 0; k < areas; k++) {
      const at = (k * size + samples[d * areas + k]!) * 3;
      mu += model.moments[at]!;
      v += model.moments[at + 1]!;
      t += model.moments[at + 2]!;
    }
    for (let c = 0; c <= n; c++) survival[c]! += atLeast(c, n, mu, v, t) / draws;
  }
  for (let c = 1; c <= n; c++) survival[c] = Math.min(survival[c]!, survival[c - 1]!);
  return survival;
}

/** P(pass) for fixed abilities (grid indices in the model's area order) and a needed number right. */
export function passProbabilityAt(model: ExamModel, gridIndices: readonly number[], needed: number): number {
  const size = model.grid.points.length;
  let mu = 0;
  let v = 0;
  let t = 0;
  gridIndices.forEach((g, k) => {
    const at = (k * size + g) * 3;
    mu += model.moments[at]!;
    v += model.moments[at + 1]!;
    t += model.moments[at + 2]!;
  });
  return atLeast(needed, model.questionCount, mu, v, t);
}

/** P(at least c right) for a count with these moments: refined normal approximation (continuity-corrected, skew term). */
export function atLeast(c: number, n: number, mu: number, variance: number, third: number): number {
  if (c <= 0) return 1;
  if (c > n) return 0;
  if (variance < 1e-12) return mu >= c - 0.5 ? 1 : 0;
  const sd = Math.sqrt(variance);
  const x = (c - 0.5 - mu) / sd;
  const skew = third / (variance * sd);
  const below = normalCdf(x) + (skew * (1 - x * x) * normalPdf(x)) / 6;
  return Math.min(1, Math.max(0, 1 - below));
}

function passProbability(needed: readonly number[], n: number, mu: number, v: number, t: number): number {
  let sum = 0;
  for (const c of needed) sum += atLeast(c, n, mu, v, t);
  return sum / needed.length;
}

/** draws × K grid indices, in the model's area order. */
function drawAbilities(model: ExamModel, ability: Ability, draws: number, rng: Rng): Int32Array {
  const { kernel, grid } = ability.hierarchy;
  if (grid.points.length !== model.grid.points.length || grid.points[0] !== model.grid.points[0] || grid.step !== model.grid.step) {
    throw new RangeError("the ability and the exam model must share one ability grid");
  }
  const size = grid.points.length;
  const abilityIndex = new Map(ability.skillAreaKeys.map((key, i) => [key, i]));
  const areaOrder = model.skillAreaKeys.map((key) => {
    const i = abilityIndex.get(key);
    if (i === undefined) throw new RangeError(`the ability has no estimate for skill area ${key}`);
    return i;
  });
  const overallCdf = cumulative(ability.posterior.overall);
  const conditional = new Map<number, Float64Array>();
  const conditionalCdf = (h: number, area: number) => {
    const key = h * 1024 + area;
    let cdf = conditional.get(key);
    if (!cdf) {
      const L = ability.posterior.likelihoods[area] ?? null;
      const weights = new Float64Array(size);
      for (let g = 0; g < size; g++) weights[g] = kernel[h * size + g]! * (L ? L[g]! : 1);
      cdf = cumulative(weights);
      conditional.set(key, cdf);
    }
    return cdf;
  };
  const samples = new Int32Array(draws * areaOrder.length);
  const offset = rng();
  for (let d = 0; d < draws; d++) {
    const h = drawFromCdf(overallCdf, (d + offset) / draws);
    areaOrder.forEach((area, k) => {
      samples[d * areaOrder.length + k] = drawFromCdf(conditionalCdf(h, area), rng());
    });
  }
  return samples;
}

/** The grid index where an even learner's expected number right first reaches τ·n. */
function cutLevelIndex(model: ExamModel, tau: number): number {
  const size = model.grid.points.length;
  for (let g = 0; g < size; g++) {
    let expected = 0;
    for (let k = 0; k < model.skillAreaKeys.length; k++) expected += model.moments[(k * size + g) * 3]!;
    if (expected >= tau * model.questionCount) return g;
  }
  return size - 1;
}

function cumulative(weights: Float64Array): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) out[i] = sum += weights[i]!;
  return out;
}
