import { describe, expect, it } from "vitest";
import { createRng } from "../practice/random.ts";
import { calibrateItems, type CalibrationResponse } from "./calibrate-items.ts";
import { B_PER_DIFFICULTY_STEP } from "./item-prior.ts";
import { correctProbability, standardNormal } from "./numeric.ts";

const areas = ["a", "b"];

function world(seed: number, learners: number, perLearner: number) {
  const rng = createRng(seed);
  const items = areas.flatMap((area) =>
    Array.from({ length: 30 }, (_, i) => ({ id: `${area}-${i}`, skillAreaKey: area, a: Math.exp(0.3 * standardNormal(rng)), b: standardNormal(rng), authorDifficulty: 3 })),
  );
  const responses: CalibrationResponse[] = [];
  for (let l = 0; l < learners; l++) {
    const overall = Math.sqrt(0.6) * standardNormal(rng);
    const theta = areas.map(() => overall + Math.sqrt(0.4) * standardNormal(rng));
    for (let r = 0; r < perLearner; r++) {
      const item = items[Math.floor(rng() * items.length)]!;
      const k = areas.indexOf(item.skillAreaKey);
      responses.push({ learnerId: `l${l}`, itemId: item.id, correct: rng() < correctProbability(theta[k]!, item.a, item.b), at: r });
    }
  }
  return { items, responses };
}

const correlation = (x: number[], y: number[]) => {
  const mx = x.reduce((s, v) => s + v, 0) / x.length;
  const my = y.reduce((s, v) => s + v, 0) / y.length;
  const sxy = x.reduce((s, v, i) => s + (v - mx) * (y[i]! - my), 0);
  return sxy / Math.sqrt(x.reduce((s, v) => s + (v - mx) ** 2, 0) * y.reduce((s, v) => s + (v - my) ** 2, 0));
};

describe("calibrateItems (marginal MAP by EM)", () => {
  const { items, responses } = world(11, 1500, 24);
  const calibration = calibrateItems(items, areas, responses, { rho: "estimate" });

  it("recovers the difficulties and discriminations of a known bank", () => {
    const fitted = items.map((item) => calibration.items.get(item.id)!);
    const bError = Math.sqrt(items.reduce((s, item, j) => s + (fitted[j]!.b - item.b) ** 2, 0) / items.length);
    expect(calibration.converged).toBe(true);
    expect(bError).toBeLessThan(0.25);
    expect(correlation(items.map((i) => i.b), fitted.map((f) => f.b))).toBeGreaterThan(0.97);
    expect(correlation(items.map((i) => i.a), fitted.map((f) => f.a))).toBeGreaterThan(0.6);
    expect(calibration.rho).toBeGreaterThanOrEqual(0.4);
    expect(calibration.rho).toBeLessThanOrEqual(0.8);
  });

  it("counts answers and learners per question", () => {
    const total = [...calibration.items.values()].reduce((s, i) => s + i.answers, 0);
    expect(total).toBe(responses.length);
    expect(calibration.learners).toBe(1500);
  });

  it("leaves an unanswered question at its author's difficulty", () => {
    const withNew = calibrateItems([...items, { id: "new", skillAreaKey: "a", authorDifficulty: 5 }], areas, responses, { rho: 0.6, warmStart: calibration });
    const fresh = withNew.items.get("new")!;
    expect(fresh.answers).toBe(0);
    expect(fresh.b).toBeCloseTo(2 * B_PER_DIFFICULTY_STEP, 6);
    expect(fresh.a).toBeCloseTo(1, 6);
  });

  it("learns the bonus of repeated questions", () => {
    // Questions drawn at random repeat now and then, with no memory: no bonus.
    expect(Math.abs(calibration.repeatShift)).toBeLessThan(0.2);
    // Now every learner sees their first question again and remembers it.
    const repeated = responses.filter((r) => r.at === 0).map((r) => ({ ...r, correct: true, at: 1000 }));
    const withRepeats = calibrateItems(items, areas, [...responses, ...repeated], { rho: 0.6, warmStart: calibration });
    expect(withRepeats.repeatShift).toBeGreaterThan(0.4);
  });

  it("gives a question that strong learners miss a near-zero discrimination", () => {
    const keyed = responses.map((r) => (r.itemId === "a-0" ? { ...r, correct: !r.correct } : r));
    const flipped = calibrateItems(items, areas, keyed, { rho: 0.6, warmStart: calibration });
    expect(flipped.items.get("a-0")!.a).toBeLessThan(0.3);
  });
});
