// Spaced repetition of questions with FSRS (ts-fsrs). A card is one learner and one question; each
// graded answer to that question is a review. Scheduling is by whole days (no minute-level
// learning steps): a learner meets a question again in a quiz, not a flashcard deck, so "due
// tomorrow" is the shortest useful interval. Fuzz spreads cards missed together over nearby days;
// ts-fsrs seeds it from the review time and the card, so replaying the logs gives the same dates.

import { createEmptyCard, fsrs, Rating, type Card, type Grade, type ReviewLog } from "ts-fsrs";

export const SCHEDULER_PARAMETERS = {
  request_retention: 0.9,
  /** A year: certification prep runs for months; a question should come back before the next exam. */
  maximum_interval: 365,
  enable_fuzz: true,
  enable_short_term: false,
} as const;

const scheduler = fsrs(SCHEDULER_PARAMETERS);

/** FSRS ratings as stored (ReviewLog.rating). */
export const RATING = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good } as const;
export type StoredRating = (typeof RATING)[keyof typeof RATING];

/** Wrong → Again; right → Good; right but the learner says they guessed → Hard. */
export function ratingFor(answer: { isCorrect: boolean; guessed: boolean }): StoredRating {
  if (!answer.isCorrect) return RATING.again;
  return answer.guessed ? RATING.hard : RATING.good;
}

/** A card's schedule, field for field as ReviewCard stores it. */
export type CardSchedule = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  lastReview: Date | null;
};

/**
 * One review as ReviewLog stores it: ts-fsrs's log, i.e. the card as it was *before* the review
 * (state, stability, difficulty, scheduled days, learning steps, the previous review as `due`),
 * the days since that previous review, and the rating and time. The state *after* a review is the
 * next log's "before", or the card itself for the latest one; `replayReviews` returns both.
 */
export type ReviewLogEntry = {
  rating: StoredRating;
  state: number;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  review: Date;
};

export function newCardSchedule(at: Date): CardSchedule {
  return fromCard(createEmptyCard(at));
}

/** The card after one more review; a review dated before the card's last one counts as at that time. */
export function applyReview(card: CardSchedule, rating: StoredRating, at: Date): { card: CardSchedule; log: ReviewLogEntry } {
  const when = card.lastReview && at < card.lastReview ? card.lastReview : at;
  const result = scheduler.next(toCard(card), when, rating as Grade);
  return { card: fromCard(result.card), log: fromLog(result.log) };
}

export type ReplayStep = { log: ReviewLogEntry; after: CardSchedule };

/**
 * Rebuilds a card from its reviews alone, oldest first (ties keep the given order). The result
 * does not depend on what the card row held, so it repairs a card and re-fits one after the
 * scheduler's parameters change.
 */
export function replayReviews(reviews: readonly { rating: StoredRating; review: Date }[]): { card: CardSchedule; steps: ReplayStep[] } {
  if (reviews.length === 0) throw new RangeError("a card needs at least one review");
  const ordered = reviews.map((r, i) => ({ ...r, i })).sort((a, b) => a.review.getTime() - b.review.getTime() || a.i - b.i);
  let card = newCardSchedule(ordered[0]!.review);
  const steps: ReplayStep[] = [];
  for (const review of ordered) {
    const next = applyReview(card, review.rating, review.review);
    steps.push({ log: next.log, after: next.card });
    card = next.card;
  }
  return { card, steps };
}

function toCard(card: CardSchedule): Card {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.lastReview ? { last_review: card.lastReview } : {}),
  };
}

function fromCard(card: Card): CardSchedule {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}

function fromLog(log: ReviewLog): ReviewLogEntry {
  return {
    rating: log.rating as StoredRating,
    state: log.state,
    due: log.due,
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
    review: log.review,
  };
}
