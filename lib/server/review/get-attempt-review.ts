import "server-only";
import { RATING } from "@/lib/domain/review/schedule.ts";
import { getAttempt } from "@/lib/server/attempts/get-attempt.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { cardSelect, toCardDto } from "./card-dto.ts";
import type { AttemptReviewDto, ReviewItemDto } from "./dto.ts";
import { smartPicksOf } from "./smart-settings.ts";

/**
 * Everything the review of one past attempt shows: each question with the learner's answer, the
 * key, the explanation and references (getAttempt reveals them once the attempt is submitted),
 * plus whether the learner marked a right answer as a guess and the question's review card.
 * Someone else's attempt is a 404; one still running is reported as such so the page can send
 * the learner back to it.
 */
export async function getAttemptReview(prisma: PrismaClient, userId: string, attemptId: string, now = new Date()): Promise<AttemptReviewDto> {
  const attempt = await getAttempt(prisma, userId, attemptId, now);
  if (attempt.status !== "SUBMITTED") return { kind: "in-progress", id: attempt.id };

  const questionIds = attempt.items.map((i) => i.questionId);
  const [rows, settings, cards, notes] = await Promise.all([
    prisma.attemptItem.findMany({ where: { attemptId }, select: { id: true, position: true } }),
    prisma.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { settings: true } }),
    prisma.reviewCard.findMany({ where: { userId, questionId: { in: questionIds } }, select: cardSelect }),
    prisma.questionNote.findMany({ where: { userId, questionId: { in: questionIds } }, select: { questionId: true, text: true, updatedAt: true } }),
  ]);
  const guesses = await prisma.reviewLog.findMany({
    where: { attemptItemId: { in: rows.map((r) => r.id) }, rating: RATING.hard, card: { userId } },
    select: { attemptItemId: true },
  });
  const guessedIds = new Set(guesses.map((g) => g.attemptItemId));
  const itemIdAt = new Map(rows.map((r) => [r.position, r.id]));
  const cardOf = new Map(cards.map((c) => [c.questionId, toCardDto(c)]));
  const noteOf = new Map(notes.map((n) => [n.questionId, { text: n.text, updatedAt: n.updatedAt.toISOString() }]));
  const reasons = new Map(smartPicksOf(settings.settings).map((p) => [p.questionId, p.reason]));

  const items: ReviewItemDto[] = attempt.items.map((item) => ({
    ...item,
    guessed: guessedIds.has(itemIdAt.get(item.position)!) && item.reveal?.isCorrect === true,
    graded: item.answeredAt !== null && item.reveal !== null,
    card: cardOf.get(item.questionId) ?? null,
    pickReason: reasons.get(item.questionId) ?? null,
    note: noteOf.get(item.questionId) ?? null,
  }));
  return { kind: "review", attempt, items, missedCount: items.filter((i) => !i.reveal?.isCorrect).length };
}
