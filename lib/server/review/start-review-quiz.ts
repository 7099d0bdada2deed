import "server-only";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { createQuizAttempt } from "./create-quiz-attempt.ts";
import { dueCardsWhere } from "./due-cards.ts";

/**
 * Starts a review quiz (mode REVIEW) of the learner's cards of one exam that are due today, the
 * most overdue first when there are more than `limit`. Answering them reschedules the cards.
 */
export async function startReviewQuiz(
  prisma: PrismaClient,
  userId: string,
  input: { examCode: string; limit: number },
  now: Date,
  timeZone: string,
): Promise<{ id: string }> {
  const exam = await prisma.exam.findUnique({ where: { code: input.examCode }, select: { code: true } });
  if (!exam) throw new AppError("NOT_FOUND", "Exam not found.");
  const due = await prisma.reviewCard.findMany({
    where: dueCardsWhere(userId, now, timeZone, exam.code),
    orderBy: [{ due: "asc" }, { id: "asc" }],
    take: input.limit,
    select: { questionId: true },
  });
  if (due.length === 0) throw new AppError("UNPROCESSABLE", `Nothing of ${exam.code} is due today.`);
  return createQuizAttempt(
    prisma,
    userId,
    { examCode: exam.code, mode: "REVIEW", questionIds: due.map((c) => c.questionId), order: "shuffled", settings: { source: "due", count: due.length } },
    now,
  );
}
