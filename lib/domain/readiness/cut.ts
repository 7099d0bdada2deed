// The cut τ: the share of a real form's questions (of our bank's difficulty) a learner must get
// right to pass. Microsoft's 700 is a scaled score set per exam, not 70 %, so τ starts as a wide
// prior around the pass mark's raw equivalent and learns from results learners report: a grid
// posterior p(τ | reports) ∝ p(τ) · Π_i p(report_i | τ), where a report is judged against that
// learner's predicted score distribution on the day of the exam.

import { DEFAULT_RAW_CUT_PERCENT, SCALE_MAX, SCALE_MIN } from "../practice/scaled-score.ts";
import { normalPdf } from "./numeric.ts";

export type CutPosterior = { grid: Float64Array; probabilities: Float64Array };

export const CUT_GRID_MIN = 0.4;
export const CUT_GRID_MAX = 0.95;
export const CUT_GRID_STEP = 0.005;
/** Prior SD of τ: wide enough that a true cut anywhere from 55 % to 85 % is found. */
export const CUT_PRIOR_SD = 0.08;
/**
 * How far the raw share behind a reported scaled score may sit from our piecewise-linear reading
 * of it: Microsoft's scaling is unpublished and pinned only at the pass mark, so the reading is
 * sharp there (SCORE_NOISE_AT_CUT) and loose towards 1 and 1000 (SCORE_NOISE_AT_ENDS). Reading
 * far scores sharply would let a real exam harder than our bank pass for a higher cut.
 */
export const SCORE_NOISE_AT_CUT = 0.02;
export const SCORE_NOISE_AT_ENDS = 0.12;
/** Share of a report's likelihood that is flat: a mistyped or false report cannot pin τ alone. */
export const REPORT_DOUBT = 0.05;

export function cutPrior(meanPercent = DEFAULT_RAW_CUT_PERCENT, sd = CUT_PRIOR_SD): CutPosterior {
  const size = Math.round((CUT_GRID_MAX - CUT_GRID_MIN) / CUT_GRID_STEP) + 1;
  const grid = Float64Array.from({ length: size }, (_, i) => CUT_GRID_MIN + i * CUT_GRID_STEP);
  const probabilities = grid.map((t) => normalPdf(t, meanPercent / 100, sd));
  return { grid, probabilities: normalised(probabilities) };
}

/**
 * One real result and what the model predicted for that learner that day: `survival[c]` is the
 * probability of at least c right answers on a form of `questionCount` (c = 0 … questionCount).
 */
export type OutcomeEvidence = { survival: Float64Array; questionCount: number; passed: boolean; scaledScore?: number | null; passMark: number };

export function updateCut(prior: CutPosterior, reports: readonly OutcomeEvidence[]): CutPosterior {
  const log = prior.probabilities.map((p) => Math.log(p));
  for (const report of reports) {
    const likelihood = reportLikelihood(prior.grid, report);
    let mean = 0;
    for (const l of likelihood) mean += l / likelihood.length;
    for (let t = 0; t < log.length; t++) log[t]! += Math.log((1 - REPORT_DOUBT) * likelihood[t]! + REPORT_DOUBT * mean + 1e-300);
  }
  let max = -Infinity;
  for (const l of log) if (l > max) max = l;
  return { grid: prior.grid, probabilities: normalised(log.map((l) => Math.exp(l - max))) };
}

/** Questions needed to pass a form of n at cut τ. */
export function neededRight(tau: number, n: number): number {
  return Math.ceil(tau * n - 1e-9);
}

function reportLikelihood(grid: Float64Array, report: OutcomeEvidence): Float64Array {
  const n = report.questionCount;
  const survival = report.survival;
  if (report.scaledScore === undefined || report.scaledScore === null) {
    return grid.map((tau) => {
      const pass = survival[Math.min(n + 1, neededRight(tau, n))] ?? 0;
      return report.passed ? pass : 1 - pass;
    });
  }
  const s = report.scaledScore;
  const distance = s < report.passMark ? (report.passMark - s) / (report.passMark - SCALE_MIN) : (s - report.passMark) / (SCALE_MAX - report.passMark);
  const noise = SCORE_NOISE_AT_CUT + (SCORE_NOISE_AT_ENDS - SCORE_NOISE_AT_CUT) * distance;
  const exact = Float64Array.from({ length: n + 1 }, (_, k) => Math.max(0, survival[k]! - (survival[k + 1] ?? 0)));
  return grid.map((tau) => {
    const below = s < report.passMark;
    const raw = below ? (tau * (s - SCALE_MIN)) / (report.passMark - SCALE_MIN) : tau + ((1 - tau) * (s - report.passMark)) / (SCALE_MAX - report.passMark);
    const jacobian = below ? tau / (report.passMark - SCALE_MIN) : (1 - tau) / (SCALE_MAX - report.passMark);
    let density = 0;
    for (let k = 0; k <= n; k++) if (exact[k]! > 0) density += exact[k]! * normalPdf(raw, k / n, noise);
    return density * jacobian;
  });
}

/** τ at the midpoints of `count` equal-probability slices: the cut integrated with `count` points. */
export function cutQuantiles(posterior: CutPosterior, count: number): number[] {
  const out: number[] = [];
  let cumulative = 0;
  let t = 0;
  for (let q = 0; q < count; q++) {
    const level = (q + 0.5) / count;
    while (t < posterior.grid.length - 1 && cumulative + posterior.probabilities[t]! < level) cumulative += posterior.probabilities[t++]!;
    out.push(posterior.grid[t]!);
  }
  return out;
}

export function cutSummary(posterior: CutPosterior): { mean: number; sd: number; low: number; high: number } {
  let mean = 0;
  posterior.grid.forEach((t, i) => (mean += t * posterior.probabilities[i]!));
  let variance = 0;
  posterior.grid.forEach((t, i) => (variance += (t - mean) ** 2 * posterior.probabilities[i]!));
  const q = (level: number) => {
    let cumulative = 0;
    for (let i = 0; i < posterior.grid.length; i++) {
      cumulative += posterior.probabilities[i]!;
      if (cumulative >= level) return posterior.grid[i]!;
    }
    return posterior.grid[posterior.grid.length - 1]!;
  };
  return { mean, sd: Math.sqrt(variance), low: q(0.1), high: q(0.9) };
}

function normalised(values: Float64Array): Float64Array {
  let sum = 0;
  for (const v of values) sum += v;
  return values.map((v) => v / sum);
}
