import "server-only";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { isAuthor, type Actor } from "@/lib/server/authoring/actor.ts";
import type { CreateReportInput } from "@/lib/validation/reports.ts";

/**
 * Files a learner's report on a question they have been shown (an item of one of their attempts;
 * authors may report any question). It is tied to the version they saw: the one named, or else the
 * one of their latest attempt item. One open report per learner and question.
 */
export async function createReport(prisma: PrismaClient, actor: Actor, input: CreateReportInput): Promise<{ id: string }> {
  const seen = await prisma.attemptItem.findFirst({
    where: { questionId: input.questionId, attempt: { userId: actor.id } },
    orderBy: { attempt: { startedAt: "desc" } },
    select: { questionVersionId: true },
  });
  const question = await prisma.question.findUnique({ where: { id: input.questionId }, select: { id: true } });
  if (!question || (!seen && !isAuthor(actor))) throw new AppError("NOT_FOUND", "There is no such question among those you have seen.");

  const named =
    input.questionVersion === undefined
      ? null
      : await prisma.questionVersion.findUnique({ where: { questionId_version: { questionId: input.questionId, version: input.questionVersion } }, select: { id: true } });
  const questionVersionId = named?.id ?? seen?.questionVersionId ?? null;

  const open = await prisma.questionReport.findFirst({ where: { questionId: input.questionId, reporterId: actor.id, status: "OPEN" }, select: { id: true } });
  if (open) throw new AppError("CONFLICT", "You have already reported this question; an author will look at it and you will see the outcome under Your reports.");

  const report = await prisma.questionReport.create({
    data: { questionId: input.questionId, questionVersionId, reporterId: actor.id, kind: input.kind, text: input.text },
    select: { id: true },
  });
  return report;
}
