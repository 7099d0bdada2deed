import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client.ts";

export type ItemScoreRow = { id: string; isCorrect: boolean; pointsEarned: number };

/**
 * Writes the scores of an attempt's items in one statement: one UPDATE per item made submitting a
 * 50-question exam cost 50 round trips. Callers hold the attempt's row lock, which every writer of
 * its items takes first, so the order the rows are updated in does not matter.
 */
export async function storeItemScores(tx: Prisma.TransactionClient, attemptId: string, rows: readonly ItemScoreRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    UPDATE "AttemptItem" AS i
    SET "isCorrect" = v."isCorrect", "pointsEarned" = v."pointsEarned"
    FROM unnest(${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.isCorrect)}::boolean[], ${rows.map((r) => r.pointsEarned)}::float8[])
      AS v(id, "isCorrect", "pointsEarned")
    WHERE i.id = v.id AND i."attemptId" = ${attemptId}`;
}
