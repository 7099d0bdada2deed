import "server-only";
import type { EligibilityReport } from "@/lib/domain/guarantee/evaluate-eligibility.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { assertAdmin } from "./assert-admin.ts";
import type { ClaimQueueRowDto, ClaimStatus } from "./dto.ts";
import { isoDay } from "./dto.ts";

/** The admin queue: open claims first (oldest first), then decided ones (newest decision first). */
export async function listClaims(prisma: PrismaClient, actorId: string, filter: { status?: ClaimStatus } = {}): Promise<ClaimQueueRowDto[]> {
  await assertAdmin(prisma, actorId);
  const rows = await prisma.guaranteeClaim.findMany({
    where: filter.status ? { status: filter.status } : {},
    include: { user: { select: { name: true, email: true } }, enrollment: { select: { examCode: true } } },
    orderBy: [{ createdAt: "asc" }],
    take: 500,
  });
  const open = rows.filter((r) => r.status === "SUBMITTED");
  const decided = rows.filter((r) => r.status !== "SUBMITTED").sort((a, b) => (b.decidedAt?.getTime() ?? 0) - (a.decidedAt?.getTime() ?? 0));
  return [...open, ...decided].map((row) => ({
    id: row.id,
    examCode: row.enrollment.examCode,
    examDate: isoDay(row.examDate),
    score: row.score,
    eligible: row.eligible,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    claimant: row.user,
    unmet: (row.snapshot as EligibilityReport).criteria.filter((c) => !c.met).map((c) => c.title),
  }));
}
