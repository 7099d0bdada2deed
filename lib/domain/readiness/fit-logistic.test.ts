import { describe, expect, it } from "vitest";
import { createRng } from "../practice/random.ts";
import { fitLogistic } from "./fit-logistic.ts";
import { logistic, standardNormal } from "./numeric.ts";

describe("fitLogistic", () => {
  it("recovers the coefficients of a logistic model", () => {
    const rng = createRng(21);
    const x = Array.from({ length: 4000 }, () => [standardNormal(rng), rng() < 0.5 ? 1 : 0]);
    const y = x.map(([a, b]) => (rng() < logistic(-0.5 + 1.5 * a! + 0.8 * b!) ? 1 : 0) as 0 | 1);
    const model = fitLogistic(x, y);
    expect(model.weights[0]).toBeCloseTo(-0.5, 0);
    expect(model.weights[1]).toBeCloseTo(1.5, 0);
    expect(Math.abs(model.weights[2]! - 0.8)).toBeLessThan(0.2);
    expect(model.predict([0, 0])).toBeCloseTo(logistic(model.weights[0]!), 12);
  });

  it("stays finite when a feature separates the outcomes perfectly", () => {
    const model = fitLogistic([[0], [0], [1], [1]], [0, 0, 1, 1]);
    expect(model.weights.every(Number.isFinite)).toBe(true);
    expect(model.predict([1])).toBeGreaterThan(0.9);
  });
});
