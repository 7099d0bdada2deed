import { describe, expect, it } from "vitest";
import { applyReview, newCardSchedule, RATING, ratingFor, replayReviews, type CardSchedule, type StoredRating } from "./schedule.ts";

const DAY = 86_400_000;
const t0 = new Date("2025-03-03T15:00:00Z");
const at = (days: number) => new Date(t0.getTime() + days * DAY);

function run(reviews: [StoredRating, number][]): CardSchedule {
  let card = newCardSchedule(at(reviews[0]![1]));
  for (const [rating, day] of reviews) card = applyReview(card, rating, at(day)).card;
  return card;
}

describe("ratingFor", () => {
  it("turns a graded answer into an FSRS rating", () => {
    expect(ratingFor({ isCorrect: false, guessed: false })).toBe(RATING.again);
    expect(ratingFor({ isCorrect: false, guessed: true })).toBe(RATING.again);
    expect(ratingFor({ isCorrect: true, guessed: false })).toBe(RATING.good);
    expect(ratingFor({ isCorrect: true, guessed: true })).toBe(RATING.hard);
  });
});

describe("scheduling", () => {
  it("brings a missed question back the next day, in whole days", () => {
    const { card, log } = applyReview(newCardSchedule(t0), RATING.again, t0);
    expect(card.due.toISOString()).toBe(at(1).toISOString());
    expect(card.scheduledDays).toBe(1);
    expect(card.reps).toBe(1);
    expect(card.learningSteps).toBe(0);
    expect(card.lastReview?.toISOString()).toBe(t0.toISOString());
    // The log holds the card as it was before: new, never reviewed.
    expect(log).toMatchObject({ rating: RATING.again, state: 0, stability: 0, difficulty: 0, elapsedDays: 0 });
    expect(log.review.toISOString()).toBe(t0.toISOString());
  });

  it("spaces right answers further and further apart", () => {
    const intervals: number[] = [];
    let card = applyReview(newCardSchedule(t0), RATING.again, t0).card;
    let day = 1;
    for (let i = 0; i < 4; i++) {
      card = applyReview(card, RATING.good, at(day)).card;
      intervals.push(card.scheduledDays);
      day += card.scheduledDays;
    }
    for (let i = 1; i < intervals.length; i++) expect(intervals[i]!).toBeGreaterThan(intervals[i - 1]!);
    expect(card.lapses).toBe(0);
  });

  it("gives a guessed right answer a shorter interval than a sure one, and a lapse the shortest", () => {
    const base = run([
      [RATING.again, 0],
      [RATING.good, 1],
    ]);
    const next = (rating: StoredRating) => applyReview(base, rating, base.due).card;
    expect(next(RATING.hard).scheduledDays).toBeLessThan(next(RATING.good).scheduledDays);
    expect(next(RATING.again).scheduledDays).toBeLessThan(next(RATING.hard).scheduledDays);
    expect(next(RATING.again).lapses).toBe(base.lapses + 1);
  });

  it("never lets a late-arriving review go back in time", () => {
    const card = run([[RATING.again, 5]]);
    const { card: after } = applyReview(card, RATING.good, at(2));
    expect(after.lastReview!.getTime()).toBe(at(5).getTime());
    expect(after.due.getTime()).toBeGreaterThan(at(5).getTime());
  });
});

describe("replayReviews", () => {
  it("rebuilds exactly the card that was scheduled review by review", () => {
    const reviews: { rating: StoredRating; review: Date }[] = [
      { rating: RATING.again, review: at(0) },
      { rating: RATING.good, review: at(1) },
      { rating: RATING.good, review: at(4) },
      { rating: RATING.again, review: at(15) },
      { rating: RATING.hard, review: at(16) },
    ];
    const stepwise = run(reviews.map((r) => [r.rating, (r.review.getTime() - t0.getTime()) / DAY]));
    const { card, steps } = replayReviews(reviews);
    expect(card).toEqual(stepwise);
    expect(steps).toHaveLength(5);
    // Each step's "after" is the next step's "before".
    for (let i = 1; i < steps.length; i++) {
      expect(steps[i]!.log.stability).toBeCloseTo(steps[i - 1]!.after.stability, 10);
      expect(steps[i]!.log.state).toBe(steps[i - 1]!.after.state);
    }
    expect(steps.at(-1)!.after).toEqual(card);
  });

  it("orders reviews by time, whatever order they come in", () => {
    const a = replayReviews([
      { rating: RATING.again, review: at(0) },
      { rating: RATING.good, review: at(3) },
    ]).card;
    const b = replayReviews([
      { rating: RATING.good, review: at(3) },
      { rating: RATING.again, review: at(0) },
    ]).card;
    expect(b).toEqual(a);
  });

  it("changes the schedule when a past rating changes", () => {
    const sure = replayReviews([
      { rating: RATING.again, review: at(0) },
      { rating: RATING.good, review: at(1) },
    ]).card;
    const guessed = replayReviews([
      { rating: RATING.again, review: at(0) },
      { rating: RATING.hard, review: at(1) },
    ]).card;
    expect(guessed.due.getTime()).toBeLessThan(sure.due.getTime());
  });

  it("needs at least one review", () => {
    expect(() => replayReviews([])).toThrow(RangeError);
  });
});
