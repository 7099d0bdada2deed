import "server-only";
import type { CardSchedule, ReviewLogEntry, StoredRating } from "@/lib/domain/review/schedule.ts";

/** The schedule fields of a ReviewCard row (the same names both ways). */
export function scheduleOf(row: CardSchedule): CardSchedule {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    lastReview: row.lastReview,
  };
}

export function logColumns(log: ReviewLogEntry) {
  return {
    rating: log.rating,
    state: log.state,
    due: log.due,
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsedDays,
    lastElapsedDays: log.lastElapsedDays,
    scheduledDays: log.scheduledDays,
    learningSteps: log.learningSteps,
    review: log.review,
  };
}

export function ratingOf(value: number): StoredRating {
  if (value === 1 || value === 2 || value === 3) return value;
  throw new Error(`review log has rating ${value}, which PassPath never writes`);
}
