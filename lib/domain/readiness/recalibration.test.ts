import { describe, expect, it } from "vitest";
import { createRng } from "../practice/random.ts";
import { logistic } from "./numeric.ts";
import { applyRecalibration, fitRecalibration, IDENTITY } from "./recalibration.ts";

const logit = (p: number) => Math.log(p / (1 - p));

function outcomes(truth: (p: number) => number, seed: number, n = 4000) {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => {
    const p = 0.02 + 0.96 * rng();
    return { p, passed: rng() < truth(p) };
  });
}

describe("recalibration (Platt scaling on reported results)", () => {
  it("stays the identity for forecasts that are already calibrated", () => {
    const fit = fitRecalibration(outcomes((p) => p, 1));
    expect(Math.abs(fit.alpha)).toBeLessThan(0.1);
    expect(Math.abs(fit.beta - 1)).toBeLessThan(0.1);
  });

  it("learns that timid forecasts should be bolder, and a biased mean", () => {
    const fit = fitRecalibration(outcomes((p) => logistic(0.4 + 1.5 * logit(p)), 2));
    expect(fit.alpha).toBeCloseTo(0.4, 0);
    expect(fit.beta).toBeGreaterThan(1.3);
    expect(applyRecalibration(0.8, fit)).toBeGreaterThan(0.85);
  });

  it("keeps the identity with no reports, and barely moves with a handful", () => {
    expect(fitRecalibration([])).toEqual({ alpha: 0, beta: 1, reports: 0 });
    const few = fitRecalibration([{ p: 0.3, passed: true }, { p: 0.6, passed: true }]);
    expect(Math.abs(few.beta - 1)).toBeLessThan(0.2);
    expect(applyRecalibration(0.42, IDENTITY)).toBe(0.42);
  });
});
