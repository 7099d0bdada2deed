import "server-only";
import { applyReview, newCardSchedule, ratingFor, type CardSchedule, type ReviewLogEntry } from "@/lib/domain/review/schedule.ts";

export type GradedAnswer = { id: string; isCorrect: boolean; gradedAt: Date };

export type CardPlan = {
  /** Null when the question becomes a card in this batch. */
  cardId: string | null;
  createdAt: Date;
  schedule: CardSchedule;
  /** New review log rows, oldest first; attemptItemId is the graded answer's item. */
  logs: { attemptItemId: string; entry: ReviewLogEntry }[];
  /** An answer older than the card's last review was logged: the card must be replayed from its log. */
  replay: boolean;
};

/**
 * What one question's graded answers (oldest first) do to its card, worked out in memory: a wrong
 * answer makes the question a card (rated Again), each later answer is a review of it. Null when
 * nothing is logged and there was no card. An answer older than the card's last review gets a
 * placeholder log row (rewritten by the replay) and marks the card for replay.
 */
export function planCardReviews(existing: { id: string; createdAt: Date; schedule: CardSchedule } | null, answers: readonly GradedAnswer[]): CardPlan | null {
  let schedule = existing?.schedule ?? null;
  let createdAt = existing?.createdAt ?? null;
  let replay = false;
  const logs: CardPlan["logs"] = [];

  for (const answer of answers) {
    // A right answer only counts once the question is a card: before its first miss there is nothing to review.
    if (answer.isCorrect && (createdAt === null || answer.gradedAt < createdAt)) continue;
    const rating = ratingFor({ isCorrect: answer.isCorrect, guessed: false });
    if (schedule === null || createdAt === null) {
      const first = applyReview(newCardSchedule(answer.gradedAt), rating, answer.gradedAt);
      logs.push({ attemptItemId: answer.id, entry: first.log });
      schedule = first.card;
      createdAt = answer.gradedAt;
    } else if (schedule.lastReview && answer.gradedAt < schedule.lastReview) {
      logs.push({ attemptItemId: answer.id, entry: { ...applyReview(schedule, rating, answer.gradedAt).log, review: answer.gradedAt } });
      replay = true;
    } else {
      const next = applyReview(schedule, rating, answer.gradedAt);
      logs.push({ attemptItemId: answer.id, entry: next.log });
      schedule = next.card;
    }
  }
  if (schedule === null || createdAt === null) return null;
  return { cardId: existing?.id ?? null, createdAt, schedule, logs, replay };
}
