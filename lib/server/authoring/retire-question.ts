import "server-only";
import { AppError } from "@/lib/errors.ts";
import { writeAudit } from "@/lib/server/audit/write-audit.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { bumpBankVersions } from "@/lib/server/questions/bank-version.ts";
import { assertAuthor, type Actor } from "./actor.ts";

/**
 * Retires a question: practice pools take only published questions, so it stops being drawn; its
 * versions stay for the attempts and reviews that refer to them. Retiring twice changes nothing.
 */
export async function retireQuestion(prisma: PrismaClient, actor: Actor, questionId: string): Promise<{ id: string; retired: boolean }> {
  assertAuthor(actor);
  return prisma.$transaction(async (tx) => {
    const row = await tx.question.findUnique({ where: { id: questionId }, select: { status: true } });
    if (!row) throw new AppError("NOT_FOUND", "There is no such question.");
    if (row.status === "RETIRED") return { id: questionId, retired: false };
    await tx.question.update({ where: { id: questionId }, data: { status: "RETIRED" } });
    await bumpBankVersions(tx, [questionId]);
    await writeAudit(tx, { actorId: actor.id, action: "question.retire", entityType: "Question", entityId: questionId, data: { previousStatus: row.status } });
    return { id: questionId, retired: true };
  });
}
