import "server-only";
import { startOfNextDay } from "@/lib/domain/review/local-day.ts";
import type { Prisma } from "@/lib/server/db/generated/client.ts";

/** Cards in the learner's queue: not retired, on a question that can still be practised. */
export function activeCardsWhere(userId: string, examCode?: string): Prisma.ReviewCardWhereInput {
  return { userId, retiredAt: null, question: { status: "PUBLISHED", ...(examCode ? { examCode } : {}) } };
}

/** Due today: due before the learner's next local midnight. */
export function dueCardsWhere(userId: string, now: Date, timeZone: string, examCode?: string): Prisma.ReviewCardWhereInput {
  return { ...activeCardsWhere(userId, examCode), due: { lt: startOfNextDay(now, timeZone) } };
}
