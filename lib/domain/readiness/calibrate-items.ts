// Batch calibration of every question's 2PL parameters from all learners' answers: marginal
// maximum a posteriori by EM on the ability grid (Bock & Aitkin 1981, with priors — Mislevy 1986).
//
//   E-step: per learner, the posterior of each area's ability θ_k on the grid under the
//           correlated-skills prior (./skill-hierarchy.ts), given the current item parameters;
//           every answer adds its learner's posterior to its item's expected counts per grid point.
//   M-step: per item, Fisher scoring of (log a, b) on those expected counts plus the item's prior
//           (./item-prior.ts); the repeat bonus δ and the skill correlation ρ are global.
//
// Answers are not recency-weighted here: an item's difficulty does not change as learners do.
// A learner's ability is taken as constant over their history, which blurs growth into the
// ability spread; docs/readiness.md measures what that costs.

import type { ItemParameters } from "./ability.ts";
import { itemPrior, type ItemPrior } from "./item-prior.ts";
import { logSigmoid, logistic, thetaGrid, type ThetaGrid } from "./numeric.ts";
import { combineSkills, hierarchy, logMarginal } from "./skill-hierarchy.ts";

export type CalibrationItem = { id: string; skillAreaKey: string; authorDifficulty: number };
export type CalibrationResponse = { learnerId: string; itemId: string; correct: boolean; at: number };

export type CalibratedItem = ItemParameters & {
  /** All graded answers, and learners who answered it (their first answers). */
  answers: number;
  learners: number;
  prior: ItemPrior;
};

export type Calibration = {
  items: ReadonlyMap<string, CalibratedItem>;
  skillAreaKeys: readonly string[];
  rho: number;
  repeatShift: number;
  iterations: number;
  converged: boolean;
  learners: number;
  responses: number;
};

export type CalibrationOptions = {
  grid?: ThetaGrid;
  maxIterations?: number;
  /** Stop when no item's b or log a moves by more than this in an iteration (default 0.01: finer changes no forecast measurably). */
  tolerance?: number;
  /** A fixed skill correlation, or "estimate" (marginal likelihood over RHO_CANDIDATES). */
  rho?: number | "estimate";
  /** Start from an earlier calibration's parameters (fewer iterations when little changed). */
  warmStart?: Calibration;
};

export const DEFAULT_RHO = 0.6;
/** The E-step's quadrature: 21 points (step 0.4) give the same parameters as 41 at half the cost (docs/readiness.md). */
export const CALIBRATION_GRID = thetaGrid(21);
export const RHO_CANDIDATES = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9] as const;
/** Prior of the repeat bonus δ: N(0, 1). */
const DELTA_PRIOR_SD = 1;
/** Iterations after which ρ is re-chosen: it settles early, and each choice costs several E-steps. */
const RHO_AT = new Set([1, 4, 10, 20, 40, 80]);

type Units = {
  learnerStart: Int32Array; // units of learner i: learnerStart[i] … learnerStart[i + 1] − 1, grouped by area
  item: Int32Array;
  repeat: Uint8Array;
  right: Float64Array;
  wrong: Float64Array;
};

