import "server-only";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import type { ExamOutcomeDto } from "./dto.ts";

/** The real exam results this learner reported for the exam, the latest first. */
export async function listExamOutcomes(prisma: PrismaClient, userId: string, examCode: string): Promise<Omit<ExamOutcomeDto, "updated">[]> {
  const rows = await prisma.examOutcome.findMany({
    where: { userId, examCode },
    orderBy: [{ takenOn: "desc" }, { createdAt: "desc" }],
    select: { id: true, examCode: true, takenOn: true, passed: true, score: true },
  });
  return rows.map((row) => ({ ...row, takenOn: row.takenOn.toISOString().slice(0, 10) }));
}
