import "server-only";
import { AppError } from "@/lib/errors.ts";
import type { Response } from "@/lib/domain/questions/content.ts";
import { scoreAttempt } from "@/lib/domain/practice/score.ts";
import { ANSWER_GRACE_MS } from "@/lib/domain/practice/deadline.ts";
import type { Prisma, PrismaClient } from "@/lib/server/db/generated/client.ts";
import { recordAnswerTallies } from "@/lib/server/readiness/question-tallies.ts";
import { recordGradedAnswers } from "@/lib/server/review/record-graded-answers.ts";
import { contentOf, loadOwnAttempt, lockAttempt } from "./load-attempt.ts";
import { storeItemScores } from "./store-item-scores.ts";

/**
 * Scores and closes the attempt. Idempotent: a second call (double click, retry, another tab)
 * finds it submitted and changes nothing. The attempt row is locked, so an answer being saved at
 * the same moment is either in the score or refused — never acknowledged and then lost.
 */
export async function submitAttempt(prisma: PrismaClient, userId: string, attemptId: string, now = new Date()): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await requireOwnAttempt(tx, userId, attemptId); // 404 before taking any lock
    await lockAttempt(tx, attemptId, "update");
    await closeAttempt(tx, userId, attemptId, now, false);
  });
}

/** Finalizes an attempt whose deadline passed while nobody was looking; a no-op otherwise. */
export async function finalizeIfExpired(prisma: PrismaClient, userId: string, attempt: { id: string; status: string; deadline: Date | null }, now = new Date()): Promise<boolean> {
  if (attempt.status !== "IN_PROGRESS" || !attempt.deadline || attempt.deadline.getTime() + ANSWER_GRACE_MS > now.getTime()) return false;
  await prisma.$transaction(async (tx) => {
    await lockAttempt(tx, attempt.id, "update");
    await closeAttempt(tx, userId, attempt.id, now, true);
  });
  return true;
}

/** The ownership check alone: closeAttempt loads the attempt with its items once it holds the lock. */
async function requireOwnAttempt(tx: Prisma.TransactionClient, userId: string, attemptId: string): Promise<void> {
  const owned = await tx.attempt.findFirst({ where: { id: attemptId, userId }, select: { id: true } });
  if (!owned) throw new AppError("NOT_FOUND", "Attempt not found.");
}

async function closeAttempt(tx: Prisma.TransactionClient, userId: string, attemptId: string, now: Date, byDeadline: boolean): Promise<void> {
  const attempt = await loadOwnAttempt(tx, userId, attemptId);
  if (attempt.status === "SUBMITTED") return;
  const expired = attempt.deadline !== null && attempt.deadline.getTime() + ANSWER_GRACE_MS <= now.getTime();
  const score = scoreAttempt(
    attempt.items.map((item) => ({
      skillAreaKey: item.question.skillArea.key,
      skillAreaName: item.question.skillArea.name,
      content: contentOf(item.questionVersion),
      response: (item.response ?? null) as Response | null,
    })),
    { passMark: attempt.exam.passMark },
  );
  // Item scores are stored too: review, the notebook and statistics read them without regrading.
  await storeItemScores(
    tx,
    attemptId,
    attempt.items.map((item, index) => ({ id: item.id, isCorrect: score.items[index]!.isCorrect, pointsEarned: score.items[index]!.pointsEarned })),
  );
  await tx.attempt.update({
    where: { id: attemptId },
    data: {
      status: "SUBMITTED",
      // An attempt that ran out of time ended at its deadline, however late we noticed.
      submittedAt: expired && attempt.deadline ? attempt.deadline : now,
      autoSubmitted: byDeadline || expired,
      pointsEarned: score.pointsEarned,
      pointsPossible: score.pointsPossible,
      rawPercent: score.rawPercent,
      scaledScore: score.scaledScore,
      passed: score.passed,
      breakdown: score.perSkillArea,
    },
  });
  // Wrong answers become review cards, and every answer counts towards readiness, in the same
  // transaction: grading, scheduling and the readiness tallies commit together.
  await recordGradedAnswers(tx, userId, { attemptId });
  await recordAnswerTallies(tx, userId, { attemptId });
}
