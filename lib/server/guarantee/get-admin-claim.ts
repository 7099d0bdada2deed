import "server-only";
import { endOfDay } from "@/lib/domain/guarantee/days.ts";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { assertAdmin } from "./assert-admin.ts";
import type { AdminClaimDto } from "./dto.ts";
import { gatherEvidence, toSimulationDtos } from "./gather-evidence.ts";
import { claimInclude, toClaimDto } from "./to-dto.ts";

/** One claim for review: the frozen snapshot plus the recorded evidence as of the exam date. */
export async function getAdminClaim(prisma: PrismaClient, actorId: string, claimId: string): Promise<AdminClaimDto> {
  await assertAdmin(prisma, actorId);
  const row = await prisma.guaranteeClaim.findUnique({
    where: { id: claimId },
    include: { ...claimInclude, user: { select: { id: true, name: true, email: true } }, decidedBy: { select: { name: true } }, enrollment: { select: { examCode: true, enrolledAt: true } } },
  });
  if (!row) throw new AppError("NOT_FOUND", "Claim not found.");
  const evidence = await gatherEvidence(prisma, row.userId, row.enrollment.examCode, endOfDay(row.examDate));
  const published = new Set(evidence.publishedQuestionIds);
  return {
    ...toClaimDto(row),
    claimant: row.user,
    decidedBy: row.decidedBy?.name ?? null,
    evidence: {
      enrolledAt: row.enrollment.enrolledAt.toISOString(),
      answeredPublished: evidence.answeredQuestionIds.filter((id) => published.has(id)).length,
      publishedQuestions: published.size,
      simulations: toSimulationDtos(evidence),
    },
  };
}
