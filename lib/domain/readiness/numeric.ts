// Numeric building blocks of the readiness model: a fixed ability grid, stable logistic
// functions, the normal distribution, and draws from a seeded uniform source.

import type { Rng } from "../practice/random.ts";

/** Ability points the posteriors live on. 41 points from −4 to 4 (step 0.2) cover any learner we can tell apart. */
export type ThetaGrid = { readonly points: Float64Array; readonly step: number };

export function thetaGrid(size = 41, min = -4, max = 4): ThetaGrid {
  if (!Number.isInteger(size) || size < 3 || !(max > min)) throw new RangeError(`a grid needs at least 3 points over a non-empty range`);
  const step = (max - min) / (size - 1);
  return { points: Float64Array.from({ length: size }, (_, i) => min + i * step), step };
}

export const DEFAULT_GRID = thetaGrid();

export function logistic(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** log σ(z) without overflow: log σ(−z) is the log-probability of a wrong answer. */
export function logSigmoid(z: number): number {
  return z >= 0 ? -Math.log1p(Math.exp(-z)) : z - Math.log1p(Math.exp(z));
}

/** 2PL: probability that a learner of ability θ answers an item (a, b) correctly. */
export function correctProbability(theta: number, a: number, b: number): number {
  return logistic(a * (theta - b));
}

export function normalPdf(x: number, mean = 0, sd = 1): number {
  const z = (x - mean) / sd;
  return Math.exp(-0.5 * z * z) / (sd * Math.sqrt(2 * Math.PI));
}

/** Φ(x) to about 1e-7 (erfc by W. J. Cody's rational Chebyshev fit as given in Numerical Recipes). */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const erfc =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/** A standard normal draw (Box–Muller; one of the pair is discarded to keep the stream simple). */
export function standardNormal(rng: Rng): number {
  const u = 1 - rng(); // (0, 1]: log stays finite
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** Normalises weights in place to sum to 1; returns the log of their sum before (−Infinity when all are 0). */
export function normaliseInPlace(weights: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += weights[i]!;
  if (sum > 0) for (let i = 0; i < weights.length; i++) weights[i]! /= sum;
  return Math.log(sum);
}

/** exp(log weights − max), normalised: a posterior from log-densities without underflow. */
export function softmax(logWeights: Float64Array): { probabilities: Float64Array; logSum: number } {
  let max = -Infinity;
  for (let i = 0; i < logWeights.length; i++) if (logWeights[i]! > max) max = logWeights[i]!;
  const probabilities = new Float64Array(logWeights.length);
  if (max === -Infinity) return { probabilities, logSum: -Infinity };
  for (let i = 0; i < logWeights.length; i++) probabilities[i] = Math.exp(logWeights[i]! - max);
  return { probabilities, logSum: normaliseInPlace(probabilities) + max };
}

export function meanAndSd(points: Float64Array, probabilities: Float64Array): { mean: number; sd: number } {
  let mean = 0;
  for (let i = 0; i < points.length; i++) mean += points[i]! * probabilities[i]!;
  let variance = 0;
  for (let i = 0; i < points.length; i++) variance += (points[i]! - mean) ** 2 * probabilities[i]!;
  return { mean, sd: Math.sqrt(variance) };
}

/** Index drawn from a cumulative distribution (last entry ≈ 1) by binary search. */
export function drawFromCdf(cdf: Float64Array, u: number, from = 0, to = cdf.length): number {
  let lo = from;
  let hi = to - 1;
  const total = cdf[to - 1]!;
  const target = u * total;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cdf[mid]! > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The q-quantile (0…1) of a sample, by linear interpolation between order statistics. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const lo = Math.floor(position);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (position - lo);
}
