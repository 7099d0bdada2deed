import { describe, expect, it } from "vitest";
import { createRng } from "../practice/random.ts";
import { correctProbability, drawFromCdf, logSigmoid, logistic, meanAndSd, normalCdf, quantile, softmax, standardNormal, thetaGrid } from "./numeric.ts";

describe("readiness numerics", () => {
  it("builds the 41-point grid from −4 to 4", () => {
    const grid = thetaGrid();
    expect(grid.points).toHaveLength(41);
    expect(grid.points[0]).toBe(-4);
    expect(grid.points[40]).toBeCloseTo(4, 12);
    expect(grid.step).toBeCloseTo(0.2, 12);
  });

  it("keeps the logistic and its log finite far out", () => {
    expect(logistic(0)).toBe(0.5);
    expect(logistic(800)).toBe(1);
    expect(logistic(-800)).toBe(0);
    expect(logSigmoid(-800)).toBeCloseTo(-800, 9);
    expect(logSigmoid(800)).toBe(-0);
    expect(Math.exp(logSigmoid(1.3))).toBeCloseTo(logistic(1.3), 12);
  });

  it("gives the 2PL probability: one half at θ = b, steeper with a", () => {
    expect(correctProbability(0.4, 1.7, 0.4)).toBe(0.5);
    expect(correctProbability(1, 2, 0)).toBeGreaterThan(correctProbability(1, 1, 0));
  });

  it("computes Φ to about 1e-7", () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.158655254, 6);
    expect(normalCdf(-6)).toBeCloseTo(9.8659e-10, 12);
  });

  it("draws standard normals with mean 0 and SD 1", () => {
    const rng = createRng(7);
    const xs = Array.from({ length: 20_000 }, () => standardNormal(rng));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(sd - 1)).toBeLessThan(0.03);
  });

  it("normalises log-weights without underflow and summarises a grid distribution", () => {
    const { probabilities, logSum } = softmax(Float64Array.of(-2000, -2000 + Math.log(3)));
    expect(probabilities[0]).toBeCloseTo(0.25, 12);
    expect(logSum).toBeCloseTo(-2000 + Math.log(4), 9);
    const { mean, sd } = meanAndSd(Float64Array.of(-1, 1), Float64Array.of(0.5, 0.5));
    expect(mean).toBe(0);
    expect(sd).toBe(1);
  });

  it("draws an index from a cumulative distribution and interpolates quantiles", () => {
    const cdf = Float64Array.of(0.1, 0.1, 0.6, 1);
    expect(drawFromCdf(cdf, 0.05)).toBe(0);
    expect(drawFromCdf(cdf, 0.2)).toBe(2);
    expect(drawFromCdf(cdf, 0.99)).toBe(3);
    expect(quantile([1, 2, 3, 4, 5], 0.1)).toBeCloseTo(1.4, 12);
    expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
  });
});
