import type { AttemptDto, AttemptItemDto } from "@/lib/server/attempts/dto.ts";

/** A learner's review card, as pages show it. */
export type CardDto = {
  id: string;
  questionId: string;
  due: string;
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  reps: number;
  lapses: number;
  scheduledDays: number;
  lastReview: string | null;
  retired: boolean;
};

export type ReviewItemDto = AttemptItemDto & {
  /** The learner said this right answer was a guess (it is then rated Hard). */
  guessed: boolean;
  /** The answer is final (checked, or the attempt submitted), so it can be marked as a guess. */
  graded: boolean;
  card: CardDto | null;
  /** Smart practice: why this question was picked. */
  pickReason: string | null;
  /** The learner's own note on the question (shared with the notebook). */
  note: { text: string; updatedAt: string } | null;
};

export type AttemptReviewDto =
  | { kind: "in-progress"; id: string }
  | {
      kind: "review";
      attempt: AttemptDto;
      items: ReviewItemDto[];
      /** Items that earned less than full marks, unanswered ones included: what "Retry missed" takes. */
      missedCount: number;
    };

export type QueueCardDto = CardDto & {
  examCode: string;
  skillAreaName: string;
  excerpt: string;
  /** Local calendar days until due: 0 today, negative when overdue. */
  daysUntilDue: number;
};

export type ReviewQueueDto = {
  timeZone: string;
  dueByExam: { examCode: string; examTitle: string; count: number }[];
  due: QueueCardDto[];
  upcoming: QueueCardDto[];
  retired: QueueCardDto[];
  totals: { due: number; upcoming: number; retired: number };
};