export function calibrateItems(items: readonly CalibrationItem[], skillAreaKeys: readonly string[], responses: readonly CalibrationResponse[], options: CalibrationOptions = {}): Calibration {
  const grid = options.grid ?? CALIBRATION_GRID;
  const size = grid.points.length;
  const areaOf = new Map(skillAreaKeys.map((key, i) => [key, i]));
  const known = items.filter((item) => areaOf.has(item.skillAreaKey));
  const index = new Map(known.map((item, j) => [item.id, j]));
  const itemArea = Int32Array.from(known, (item) => areaOf.get(item.skillAreaKey)!);
  const priors = known.map((item) => itemPrior(item.authorDifficulty));
  const { units, answers, learnersPerItem, firstRight, learnerCount, responseCount } = buildUnits(responses, index, itemArea);

  const logA = Float64Array.from(priors, (p) => p.logAMean);
  const b = Float64Array.from(priors, (p, j) => startingDifficulty(p, firstRight[j]!, learnersPerItem[j]!));
  const warm = options.warmStart;
  if (warm) {
    known.forEach((item, j) => {
      const previous = warm.items.get(item.id);
      if (previous) {
        logA[j] = Math.log(previous.a);
        b[j] = previous.b;
      }
    });
  }
  let delta = warm?.repeatShift ?? 0;
  const estimateRho = options.rho === "estimate" || options.rho === undefined;
  let rho = typeof options.rho === "number" ? options.rho : (warm?.rho ?? DEFAULT_RHO);

  const n = known.length;
  const logP = new Float64Array(n * size);
  const logQ = new Float64Array(n * size);
  const logPR = new Float64Array(n * size);
  const logQR = new Float64Array(n * size);
  const fresh = { total: new Float64Array(n * size), right: new Float64Array(n * size) };
  const repeats = { total: new Float64Array(n * size), right: new Float64Array(n * size) };
  const maxIterations = options.maxIterations ?? 200;
  const tolerance = options.tolerance ?? 0.01;
  let iterations = 0;
  let converged = false;

  const refreshLogs = () => {
    for (let j = 0; j < n; j++) {
      const a = Math.exp(logA[j]!);
      for (let g = 0; g < size; g++) {
        const z = a * (grid.points[g]! - b[j]!);
        logP[j * size + g] = logSigmoid(z);
        logQ[j * size + g] = logSigmoid(-z);
        logPR[j * size + g] = logSigmoid(z + delta);
        logQR[j * size + g] = logSigmoid(-z - delta);
      }
    }
  };

  while (iterations < maxIterations && !converged) {
    iterations += 1;
    refreshLogs();
    if (estimateRho && RHO_AT.has(iterations)) rho = bestRho(units, learnerCount, itemArea, skillAreaKeys.length, grid, logP, logQ, logPR, logQR);
    fresh.total.fill(0);
    fresh.right.fill(0);
    repeats.total.fill(0);
    repeats.right.fill(0);
    eStep(units, learnerCount, itemArea, skillAreaKeys.length, grid, rho, logP, logQ, logPR, logQR, fresh, repeats);

    let largest = 0;
    for (let j = 0; j < n; j++) {
      const moved = mStepItem(j, grid, priors[j]!, logA, b, delta, fresh, repeats);
      if (moved > largest) largest = moved;
    }
    const movedDelta = mStepDelta(n, grid, logA, b, repeats, delta);
    largest = Math.max(largest, Math.abs(movedDelta - delta));
    delta = movedDelta;
    converged = largest < tolerance;
  }

  const calibrated = new Map<string, CalibratedItem>();
  known.forEach((item, j) => {
    calibrated.set(item.id, {
      id: item.id,
      skillAreaKey: item.skillAreaKey,
      a: Math.exp(logA[j]!),
      b: b[j]!,
      answers: answers[j]!,
      learners: learnersPerItem[j]!,
      prior: priors[j]!,
    });
  });
  return { items: calibrated, skillAreaKeys, rho, repeatShift: delta, iterations, converged, learners: learnerCount, responses: responseCount };
}

/**
 * EM's starting b: the classical difficulty, −logit(share right) / 0.86 (a 2PL item with a ≈ 1
 * over N(0, 1) learners is right with about σ(−0.86 b)), shrunk to the prior by its answer count.
 * Starting there instead of at the prior saves most of EM's slow early iterations.
 */
function startingDifficulty(prior: ItemPrior, right: number, learners: number): number {
  if (learners === 0) return prior.bMean;
  const share = (right + 0.5) / (learners + 1);
  const classical = -Math.log(share / (1 - share)) / 0.86;
  const weight = learners / (learners + 10);
  return weight * classical + (1 - weight) * prior.bMean;
}

