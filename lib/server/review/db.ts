import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client.ts";

/**
 * Serialises one learner's review bookkeeping (submit in one tab, a guess mark in another): the
 * card of a question is created once and each answer is logged once.
 */
export async function lockLearner(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
}
