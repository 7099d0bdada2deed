import { describe, expect, it } from "vitest";
import { estimateAbility, type ItemParameters } from "./ability.ts";
import type { GradedAnswer } from "./answers.ts";

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 1);
const areas = ["compute", "storage", "network"];
const items = new Map<string, ItemParameters>(
  areas.flatMap((area) => Array.from({ length: 40 }, (_, i) => [`${area}-${i}`, { id: `${area}-${i}`, skillAreaKey: area, a: 1.2, b: (i - 20) / 10 }] as const)),
);
const answer = (itemId: string, correct: boolean, daysAgo = 1): GradedAnswer => ({ itemId, correct, at: NOW - daysAgo * DAY });
const estimate = (answers: GradedAnswer[], extra: { halfLifeDays?: number; repeatShift?: number } = {}) =>
  estimateAbility({ answers, items, skillAreaKeys: areas, now: NOW, rho: 0.6, repeatShift: extra.repeatShift ?? 0, halfLifeDays: extra.halfLifeDays });

describe("estimateAbility", () => {
  it("stays finite when every answer is right, and its spread shrinks as answers grow", () => {
    const few = estimate(Array.from({ length: 5 }, (_, i) => answer(`compute-${i * 7}`, true)));
    const many = estimate(Array.from({ length: 30 }, (_, i) => answer(`compute-${i}`, true)));
    const compute = (a: ReturnType<typeof estimate>) => a.areas.find((x) => x.key === "compute")!;
    expect(Number.isFinite(compute(many).mean)).toBe(true);
    expect(compute(many).mean).toBeGreaterThan(compute(few).mean);
    expect(compute(many).sd).toBeLessThan(compute(few).sd);
    expect(compute(many).answered).toBe(30);
    expect(compute(many).correct).toBe(30);
  });

  it("raises an area with no answers through the learner's overall ability", () => {
    const strong = estimate(["compute", "storage"].flatMap((area) => Array.from({ length: 20 }, (_, i) => answer(`${area}-${i * 2}`, true))));
    const network = strong.areas.find((a) => a.key === "network")!;
    expect(network.answered).toBe(0);
    expect(network.mean).toBeGreaterThan(0.5);
    expect(network.sd).toBeLessThan(1);
  });

  it("follows recent answers more than old ones", () => {
    const old = Array.from({ length: 20 }, (_, i) => answer(`compute-${i}`, false, 120));
    const recent = Array.from({ length: 20 }, (_, i) => answer(`compute-${20 + i}`, true, 1));
    const weighted = estimate([...old, ...recent], { halfLifeDays: 30 }).areas[0]!.mean;
    const flat = estimate([...old, ...recent], { halfLifeDays: Infinity }).areas[0]!.mean;
    expect(weighted).toBeGreaterThan(flat + 0.5);
  });

  it("discounts a right repeat by the calibrated repeat bonus", () => {
    const firstTry = Array.from({ length: 10 }, (_, i) => answer(`storage-${i * 3}`, false, 10));
    const repeats = Array.from({ length: 10 }, (_, i) => answer(`storage-${i * 3}`, true, 2));
    const naive = estimate([...firstTry, ...repeats], { repeatShift: 0 }).areas[1]!.mean;
    const discounted = estimate([...firstTry, ...repeats], { repeatShift: 1.5 }).areas[1]!.mean;
    expect(discounted).toBeLessThan(naive - 0.2);
  });

  it("ignores answers given after `now` and questions it does not know", () => {
    const future = estimate([{ itemId: "compute-1", correct: true, at: NOW + DAY }, answer("retired-1", true)]);
    expect(future.answered).toBe(0);
    expect(future.overall.mean).toBeCloseTo(0, 6);
  });
});
