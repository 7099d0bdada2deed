import "server-only";
import { applyReview, newCardSchedule, ratingFor, type CardSchedule } from "@/lib/domain/review/schedule.ts";
import { Prisma, type PrismaClient } from "@/lib/server/db/generated/client.ts";
import { logColumns, scheduleOf } from "./card-row.ts";
import { lockLearner } from "./db.ts";
import { replayCard } from "./recompute-schedule.ts";

export type GradedScope = { attemptId: string } | { attemptItemId: string } | { all: true };

type PendingRow = { id: string; questionId: string; isCorrect: boolean; gradedAt: Date; cardId: string | null };

/**
 * Turns the learner's graded answers into spaced-repetition reviews. A wrong answer makes the
 * question a review card (rated Again); each later graded answer to that question, in any attempt
 * and whatever version it showed, is a review of the card (right → Good). Idempotent: an answer
 * is logged once (ReviewLog.attemptItemId), so calling it again, or for a whole attempt after some
 * of its items were checked one by one, changes nothing twice.
 *
 * An answer is graded once it is final: checked (practice feedback) or its attempt submitted.
 * Its review time is that moment — the check (the saved answer's time) or the submission — when
 * the learner sees the key. Answers that arrive out of order (an older exam submitted after a
 * newer practice check) are slotted in by time and the card is replayed from its log.
 *
 * Call it inside the transaction that grades, with that transaction's client, so grading and
 * scheduling commit together (see catchUpReviews for everything not yet logged).
 */
export async function recordGradedAnswers(tx: Prisma.TransactionClient, userId: string, scope: GradedScope): Promise<{ logged: number; cardsCreated: number }> {
  await lockLearner(tx, userId);
  const rows = await pendingAnswers(tx, userId, scope);
  const byQuestion = new Map<string, PendingRow[]>();
  for (const row of rows) byQuestion.set(row.questionId, [...(byQuestion.get(row.questionId) ?? []), row]);

  let logged = 0;
  let cardsCreated = 0;
  for (const [questionId, answers] of byQuestion) {
    const existing = await tx.reviewCard.findUnique({ where: { userId_questionId: { userId, questionId } } });
    let cardId = existing?.id ?? null;
    let schedule: CardSchedule | null = existing ? scheduleOf(existing) : null;
    let createdAt = existing?.createdAt ?? null;
    let replay = false;

    for (const answer of answers) {
      // A right answer only counts once the question is a card: before its first miss there is nothing to review.
      if (answer.isCorrect && (createdAt === null || answer.gradedAt < createdAt)) continue;
      const rating = ratingFor({ isCorrect: answer.isCorrect, guessed: false });
      if (schedule === null || cardId === null) {
        const first = applyReview(newCardSchedule(answer.gradedAt), rating, answer.gradedAt);
        const created = await tx.reviewCard.create({ data: { userId, questionId, ...scheduleOf(first.card), createdAt: answer.gradedAt }, select: { id: true } });
        await tx.reviewLog.create({ data: { cardId: created.id, attemptItemId: answer.id, ...logColumns(first.log) } });
        cardId = created.id;
        schedule = first.card;
        createdAt = answer.gradedAt;
        cardsCreated += 1;
      } else if (schedule.lastReview && answer.gradedAt < schedule.lastReview) {
        // Placeholder state, rewritten by the replay below.
        await tx.reviewLog.create({ data: { cardId, attemptItemId: answer.id, ...logColumns({ ...applyReview(schedule, rating, answer.gradedAt).log, review: answer.gradedAt }) } });
        replay = true;
      } else {
        const next = applyReview(schedule, rating, answer.gradedAt);
        await tx.reviewLog.create({ data: { cardId, attemptItemId: answer.id, ...logColumns(next.log) } });
        schedule = next.card;
      }
      logged += 1;
    }
    if (cardId === null || schedule === null) continue;
    if (replay) await replayCard(tx, cardId);
    else await tx.reviewCard.update({ where: { id: cardId }, data: scheduleOf(schedule) });
  }
  return { logged, cardsCreated };
}

/**
 * Logs every graded answer of the learner that is not logged yet — answers graded before
 * scheduling was hooked into grading, or while a hook call failed. Pages that show cards run it first.
 */
export async function catchUpReviews(prisma: PrismaClient, userId: string): Promise<{ logged: number; cardsCreated: number }> {
  return prisma.$transaction((tx) => recordGradedAnswers(tx, userId, { all: true }));
}

/**
 * Graded answers without a review log that may need one: wrong answers, and any answer to a
 * question that is (or in this batch becomes) a card. Oldest first.
 */
async function pendingAnswers(tx: Prisma.TransactionClient, userId: string, scope: GradedScope): Promise<PendingRow[]> {
  const inScope =
    "attemptId" in scope ? Prisma.sql`AND a.id = ${scope.attemptId}` : "attemptItemId" in scope ? Prisma.sql`AND i.id = ${scope.attemptItemId}` : Prisma.empty;
  return tx.$queryRaw<PendingRow[]>`
    WITH graded AS (
      SELECT i.id, i."questionId", i."isCorrect",
             CASE WHEN i.revealed THEN i."answeredAt" ELSE COALESCE(a."submittedAt", i."answeredAt") END AS "gradedAt",
             c.id AS "cardId"
      FROM "AttemptItem" i
      JOIN "Attempt" a ON a.id = i."attemptId"
      LEFT JOIN "ReviewCard" c ON c."userId" = a."userId" AND c."questionId" = i."questionId"
      WHERE a."userId" = ${userId} ${inScope}
        AND i."isCorrect" IS NOT NULL AND i."answeredAt" IS NOT NULL
        AND (i.revealed OR a.status = 'SUBMITTED')
        AND NOT EXISTS (SELECT 1 FROM "ReviewLog" l WHERE l."cardId" = c.id AND l."attemptItemId" = i.id)
    )
    SELECT g.* FROM graded g
    WHERE g."cardId" IS NOT NULL
       OR EXISTS (SELECT 1 FROM graded w WHERE w."questionId" = g."questionId" AND w."isCorrect" = false)
    ORDER BY g."gradedAt", g.id`;
}
