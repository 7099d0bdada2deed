import "server-only";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { createQuizAttempt } from "@/lib/server/review/create-quiz-attempt.ts";
import type { RetryNotebookInput } from "@/lib/validation/review.ts";
import { missedItemsWhere } from "./missed-where.ts";

export const NOTEBOOK_RETRY_MAX = 100;

/** "Retry missed" from the notebook: its questions of one exam (as filtered), the most recently missed first. */
export async function startNotebookRetry(prisma: PrismaClient, userId: string, input: RetryNotebookInput, now = new Date()): Promise<{ id: string }> {
  const exam = await prisma.exam.findUnique({ where: { code: input.examCode }, select: { code: true } });
  if (!exam) throw new AppError("NOT_FOUND", "Exam not found.");
  const groups = await prisma.attemptItem.groupBy({
    by: ["questionId"],
    where: missedItemsWhere(userId, { examCode: exam.code, skillArea: input.skillArea, q: input.q || undefined }),
    _max: { answeredAt: true },
    orderBy: [{ _max: { answeredAt: "desc" } }, { questionId: "asc" }],
    take: NOTEBOOK_RETRY_MAX,
  });
  if (groups.length === 0) throw new AppError("UNPROCESSABLE", `Your notebook has no missed ${exam.code} questions${input.skillArea || input.q ? " matching these filters" : ""}.`);
  return createQuizAttempt(
    prisma,
    userId,
    {
      examCode: exam.code,
      mode: "CUSTOM",
      questionIds: groups.map((g) => g.questionId),
      order: "shuffled",
      settings: { source: "retry-notebook", only: "missed", filters: { skillArea: input.skillArea ?? null, q: input.q || null }, count: groups.length },
    },
    now,
  );
}
