import { describe, expect, it } from "vitest";
import { createRng } from "../practice/random.ts";
import { estimateScaledScore } from "../practice/scaled-score.ts";
import { cutPrior, cutQuantiles, cutSummary, neededRight, updateCut, type OutcomeEvidence } from "./cut.ts";
import { normalCdf, standardNormal } from "./numeric.ts";

const N = 50;

/** A learner whose predicted share right is N(mean, sd²), and who then scores from that distribution. */
function report(rng: () => number, hiddenCut: number, withScore: boolean): OutcomeEvidence {
  const mean = 0.5 + 0.35 * rng();
  const sd = 0.07;
  const survival = Float64Array.from({ length: N + 2 }, (_, c) => (c > N ? 0 : c === 0 ? 1 : 1 - normalCdf((c - 0.5 - mean * N) / (sd * N))));
  const right = Math.max(0, Math.min(N, Math.round(N * (mean + sd * standardNormal(rng)))));
  const passed = right >= neededRight(hiddenCut, N);
  return {
    survival,
    questionCount: N,
    passed,
    scaledScore: withScore ? estimateScaledScore(right, N, { passMark: 700, rawCutPercent: hiddenCut * 100 }) : null,
    passMark: 700,
  };
}

describe("the cut τ", () => {
  it("starts as a wide prior around the pass mark's raw equivalent", () => {
    const prior = cutPrior();
    const summary = cutSummary(prior);
    expect(summary.mean).toBeCloseTo(0.7, 2);
    expect(summary.sd).toBeGreaterThan(0.07);
    expect(prior.probabilities.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
  });

  it.each([
    { hiddenCut: 0.62, withScore: false },
    { hiddenCut: 0.78, withScore: false },
    { hiddenCut: 0.62, withScore: true },
    { hiddenCut: 0.78, withScore: true },
  ])("recovers a hidden cut of $hiddenCut from 300 reports (scores: $withScore)", ({ hiddenCut, withScore }) => {
    const rng = createRng(Math.round(hiddenCut * 1000) + (withScore ? 1 : 0));
    const reports = Array.from({ length: 300 }, () => report(rng, hiddenCut, withScore));
    const posterior = cutSummary(updateCut(cutPrior(), reports));
    expect(Math.abs(posterior.mean - hiddenCut)).toBeLessThan(0.025);
    expect(posterior.low).toBeLessThanOrEqual(hiddenCut + 0.01);
    expect(posterior.high).toBeGreaterThanOrEqual(hiddenCut - 0.01);
    expect(posterior.sd).toBeLessThan(withScore ? 0.015 : 0.03);
  });

  it("learns more from a score than from pass/fail alone", () => {
    const rng = createRng(5);
    const reports = Array.from({ length: 40 }, () => report(rng, 0.75, true));
    const withScores = cutSummary(updateCut(cutPrior(), reports));
    const withoutScores = cutSummary(updateCut(cutPrior(), reports.map((r) => ({ ...r, scaledScore: null }))));
    expect(withScores.sd).toBeLessThan(withoutScores.sd);
  });

  it("is not dragged to the edge by one report that contradicts the rest", () => {
    const rng = createRng(9);
    const reports = Array.from({ length: 60 }, () => report(rng, 0.7, true));
    const sure = { survival: Float64Array.from({ length: N + 2 }, (_, c) => (c <= N ? 1 : 0)), questionCount: N, passed: false, scaledScore: 300, passMark: 700 };
    const shift = cutSummary(updateCut(cutPrior(), [...reports, sure])).mean - cutSummary(updateCut(cutPrior(), reports)).mean;
    expect(Math.abs(shift)).toBeLessThan(0.02);
  });

  it("integrates the cut at equal-probability points", () => {
    const points = cutQuantiles(cutPrior(70, 0.05), 5);
    expect(points).toHaveLength(5);
    expect(points[2]).toBeCloseTo(0.7, 2);
    expect(points[0]).toBeLessThan(points[4]!);
  });
});
