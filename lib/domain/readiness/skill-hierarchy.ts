// Skills correlate: a learner strong in one area is usually strong in the others. We model each
// area's ability as the learner's overall ability plus an area-specific part,
//   θ₀ ~ N(0, ρ),  θ_k | θ₀ ~ N(θ₀, 1 − ρ),
// so every θ_k is N(0, 1) across learners and any two areas correlate with ρ. Given the answers'
// likelihood L_k(θ) in each area, everything below is exact on the grid:
//   p(θ₀ | data) ∝ N(θ₀; 0, ρ) · Π_k m_k(θ₀),   m_k(θ₀) = Σ_g N(θ_g; θ₀, 1 − ρ) L_k(θ_g)
//   p(θ_k | data) ∝ L_k(θ_k) · Σ_h N(θ_k; θ₀h, 1 − ρ) · N(θ₀h; 0, ρ) · Π_{j≠k} m_j(θ₀h)
// An area with few answers borrows strength through θ₀ from the others; an area with many is
// dominated by its own answers.

import { DEFAULT_GRID, normalPdf, softmax, type ThetaGrid } from "./numeric.ts";

export type Hierarchy = {
  readonly grid: ThetaGrid;
  readonly rho: number;
  /** kernel[h·G + g] = p(θ_k = θ_g | θ₀ = θ_h), each row summing to 1. */
  readonly kernel: Float64Array;
  /** Row h of the kernel is negligible (< 1e-9 of its peak) outside bandFrom[h] … bandTo[h] − 1. */
  readonly bandFrom: Int32Array;
  readonly bandTo: Int32Array;
  readonly logPrior0: Float64Array;
};

export type SkillPosterior = {
  /** p(θ₀ | data) on the grid. */
  overall: Float64Array;
  /** p(θ_k | data) per area on the grid, in the order of the likelihoods given. */
  areas: Float64Array[];
  /** log p(data) up to the constant of the likelihoods' scaling; compares values of ρ. */
  logMarginal: number;
  /** L_k(θ) scaled to a maximum of 1 (null: no answers), for drawing θ_k given θ₀. */
  likelihoods: (Float64Array | null)[];
};

const cache = new Map<string, Hierarchy>();

