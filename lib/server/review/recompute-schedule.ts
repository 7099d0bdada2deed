import "server-only";
import { AppError } from "@/lib/errors.ts";
import { replayReviews, type CardSchedule } from "@/lib/domain/review/schedule.ts";
import type { Prisma, PrismaClient } from "@/lib/server/db/generated/client.ts";
import { ratingOf, logColumns, scheduleOf } from "./card-row.ts";
import { lockLearner } from "./db.ts";

/**
 * Rebuilds the learner's card from its review log: every log row's "before" state and the card's
 * schedule are recomputed from the ratings and review times alone (after a rating changed, a late
 * review arrived, or the scheduler's parameters changed). A card left without reviews is deleted
 * and null returned. The card's retirement is kept.
 */
export async function recomputeSchedule(prisma: PrismaClient, userId: string, cardId: string): Promise<CardSchedule | null> {
  return prisma.$transaction(async (tx) => {
    await lockLearner(tx, userId);
    const card = await tx.reviewCard.findFirst({ where: { id: cardId, userId }, select: { id: true } });
    if (!card) throw new AppError("NOT_FOUND", "Review card not found.");
    return replayCard(tx, cardId);
  });
}

/** For callers inside lib/server/review that already checked ownership and hold the learner lock. */
export async function replayCard(tx: Prisma.TransactionClient, cardId: string): Promise<CardSchedule | null> {
  const logs = await tx.reviewLog.findMany({ where: { cardId }, orderBy: [{ review: "asc" }, { id: "asc" }], select: { id: true, rating: true, review: true } });
  if (logs.length === 0) {
    await tx.reviewCard.delete({ where: { id: cardId } });
    return null;
  }
  const { card, steps } = replayReviews(logs.map((l) => ({ rating: ratingOf(l.rating), review: l.review })));
  // replayReviews keeps the given order for equal times, so steps line up with logs.
  for (const [i, step] of steps.entries()) {
    await tx.reviewLog.update({ where: { id: logs[i]!.id }, data: logColumns(step.log) });
  }
  await tx.reviewCard.update({ where: { id: cardId }, data: { ...scheduleOf(card), createdAt: logs[0]!.review } });
  return card;
}
