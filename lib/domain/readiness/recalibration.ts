// What the cut alone cannot fix: a real exam that differs from our bank in more than its cut
// (harder questions, say) shifts weak and strong learners' chances unequally, which shows as
// forecasts that are right on average but too timid (or too bold) at the ends. Reported results
// also teach a calibration line on the logit scale (Platt scaling),
//   p' = σ(α + β · logit p),
// fitted by MAP with priors that keep it the identity (α = 0, β = 1) until reports say otherwise.

import { logistic } from "./numeric.ts";

export type Recalibration = { alpha: number; beta: number; reports: number };

export const IDENTITY: Recalibration = { alpha: 0, beta: 1, reports: 0 };
const ALPHA_PRIOR_SD = 0.5;
const BETA_PRIOR_SD = 0.25;
const EDGE = 1e-4;

const logit = (p: number) => {
  const q = Math.min(1 - EDGE, Math.max(EDGE, p));
  return Math.log(q / (1 - q));
};

export function applyRecalibration(p: number, recalibration: Recalibration): number {
  if (recalibration.alpha === 0 && recalibration.beta === 1) return p;
  return logistic(recalibration.alpha + recalibration.beta * logit(p));
}

/** Newton's method on the log posterior of (α, β) given forecasts and what happened. */
export function fitRecalibration(outcomes: readonly { p: number; passed: boolean }[]): Recalibration {
  let alpha = 0;
  let beta = 1;
  const xs = outcomes.map((o) => logit(o.p));
  for (let step = 0; step < 50; step++) {
    let gA = -alpha / ALPHA_PRIOR_SD ** 2;
    let gB = -(beta - 1) / BETA_PRIOR_SD ** 2;
    let hAA = 1 / ALPHA_PRIOR_SD ** 2;
    let hAB = 0;
    let hBB = 1 / BETA_PRIOR_SD ** 2;
    outcomes.forEach((o, i) => {
      const x = xs[i]!;
      const q = logistic(alpha + beta * x);
      const e = (o.passed ? 1 : 0) - q;
      const w = q * (1 - q);
      gA += e;
      gB += e * x;
      hAA += w;
      hAB += w * x;
      hBB += w * x * x;
    });
    const det = hAA * hBB - hAB * hAB;
    const dA = (hBB * gA - hAB * gB) / det;
    const dB = (hAA * gB - hAB * gA) / det;
    alpha += dA;
    beta += dB;
    if (Math.abs(dA) < 1e-9 && Math.abs(dB) < 1e-9) break;
  }
  return { alpha, beta, reports: outcomes.length };
}
