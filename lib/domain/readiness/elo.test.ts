import { describe, expect, it } from "vitest";
import { createRng } from "../practice/random.ts";
import { eloExpected, eloUpdate, type EloRating } from "./elo.ts";
import { logistic, standardNormal } from "./numeric.ts";

describe("Elo-style online update", () => {
  it("moves the learner up and the question down after a right answer, and the reverse after a wrong one", () => {
    const learner = { rating: 0, answers: 0 };
    const item = { rating: 0, answers: 0 };
    const right = eloUpdate(learner, item, true);
    expect(right.learner.rating).toBeCloseTo(0.2, 12);
    expect(right.item.rating).toBeCloseTo(-0.2, 12);
    const wrong = eloUpdate(learner, item, false);
    expect(wrong.learner.rating).toBeLessThan(0);
    expect(wrong.item.answers).toBe(1);
  });

  it("takes smaller steps as answers accumulate", () => {
    const fresh = eloUpdate({ rating: 0, answers: 0 }, { rating: 0, answers: 0 }, true).learner.rating;
    const settled = eloUpdate({ rating: 0, answers: 200 }, { rating: 0, answers: 200 }, true).learner.rating;
    expect(settled).toBeLessThan(fresh / 5);
  });

  it("ranks learners and questions like the truth after a stream of answers", () => {
    const rng = createRng(12);
    const thetas = Array.from({ length: 60 }, () => standardNormal(rng));
    const bs = Array.from({ length: 40 }, () => standardNormal(rng));
    let learners: EloRating[] = thetas.map(() => ({ rating: 0, answers: 0 }));
    const items: EloRating[] = bs.map(() => ({ rating: 0, answers: 0 }));
    for (let step = 0; step < 12_000; step++) {
      const l = Math.floor(rng() * thetas.length);
      const j = Math.floor(rng() * bs.length);
      const next = eloUpdate(learners[l]!, items[j]!, rng() < logistic(thetas[l]! - bs[j]!));
      learners = learners.map((x, i) => (i === l ? next.learner : x));
      items[j] = next.item;
    }
    const rankCorrelation = (x: number[], y: number[]) => {
      const rank = (v: number[]) => v.map((a) => v.filter((b) => b < a).length);
      const rx = rank(x);
      const ry = rank(y);
      const n = x.length;
      return 1 - (6 * rx.reduce((s, r, i) => s + (r - ry[i]!) ** 2, 0)) / (n * (n * n - 1));
    };
    expect(rankCorrelation(thetas, learners.map((l) => l.rating))).toBeGreaterThan(0.85);
    expect(rankCorrelation(bs, items.map((i) => i.rating))).toBeGreaterThan(0.85);
    expect(eloExpected(learners[0]!, items[0]!)).toBeGreaterThan(0);
  });
});
