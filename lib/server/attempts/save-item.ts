import "server-only";
import { AppError } from "@/lib/errors.ts";
import { canAcceptAnswer } from "@/lib/domain/practice/deadline.ts";
import { responseProblem } from "@/lib/domain/practice/validate-response.ts";
import { questionContentSchema } from "@/lib/domain/questions/content.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { Prisma } from "@/lib/server/db/generated/client.ts";
import type { SaveItemInput } from "@/lib/validation/attempts.ts";
import { lockAttempt } from "./load-attempt.ts";

export type SaveAck = { position: number; savedAt: string; flagged: boolean; answered: boolean };

/**
 * Saves one question's answer and/or flag as the learner gives it. Refused with a 4xx: a question
 * not on the attempt, an attempt that is submitted or past its deadline, an answer already checked
 * (immediate feedback locks it), or an answer that does not fit the question.
 */
export async function saveItem(prisma: PrismaClient, userId: string, attemptId: string, position: number, input: SaveItemInput, now = new Date()): Promise<SaveAck> {
  return prisma.$transaction(async (tx) => {
    const attempt = await tx.attempt.findFirst({ where: { id: attemptId, userId }, select: { id: true } });
    if (!attempt) throw new AppError("NOT_FOUND", "Attempt not found.");
    await lockAttempt(tx, attemptId, "share");
    const current = await tx.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { status: true, deadline: true } });
    if (current.status === "SUBMITTED") throw new AppError("CONFLICT", "This attempt is already submitted; answers can no longer change.");
    if (!canAcceptAnswer({ status: current.status, deadline: current.deadline, now })) {
      throw new AppError("CONFLICT", "Time is up for this attempt; answers can no longer change.");
    }
    const item = await tx.attemptItem.findUnique({
      where: { attemptId_position: { attemptId, position } },
      select: { id: true, revealed: true, flagged: true, response: true, questionVersion: { select: { content: true } } },
    });
    if (!item) throw new AppError("NOT_FOUND", `Question ${position + 1} is not part of this attempt.`);

    const data: Prisma.AttemptItemUpdateInput = {};
    if (input.flagged !== undefined) data.flagged = input.flagged;
    if (input.response !== undefined) {
      if (item.revealed) throw new AppError("CONFLICT", "This answer was already checked and cannot change.");
      if (input.response !== null) {
        const problem = responseProblem(questionContentSchema.parse(item.questionVersion.content), input.response);
        if (problem) throw new AppError("UNPROCESSABLE", problem);
      }
      data.response = input.response === null ? Prisma.DbNull : input.response;
      data.answeredAt = input.response === null ? null : now;
    }
    const saved = await tx.attemptItem.update({ where: { id: item.id }, data, select: { flagged: true, response: true } });
    return { position, savedAt: now.toISOString(), flagged: saved.flagged, answered: saved.response !== null };
  });
}

/** Remembers where the learner is, so a resumed attempt opens on the same question. */
export async function moveTo(prisma: PrismaClient, userId: string, attemptId: string, position: number): Promise<void> {
  const { count } = await prisma.attempt.updateMany({
    where: { id: attemptId, userId, status: "IN_PROGRESS", items: { some: { position } } },
    data: { currentPosition: position },
  });
  if (count === 0) {
    const exists = await prisma.attempt.count({ where: { id: attemptId, userId } });
    if (!exists) throw new AppError("NOT_FOUND", "Attempt not found.");
  }
}
