import "server-only";
import type { CardDto } from "./dto.ts";

export const cardSelect = {
  id: true,
  questionId: true,
  due: true,
  state: true,
  reps: true,
  lapses: true,
  scheduledDays: true,
  lastReview: true,
  retiredAt: true,
} as const;

export function toCardDto(card: {
  id: string;
  questionId: string;
  due: Date;
  state: number;
  reps: number;
  lapses: number;
  scheduledDays: number;
  lastReview: Date | null;
  retiredAt: Date | null;
}): CardDto {
  return {
    id: card.id,
    questionId: card.questionId,
    due: card.due.toISOString(),
    state: card.state,
    reps: card.reps,
    lapses: card.lapses,
    scheduledDays: card.scheduledDays,
    lastReview: card.lastReview?.toISOString() ?? null,
    retired: card.retiredAt !== null,
  };
}
