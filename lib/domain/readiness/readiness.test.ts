import { describe, expect, it } from "vitest";
import { createRng } from "../practice/random.ts";
import { estimateAbility, type ItemParameters } from "./ability.ts";
import type { GradedAnswer } from "./answers.ts";
import { cutPrior, neededRight } from "./cut.ts";
import { buildExamModel } from "./exam-model.ts";
import { standardNormal } from "./numeric.ts";
import { atLeast, computeReadiness, passProbabilityAt, predictScoreSurvival } from "./readiness.ts";
import { simulatePassRate } from "./simulate-sitting.ts";

const NOW = Date.UTC(2025, 5, 1);
const blueprint = {
  questionCount: 50,
  skillAreas: [
    { key: "compute", weightMin: 25, weightMax: 30 },
    { key: "storage", weightMin: 15, weightMax: 20 },
    { key: "security", weightMin: 15, weightMax: 20 },
    { key: "monitor", weightMin: 5, weightMax: 10 },
    { key: "connect", weightMin: 20, weightMax: 25 },
  ],
};
const keys = blueprint.skillAreas.map((a) => a.key);
const rng = createRng(3);
const items: ItemParameters[] = keys.flatMap((key) =>
  Array.from({ length: 30 }, (_, i) => ({ id: `${key}-${i}`, skillAreaKey: key, a: Math.exp(0.3 * standardNormal(rng)), b: standardNormal(rng) })),
);
const itemMap = new Map(items.map((i) => [i.id, i]));
const model = buildExamModel(blueprint, items);

/** `share` of 20 questions right in each area, answered yesterday. */
function abilityFrom(shares: Record<string, number>) {
  const answers: GradedAnswer[] = keys.flatMap((key) =>
    Array.from({ length: 20 }, (_, i) => ({ itemId: `${key}-${i}`, correct: i < Math.round((shares[key] ?? 0.5) * 20), at: NOW - 86_400_000 })),
  );
  return estimateAbility({ answers, items: itemMap, skillAreaKeys: keys, now: NOW, rho: 0.6, repeatShift: 0 });
}

describe("the exam model", () => {
  it("splits a form by the outline's weight midpoints and normalises the weights", () => {
    // Midpoints 27.5, 17.5, 17.5, 7.5, 22.5 of 92.5: 14.86, 9.46, 9.46, 4.05, 12.16 → largest remainders.
    expect([...model.counts]).toEqual([15, 10, 9, 4, 12]);
    expect([...model.weights].reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
    expect(model.weights[0]).toBeCloseTo(27.5 / 92.5, 12);
  });
});

describe("pass probability at fixed abilities", () => {
  it.each([
    { theta: [0, 0, 0, 0, 0], tau: 0.7 },
    { theta: [1.2, 0.8, 1, 0.3, 1.1], tau: 0.7 },
    { theta: [1.5, 1.5, 1.5, 1.5, 1.5], tau: 0.75 },
    { theta: [0.5, -0.5, 1, 2, 0.8], tau: 0.62 },
  ])("matches drawing forms and answers literally ($theta, τ = $tau)", ({ theta, tau }) => {
    const indices = theta.map((t) => Math.round((t + 4) / model.grid.step));
    const exact = passProbabilityAt(model, indices, neededRight(tau, 50));
    const drawn = simulatePassRate(model, indices.map((g) => model.grid.points[g]!), neededRight(tau, 50), 25_000, createRng(17));
    expect(Math.abs(exact - drawn)).toBeLessThan(0.013);
  });

  it("approximates a Poisson-binomial tail closely", () => {
    const ps = Array.from({ length: 50 }, (_, i) => 0.3 + (0.6 * i) / 49);
    const exact = new Float64Array(51);
    exact[0] = 1;
    for (const p of ps) for (let c = 50; c >= 0; c--) exact[c] = exact[c]! * (1 - p) + (c > 0 ? exact[c - 1]! * p : 0);
    const mu = ps.reduce((s, p) => s + p, 0);
    const v = ps.reduce((s, p) => s + p * (1 - p), 0);
    const t = ps.reduce((s, p) => s + p * (1 - p) * (1 - 2 * p), 0);
    for (const c of [20, 30, 35, 40]) {
      const tail = exact.slice(c).reduce((s, x) => s + x, 0);
      expect(Math.abs(atLeast(c, 50, mu, v, t) - tail)).toBeLessThan(0.005);
    }
  });
});

describe("computeReadiness", () => {
  const cut = cutPrior();

  it("rises with the learner's answers and brackets its figure with the 10th–90th percentile", () => {
    const weak = computeReadiness(model, abilityFrom({ compute: 0.4, storage: 0.4, security: 0.4, monitor: 0.4, connect: 0.4 }), cut, createRng(1));
    const strong = computeReadiness(model, abilityFrom({ compute: 0.9, storage: 0.9, security: 0.9, monitor: 0.9, connect: 0.9 }), cut, createRng(1));
    expect(strong.probability).toBeGreaterThan(weak.probability + 0.3);
    for (const r of [weak, strong]) {
      expect(r.low).toBeLessThanOrEqual(r.probability);
      expect(r.high).toBeGreaterThanOrEqual(r.probability);
      expect(r.probability).toBeGreaterThanOrEqual(0);
      expect(r.probability).toBeLessThanOrEqual(1);
    }
  });

  it("names the weak heavy area as the costliest driver, ahead of a weak light one", () => {
    const result = computeReadiness(model, abilityFrom({ compute: 0.3, storage: 0.85, security: 0.85, monitor: 0.3, connect: 0.85 }), cut, createRng(2));
    expect(result.drivers[0]!.skillAreaKey).toBe("compute");
    const monitor = result.drivers.find((d) => d.skillAreaKey === "monitor")!;
    expect(result.drivers[0]!.costInProbability).toBeGreaterThan(monitor.costInProbability);
    expect(result.drivers.find((d) => d.skillAreaKey === "storage")!.costInProbability).toBeLessThan(result.drivers[0]!.costInProbability / 2);
    expect(result.drivers.map((d) => d.skillAreaKey).sort()).toEqual([...keys].sort());
  });

  it("is reproducible with the same seed", () => {
    const ability = abilityFrom({ compute: 0.7 });
    expect(computeReadiness(model, ability, cut, createRng(5))).toEqual(computeReadiness(model, ability, cut, createRng(5)));
  });

  it("falls when the cut is higher", () => {
    const ability = abilityFrom({ compute: 0.75, storage: 0.75, security: 0.75, monitor: 0.75, connect: 0.75 });
    const lenient = computeReadiness(model, ability, cutPrior(60, 0.02), createRng(4)).probability;
    const strict = computeReadiness(model, ability, cutPrior(80, 0.02), createRng(4)).probability;
    expect(lenient).toBeGreaterThan(strict + 0.2);
  });

  it("predicts a score distribution whose tail at the cut is the pass probability", () => {
    const ability = abilityFrom({ compute: 0.7, storage: 0.7, security: 0.7, monitor: 0.7, connect: 0.7 });
    const survival = predictScoreSurvival(model, ability, createRng(6));
    const atCut = computeReadiness(model, ability, cutPrior(70, 0.001), createRng(6)).probability;
    expect(survival[0]).toBeCloseTo(1, 9);
    expect(survival[51]).toBe(0);
    expect(Math.abs(survival[35]! - atCut)).toBeLessThan(0.02);
  });
});