export function hierarchy(rho: number, grid: ThetaGrid = DEFAULT_GRID): Hierarchy {
  if (!(rho > 0 && rho < 1)) throw new RangeError(`the skill correlation must be inside (0, 1), got ${rho}`);
  const key = `${rho}:${grid.points.length}:${grid.points[0]}:${grid.step}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const size = grid.points.length;
  const kernel = new Float64Array(size * size);
  const within = Math.sqrt(1 - rho);
  for (let h = 0; h < size; h++) {
    let sum = 0;
    for (let g = 0; g < size; g++) sum += kernel[h * size + g] = normalPdf(grid.points[g]!, grid.points[h]!, within);
    for (let g = 0; g < size; g++) kernel[h * size + g]! /= sum;
  }
  const bandFrom = new Int32Array(size);
  const bandTo = new Int32Array(size);
  for (let h = 0; h < size; h++) {
    let from = 0;
    const peak = Math.max(...kernel.subarray(h * size, (h + 1) * size));
    while (from < size - 1 && kernel[h * size + from]! < 1e-9 * peak) from++;
    let to = size;
    while (to > from + 1 && kernel[h * size + to - 1]! < 1e-9 * peak) to--;
    bandFrom[h] = from;
    bandTo[h] = to;
  }
  const prior = Float64Array.from(grid.points, (x) => normalPdf(x, 0, Math.sqrt(rho)));
  const priorSum = prior.reduce((s, p) => s + p, 0);
  const built: Hierarchy = { grid, rho, kernel, bandFrom, bandTo, logPrior0: prior.map((p) => Math.log(p / priorSum)) };
  if (cache.size > 64) cache.clear();
  cache.set(key, built);
  return built;
}

/** log p(data) alone — what choosing ρ by marginal likelihood needs, without the per-area posteriors. */
export function logMarginal(model: Hierarchy, logLikelihoods: readonly (Float64Array | null)[]): number {
  const size = model.grid.points.length;
  const log0 = Float64Array.from(model.logPrior0);
  let shifts = 0;
  const L = new Float64Array(size);
  for (const logL of logLikelihoods) {
    if (!logL) continue;
    let max = -Infinity;
    for (let g = 0; g < size; g++) if (logL[g]! > max) max = logL[g]!;
    shifts += max;
    for (let g = 0; g < size; g++) L[g] = Math.exp(logL[g]! - max);
    for (let h = 0; h < size; h++) {
      let m = 0;
      const row = h * size;
      for (let g = model.bandFrom[h]!; g < model.bandTo[h]!; g++) m += model.kernel[row + g]! * L[g]!;
      log0[h]! += Math.log(m);
    }
  }
  return softmax(log0).logSum + shifts;
}

/**
 * Combines per-area log-likelihoods on the grid (null: no answers in that area) into the overall
 * and per-area posteriors. Each log-likelihood may be shifted by any constant.
 */
export function combineSkills(model: Hierarchy, logLikelihoods: readonly (Float64Array | null)[], options: { skipEmptyAreas?: boolean } = {}): SkillPosterior {
  const size = model.grid.points.length;
  const areaCount = logLikelihoods.length;
  const likelihoods: (Float64Array | null)[] = [];
  const logM: (Float64Array | null)[] = [];
  let shifts = 0;
  for (const logL of logLikelihoods) {
    if (!logL) {
      likelihoods.push(null);
      logM.push(null);
      continue;
    }
    let max = -Infinity;
    for (let g = 0; g < size; g++) if (logL[g]! > max) max = logL[g]!;
    shifts += max;
    const L = new Float64Array(size);
    for (let g = 0; g < size; g++) L[g] = Math.exp(logL[g]! - max);
    const lm = new Float64Array(size);
    for (let h = 0; h < size; h++) {
      let m = 0;
      const row = h * size;
      for (let g = model.bandFrom[h]!; g < model.bandTo[h]!; g++) m += model.kernel[row + g]! * L[g]!;
      lm[h] = Math.log(m);
    }
    likelihoods.push(L);
    logM.push(lm);
  }

  const log0 = Float64Array.from(model.logPrior0);
  for (const lm of logM) if (lm) for (let h = 0; h < size; h++) log0[h]! += lm[h]!;
  const { probabilities: overall, logSum } = softmax(log0);

  const areas: Float64Array[] = [];
  for (let k = 0; k < areaCount; k++) {
    const L = likelihoods[k];
    if (!L && options.skipEmptyAreas) {
      areas.push(overall);
      continue;
    }
    if (!L) {
      // No answers here: the area's posterior is the overall one spread by the within-learner variance.
      areas.push(spread(model, overall));
      continue;
    }
    // The cavity: what the other areas and the prior say about θ₀.
    const cavityLog = Float64Array.from(model.logPrior0);
    for (let j = 0; j < areaCount; j++) {
      const lm = logM[j];
      if (j !== k && lm) for (let h = 0; h < size; h++) cavityLog[h]! += lm[h]!;
    }
    const cavity = softmax(cavityLog).probabilities;
    const post = spread(model, cavity);
    let sum = 0;
    for (let g = 0; g < size; g++) sum += post[g] = post[g]! * L[g]!;
    for (let g = 0; g < size; g++) post[g]! /= sum;
    areas.push(post);
  }
  return { overall, areas, logMarginal: logSum + shifts, likelihoods };
}

/** Σ_h kernel[h, ·] · weights[h]: the distribution of θ_k when θ₀ is distributed as `weights`. */
function spread(model: Hierarchy, weights: Float64Array): Float64Array {
  const size = model.grid.points.length;
  const out = new Float64Array(size);
  for (let h = 0; h < size; h++) {
    const w = weights[h]!;
    if (w < 1e-15) continue;
    const row = h * size;
    for (let g = model.bandFrom[h]!; g < model.bandTo[h]!; g++) out[g]! += w * model.kernel[row + g]!;
  }
  return out;
}
