import "server-only";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import type { AttemptDto, AttemptSummaryDto } from "./dto.ts";
import { loadOwnAttempt } from "./load-attempt.ts";
import { finalizeIfExpired } from "./submit-attempt.ts";
import { toAttemptDto } from "./to-attempt-dto.ts";

/** The learner's attempt, finalized first if its deadline passed while nobody was looking. */
export async function getAttempt(prisma: PrismaClient, userId: string, attemptId: string, now = new Date()): Promise<AttemptDto> {
  let attempt = await loadOwnAttempt(prisma, userId, attemptId);
  if (await finalizeIfExpired(prisma, userId, attempt, now)) attempt = await loadOwnAttempt(prisma, userId, attemptId);
  return toAttemptDto(attempt, now);
}

/** The learner's recent attempts, newest first, optionally for one exam. */
export async function listAttempts(prisma: PrismaClient, userId: string, options: { examCode?: string; take?: number } = {}): Promise<AttemptSummaryDto[]> {
  const attempts = await prisma.attempt.findMany({
    where: { userId, ...(options.examCode ? { examCode: options.examCode } : {}) },
    orderBy: { startedAt: "desc" },
    take: options.take ?? 20,
    select: {
      id: true,
      examCode: true,
      mode: true,
      status: true,
      startedAt: true,
      submittedAt: true,
      rawPercent: true,
      scaledScore: true,
      passed: true,
    },
  });
  // Counted for these attempts only: Prisma's `_count` of a relation groups the whole item table.
  const counts = attempts.length
    ? await prisma.attemptItem.groupBy({ by: ["attemptId"], where: { attemptId: { in: attempts.map((a) => a.id) } }, _count: { _all: true, answeredAt: true } })
    : [];
  const countsOf = new Map(counts.map((c) => [c.attemptId, c._count]));
  return attempts.map((a) => ({
    id: a.id,
    examCode: a.examCode,
    mode: a.mode,
    status: a.status,
    startedAt: a.startedAt.toISOString(),
    submittedAt: a.submittedAt?.toISOString() ?? null,
    questionCount: countsOf.get(a.id)?._all ?? 0,
    answeredCount: countsOf.get(a.id)?.answeredAt ?? 0,
    rawPercent: a.rawPercent,
    scaledScore: a.scaledScore,
    passed: a.passed,
  }));
}
