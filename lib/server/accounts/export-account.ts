import "server-only";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";

/**
 * Everything PassPath holds about one learner, as plain JSON. Question content is referenced by id
 * and version, not copied: the bank is ours, the answers are theirs.
 */
export async function exportAccount(prisma: PrismaClient, userId: string) {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      createdAt: true,
      oauthAccounts: { select: { provider: true } },
      enrollments: true,
      attempts: {
        orderBy: { startedAt: "asc" },
        include: {
          items: {
            orderBy: { position: "asc" },
            select: { position: true, questionId: true, questionVersion: { select: { version: true } }, response: true, answeredAt: true, flagged: true, isCorrect: true, pointsEarned: true, pointsPossible: true },
          },
        },
      },
      reviewCards: { include: { logs: true } },
      questionNotes: true,
      claims: { select: { id: true, examDate: true, score: true, scoreReportId: true, statement: true, status: true, decisionReason: true, createdAt: true, eligible: true } },
      reports: { select: { questionId: true, kind: true, text: true, status: true, resolutionNote: true, createdAt: true } },
      examOutcomes: true,
    },
  });
  return { exportedAt: new Date().toISOString(), format: "passpath-account-export/1", account: user };
}
