import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client.ts";

/**
 * Marks the banks of these questions' exams as changed (Exam.bankVersion), in the transaction that
 * writes them: a process holding an exam's question pool in memory reloads it on its next exam
 * start (load-pool.ts). Every writer of questions calls it — creating, editing, importing, retiring.
 */
export async function bumpBankVersions(tx: Prisma.TransactionClient, questionIds: readonly string[]): Promise<void> {
  if (questionIds.length === 0) return;
  await tx.$executeRaw`
    UPDATE "Exam" SET "bankVersion" = "bankVersion" + 1
    WHERE code IN (SELECT DISTINCT "examCode" FROM "Question" WHERE id = ANY(${[...questionIds]}::text[]))`;
}
