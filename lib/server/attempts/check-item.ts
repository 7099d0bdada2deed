import "server-only";
import { AppError } from "@/lib/errors.ts";
import type { Response } from "@/lib/domain/questions/content.ts";
import { scoreItem } from "@/lib/domain/practice/score.ts";
import { canAcceptAnswer } from "@/lib/domain/practice/deadline.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { recordAnswerTallies } from "@/lib/server/readiness/question-tallies.ts";
import { recordGradedAnswers } from "@/lib/server/review/record-graded-answers.ts";
import { contentOf, lockAttempt, settingsOf } from "./load-attempt.ts";

/**
 * Immediate feedback: makes the saved answer final and grades it; from then on the item's key,
 * explanation and references are part of the learner's view. Checking twice changes nothing.
 * Exam simulations never reveal before submit.
 */
export async function checkItem(prisma: PrismaClient, userId: string, attemptId: string, position: number, now = new Date()): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const attempt = await tx.attempt.findFirst({ where: { id: attemptId, userId }, select: { id: true, mode: true, settings: true } });
    if (!attempt) throw new AppError("NOT_FOUND", "Attempt not found.");
    if (settingsOf(attempt).feedback !== "immediate") throw new AppError("FORBIDDEN", "Answers in this attempt are shown after you submit it.");
    await lockAttempt(tx, attemptId, "share");
    const current = await tx.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { status: true, deadline: true } });
    if (!canAcceptAnswer({ status: current.status, deadline: current.deadline, now })) throw new AppError("CONFLICT", "This attempt is closed.");
    const item = await tx.attemptItem.findUnique({
      where: { attemptId_position: { attemptId, position } },
      select: { id: true, revealed: true, response: true, questionVersion: { select: { content: true } } },
    });
    if (!item) throw new AppError("NOT_FOUND", `Question ${position + 1} is not part of this attempt.`);
    if (item.revealed) return;
    if (item.response === null) throw new AppError("UNPROCESSABLE", "Answer the question before checking it.");
    const score = scoreItem(contentOf(item.questionVersion), item.response as Response);
    await tx.attemptItem.update({ where: { id: item.id }, data: { revealed: true, isCorrect: score.isCorrect, pointsEarned: score.pointsEarned } });
    await recordGradedAnswers(tx, userId, { attemptItemId: item.id });
    await recordAnswerTallies(tx, userId, { attemptItemId: item.id });
  });
}