/** Per learner, per (item, first-or-repeat): answer counts, grouped by area for the E-step. */
function buildUnits(responses: readonly CalibrationResponse[], index: ReadonlyMap<string, number>, itemArea: Int32Array) {
  const byLearner = new Map<string, CalibrationResponse[]>();
  for (const response of responses) {
    if (!index.has(response.itemId)) continue;
    const list = byLearner.get(response.learnerId);
    if (list) list.push(response);
    else byLearner.set(response.learnerId, [response]);
  }
  const answers = new Int32Array(itemArea.length);
  const learnersPerItem = new Int32Array(itemArea.length);
  const firstRight = new Int32Array(itemArea.length);
  const starts: number[] = [];
  const unitItem: number[] = [];
  const unitRepeat: number[] = [];
  const unitRight: number[] = [];
  const unitWrong: number[] = [];
  let responseCount = 0;
  for (const list of byLearner.values()) {
    list.sort((x, y) => x.at - y.at);
    const tallies = new Map<number, { item: number; first: boolean; right: number; wrong: number; repRight: number; repWrong: number }>();
    for (const response of list) {
      const j = index.get(response.itemId)!;
      responseCount += 1;
      answers[j]! += 1;
      let tally = tallies.get(j);
      if (!tally) {
        tally = { item: j, first: true, right: response.correct ? 1 : 0, wrong: response.correct ? 0 : 1, repRight: 0, repWrong: 0 };
        tallies.set(j, tally);
        learnersPerItem[j]! += 1;
        if (response.correct) firstRight[j]! += 1;
      } else if (response.correct) tally.repRight += 1;
      else tally.repWrong += 1;
    }
    starts.push(unitItem.length);
    const ordered = [...tallies.values()].sort((x, y) => itemArea[x.item]! - itemArea[y.item]! || x.item - y.item);
    for (const tally of ordered) {
      unitItem.push(tally.item);
      unitRepeat.push(0);
      unitRight.push(tally.right);
      unitWrong.push(tally.wrong);
      if (tally.repRight + tally.repWrong > 0) {
        unitItem.push(tally.item);
        unitRepeat.push(1);
        unitRight.push(tally.repRight);
        unitWrong.push(tally.repWrong);
      }
    }
  }
  starts.push(unitItem.length);
  const units: Units = {
    learnerStart: Int32Array.from(starts),
    item: Int32Array.from(unitItem),
    repeat: Uint8Array.from(unitRepeat),
    right: Float64Array.from(unitRight),
    wrong: Float64Array.from(unitWrong),
  };
  return { units, answers, learnersPerItem, firstRight, learnerCount: byLearner.size, responseCount };
}

/** Per-area log-likelihoods of one learner's answers on the grid. */
function learnerLogLikelihoods(
  units: Units,
  learner: number,
  itemArea: Int32Array,
  areaCount: number,
  size: number,
  logP: Float64Array,
  logQ: Float64Array,
  logPR: Float64Array,
  logQR: Float64Array,
): (Float64Array | null)[] {
  const out: (Float64Array | null)[] = Array.from({ length: areaCount }, () => null);
  for (let u = units.learnerStart[learner]!; u < units.learnerStart[learner + 1]!; u++) {
    const j = units.item[u]!;
    const logL = (out[itemArea[j]!] ??= new Float64Array(size));
    const right = units.right[u]!;
    const wrong = units.wrong[u]!;
    const p = units.repeat[u] ? logPR : logP;
    const q = units.repeat[u] ? logQR : logQ;
    const row = j * size;
    for (let g = 0; g < size; g++) logL[g]! += right * p[row + g]! + wrong * q[row + g]!;
  }
  return out;
}

type Counts = { total: Float64Array; right: Float64Array };

function eStep(
  units: Units,
  learnerCount: number,
  itemArea: Int32Array,
  areaCount: number,
  grid: ThetaGrid,
  rho: number,
  logP: Float64Array,
  logQ: Float64Array,
  logPR: Float64Array,
  logQR: Float64Array,
  fresh: Counts,
  repeats: Counts,
): void {
  const size = grid.points.length;
  const model = hierarchy(rho, grid);
  for (let i = 0; i < learnerCount; i++) {
    const posterior = combineSkills(model, learnerLogLikelihoods(units, i, itemArea, areaCount, size, logP, logQ, logPR, logQR), { skipEmptyAreas: true });
    for (let u = units.learnerStart[i]!; u < units.learnerStart[i + 1]!; u++) {
      const j = units.item[u]!;
      const post = posterior.areas[itemArea[j]!]!;
      const counts = units.repeat[u] ? repeats : fresh;
      const right = units.right[u]!;
      const all = right + units.wrong[u]!;
      const row = j * size;
      for (let g = 0; g < size; g++) {
        counts.total[row + g]! += all * post[g]!;
        counts.right[row + g]! += right * post[g]!;
      }
    }
  }
}

