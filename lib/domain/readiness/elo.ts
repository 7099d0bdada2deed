// A cheap online update for live use after each answer — adaptive selection and "what to practise
// next" — not for the readiness figure, which is recomputed from the batch model (./ability.ts with
// ./calibrate-items.ts): Elo ratings drift when questions are chosen adaptively while their
// difficulties move, and they carry no uncertainty.
//
//   P = σ(θ − b);  after an answer u ∈ {0, 1}:  θ += K_θ (u − P),  b −= K_b (u − P),
//   K = α / (1 + β · n), shrinking as the learner (n answers) or the question (n answers) settles.

import { logistic } from "./numeric.ts";

export type EloRating = { rating: number; answers: number };
export type EloParameters = { alpha: number; beta: number };

export const DEFAULT_ELO: EloParameters = { alpha: 0.4, beta: 0.05 };

export function eloExpected(learner: EloRating, item: EloRating): number {
  return logistic(learner.rating - item.rating);
}

export function eloUpdate(learner: EloRating, item: EloRating, correct: boolean, parameters: EloParameters = DEFAULT_ELO): { learner: EloRating; item: EloRating } {
  const surprise = (correct ? 1 : 0) - eloExpected(learner, item);
  const step = (n: number) => parameters.alpha / (1 + parameters.beta * n);
  return {
    learner: { rating: learner.rating + step(learner.answers) * surprise, answers: learner.answers + 1 },
    item: { rating: item.rating - step(item.answers) * surprise, answers: item.answers + 1 },
  };
}
