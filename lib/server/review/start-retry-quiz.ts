import "server-only";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { createQuizAttempt } from "./create-quiz-attempt.ts";

/**
 * "Retry missed": a quiz of every question of a past attempt that did not earn full marks —
 * wrong or left unanswered — in their current versions.
 */
export async function startRetryOfAttempt(prisma: PrismaClient, userId: string, attemptId: string, now = new Date()): Promise<{ id: string }> {
  const attempt = await prisma.attempt.findFirst({
    where: { id: attemptId, userId },
    select: { id: true, examCode: true, status: true, items: { where: { isCorrect: false }, orderBy: { position: "asc" }, select: { questionId: true } } },
  });
  if (!attempt) throw new AppError("NOT_FOUND", "Attempt not found.");
  if (attempt.status !== "SUBMITTED") throw new AppError("CONFLICT", "Finish this attempt before retrying its missed questions.");
  if (attempt.items.length === 0) throw new AppError("UNPROCESSABLE", "Nothing to retry: every answer in this attempt was right.");
  return createQuizAttempt(
    prisma,
    userId,
    {
      examCode: attempt.examCode,
      mode: "CUSTOM",
      questionIds: attempt.items.map((i) => i.questionId),
      order: "shuffled",
      settings: { source: "retry-attempt", retryOf: attempt.id, only: "missed", count: attempt.items.length },
    },
    now,
  );
}
