import "server-only";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { getReadiness } from "@/lib/server/readiness/get-readiness.ts";

export type ReadinessReading = { probability: number } | { unavailable: string };

/** Where the guarantee reads a learner's readiness (probability of passing) as of a date. */
export type ReadinessSource = (prisma: PrismaClient, userId: string, examCode: string, asOf: Date) => Promise<ReadinessReading>;

/**
 * The readiness model's estimate from the learner's answers up to `asOf` (later answers are left
 * out); the shared question calibration it scores them with is the current one. Below the
 * model's minimum number of answers there is no estimate, and the report says how many are missing.
 */
export const learnerReadiness: ReadinessSource = async (prisma, userId, examCode, asOf) => {
  const readiness = await getReadiness(prisma, userId, examCode, asOf);
  if (readiness.status === "estimate") return { probability: readiness.probability };
  const more = readiness.needed === 1 ? "1 more question" : `${readiness.needed} more questions`;
  return { unavailable: `Not enough answers for a readiness estimate yet: answer ${more}.` };
};