function bestRho(
  units: Units,
  learnerCount: number,
  itemArea: Int32Array,
  areaCount: number,
  grid: ThetaGrid,
  logP: Float64Array,
  logQ: Float64Array,
  logPR: Float64Array,
  logQR: Float64Array,
): number {
  const size = grid.points.length;
  const likelihoods = Array.from({ length: learnerCount }, (_, i) => learnerLogLikelihoods(units, i, itemArea, areaCount, size, logP, logQ, logPR, logQR));
  let best: number = DEFAULT_RHO;
  let bestValue = -Infinity;
  for (const candidate of RHO_CANDIDATES) {
    const model = hierarchy(candidate, grid);
    let total = 0;
    for (const logLs of likelihoods) total += logMarginal(model, logLs);
    if (total > bestValue) {
      bestValue = total;
      best = candidate;
    }
  }
  return best;
}

/** Fisher scoring of one item's (log a, b); returns the largest parameter change. */
function mStepItem(j: number, grid: ThetaGrid, prior: ItemPrior, logA: Float64Array, b: Float64Array, delta: number, fresh: Counts, repeats: Counts): number {
  const size = grid.points.length;
  const row = j * size;
  const alpha0 = logA[j]!;
  const b0 = b[j]!;
  let alpha = alpha0;
  let beta = b0;
  for (let step = 0; step < 4; step++) {
    const a = Math.exp(alpha);
    let gAlpha = -(alpha - prior.logAMean) / prior.logASd ** 2;
    let gB = -(beta - prior.bMean) / prior.bSd ** 2;
    let iAA = 1 / prior.logASd ** 2;
    let iAB = 0;
    let iBB = 1 / prior.bSd ** 2;
    for (let g = 0; g < size; g++) {
      const z = a * (grid.points[g]! - beta);
      for (let r = 0; r < 2; r++) {
        const counts = r === 0 ? fresh : repeats;
        const shift = r === 0 ? 0 : delta;
        const total = counts.total[row + g]!;
        if (total <= 0) continue;
        const p = logistic(z + shift);
        const e = counts.right[row + g]! - total * p;
        const w = total * p * (1 - p);
        gAlpha += e * z;
        gB -= a * e;
        iAA += w * z * z;
        iAB -= w * a * z;
        iBB += w * a * a;
      }
    }
    const det = iAA * iBB - iAB * iAB;
    if (!(det > 0)) break;
    const dAlpha = clamp((iBB * gAlpha - iAB * gB) / det, 0.5);
    const dB = clamp((iAA * gB - iAB * gAlpha) / det, 1);
    alpha += dAlpha;
    beta += dB;
    if (Math.abs(dAlpha) < 1e-6 && Math.abs(dB) < 1e-6) break;
  }
  // Keeps a within what exam questions show; a key error shows as a near-zero a, not as a runaway.
  alpha = Math.min(Math.log(4), Math.max(Math.log(0.05), alpha));
  beta = Math.min(6, Math.max(-6, beta));
  logA[j] = alpha;
  b[j] = beta;
  return Math.max(Math.abs(alpha - alpha0), Math.abs(beta - b0));
}

function mStepDelta(n: number, grid: ThetaGrid, logA: Float64Array, b: Float64Array, repeats: Counts, delta: number): number {
  const size = grid.points.length;
  let d = delta;
  for (let step = 0; step < 4; step++) {
    let gradient = -d / DELTA_PRIOR_SD ** 2;
    let information = 1 / DELTA_PRIOR_SD ** 2;
    for (let j = 0; j < n; j++) {
      const a = Math.exp(logA[j]!);
      const row = j * size;
      for (let g = 0; g < size; g++) {
        const total = repeats.total[row + g]!;
        if (total <= 0) continue;
        const p = logistic(a * (grid.points[g]! - b[j]!) + d);
        gradient += repeats.right[row + g]! - total * p;
        information += total * p * (1 - p);
      }
    }
    const change = clamp(gradient / information, 1);
    d += change;
    if (Math.abs(change) < 1e-6) break;
  }
  return d;
}

function clamp(x: number, limit: number): number {
  return Math.max(-limit, Math.min(limit, x));
}
