import { describe, expect, it } from "vitest";
import { logSigmoid, meanAndSd, normalPdf, thetaGrid } from "./numeric.ts";
import { combineSkills, hierarchy, logMarginal } from "./skill-hierarchy.ts";

const grid = thetaGrid();
/** Log-likelihood of `right` of `n` answers to average questions (a = 1, b = 0). */
const answers = (right: number, n: number) => grid.points.map((t) => right * logSigmoid(t) + (n - right) * logSigmoid(-t));

describe("correlated skills on the grid", () => {
  it("without answers, every area's posterior is the N(0, 1) prior", () => {
    const posterior = combineSkills(hierarchy(0.6), [null, null, null]);
    for (const area of posterior.areas) {
      const { mean, sd } = meanAndSd(grid.points, area);
      expect(mean).toBeCloseTo(0, 6);
      expect(sd).toBeCloseTo(1, 2);
    }
  });

  it("lets an area without answers borrow strength from the others, more so as ρ grows", () => {
    const strong = answers(18, 20);
    const borrowed = (rho: number) => meanAndSd(grid.points, combineSkills(hierarchy(rho), [strong, strong, null]).areas[2]!).mean;
    expect(borrowed(0.3)).toBeGreaterThan(0.2);
    expect(borrowed(0.8)).toBeGreaterThan(borrowed(0.3) + 0.3);
  });

  it("matches brute-force integration over (θ₀, θ₁, θ₂)", () => {
    const rho = 0.6;
    const l1 = answers(7, 10);
    const l2 = answers(2, 6);
    const posterior = combineSkills(hierarchy(rho, grid), [l1, l2]);
    // Brute force: p(θ₁) ∝ Σ_θ₀ Σ_θ₂ N(θ₀; 0, ρ) N(θ₁; θ₀, 1−ρ) N(θ₂; θ₀, 1−ρ) L₁(θ₁) L₂(θ₂), kernels normalised as the model's.
    const size = grid.points.length;
    const within = Math.sqrt(1 - rho);
    const kernelRow = (h: number) => {
      const row = grid.points.map((t) => normalPdf(t, grid.points[h]!, within));
      const sum = row.reduce((s, v) => s + v, 0);
      return row.map((v) => v / sum);
    };
    const prior0 = grid.points.map((t) => normalPdf(t, 0, Math.sqrt(rho)));
    const p1 = new Float64Array(size);
    for (let h = 0; h < size; h++) {
      const row = kernelRow(h);
      let m2 = 0;
      for (let g = 0; g < size; g++) m2 += row[g]! * Math.exp(l2[g]!);
      for (let g = 0; g < size; g++) p1[g]! += prior0[h]! * row[g]! * Math.exp(l1[g]!) * m2;
    }
    const total = p1.reduce((s, v) => s + v, 0);
    const expected = meanAndSd(grid.points, p1.map((v) => v / total));
    const actual = meanAndSd(grid.points, posterior.areas[0]!);
    expect(actual.mean).toBeCloseTo(expected.mean, 6);
    expect(actual.sd).toBeCloseTo(expected.sd, 6);
  });

  it("prefers the true ρ by marginal likelihood when skills move together", () => {
    // Learners whose two areas agree closely favour a high ρ over a low one.
    const together = [answers(19, 20), answers(19, 20), answers(1, 20), answers(1, 20)];
    const pairs = [together.slice(0, 2), together.slice(2, 4)];
    const total = (rho: number) => pairs.reduce((s, p) => s + logMarginal(hierarchy(rho), p), 0);
    expect(total(0.9)).toBeGreaterThan(total(0.3));
    expect(logMarginal(hierarchy(0.6), pairs[0]!)).toBeCloseTo(combineSkills(hierarchy(0.6), pairs[0]!).logMarginal, 9);
  });

  it("refuses a correlation outside (0, 1)", () => {
    expect(() => hierarchy(1)).toThrow(RangeError);
    expect(() => hierarchy(0)).toThrow(RangeError);
  });
});
