import "server-only";
import { Prisma, type PrismaClient } from "@/lib/server/db/generated/client.ts";
import { logColumns, scheduleOf } from "./card-row.ts";
import { lockLearner } from "./db.ts";
import { planCardReviews, type CardPlan } from "./plan-card-reviews.ts";
import { replayCard } from "./recompute-schedule.ts";
import { storeCardSchedules } from "./store-card-schedules.ts";

export type GradedScope = { attemptId: string } | { attemptItemId: string } | { all: true };

// ReviewLog has 13 columns; PostgreSQL takes at most 65 535 parameters per statement (a catch-up can log thousands).
const LOG_ROWS_PER_INSERT = 2_000;

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
  if (rows.length === 0) return { logged: 0, cardsCreated: 0 };
  const byQuestion = new Map<string, PendingRow[]>();
  for (const row of rows) byQuestion.set(row.questionId, [...(byQuestion.get(row.questionId) ?? []), row]);

  // A handful of statements whatever the number of answers: read the cards, work out every schedule
  // in memory, then create, log and update in bulk. Only out-of-order answers replay card by card.
  const existing = await tx.reviewCard.findMany({ where: { userId, questionId: { in: [...byQuestion.keys()] } } });
  const cardOf = new Map(existing.map((card) => [card.questionId, { id: card.id, createdAt: card.createdAt, schedule: scheduleOf(card) }]));
  const plans: (CardPlan & { questionId: string })[] = [];
  for (const [questionId, answers] of byQuestion) {
    const plan = planCardReviews(cardOf.get(questionId) ?? null, answers);
    if (plan) plans.push({ ...plan, questionId });
  }

  const fresh = plans.filter((plan) => plan.cardId === null);
  const created =
    fresh.length === 0
      ? []
      : await tx.reviewCard.createManyAndReturn({
          data: fresh.map((plan) => ({ userId, questionId: plan.questionId, ...scheduleOf(plan.schedule), createdAt: plan.createdAt })),
          select: { id: true, questionId: true },
        });
  const createdId = new Map(created.map((card) => [card.questionId, card.id]));
  const cards = plans.map((plan) => ({ ...plan, cardId: plan.cardId ?? createdId.get(plan.questionId)! }));

  const logs = cards.flatMap((card) => card.logs.map((log) => ({ cardId: card.cardId, attemptItemId: log.attemptItemId, ...logColumns(log.entry) })));
  for (let i = 0; i < logs.length; i += LOG_ROWS_PER_INSERT) await tx.reviewLog.createMany({ data: logs.slice(i, i + LOG_ROWS_PER_INSERT) });

  // New cards were created with their final schedule; existing ones change only when they got a review.
  await storeCardSchedules(
    tx,
    cards.filter((card) => !card.replay && card.logs.length > 0 && !createdId.has(card.questionId)).map((card) => ({ id: card.cardId, schedule: card.schedule })),
  );
  for (const card of cards) if (card.replay) await replayCard(tx, card.cardId);
  return { logged: logs.length, cardsCreated: created.length };
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
