import "server-only";
import type { SimulationEvidence } from "@/lib/domain/guarantee/evaluate-eligibility.ts";
import type { Prisma, PrismaClient } from "@/lib/server/db/generated/client.ts";
import type { SimulationEvidenceDto } from "./dto.ts";

type Client = PrismaClient | Prisma.TransactionClient;

export type Evidence = {
  passMark: number;
  questionCount: number;
  publishedQuestionIds: string[];
  answeredQuestionIds: string[];
  simulations: (SimulationEvidence & { attemptId: string; items: number; passed: boolean })[];
};

/**
 * The learner's recorded practice for one exam up to `until`: the questions they answered (any
 * mode) and their submitted exam simulations. A simulation is full-length when it held as many
 * questions as the real exam; a shortened form taken because the bank was short does not count.
 */
export async function gatherEvidence(client: Client, userId: string, examCode: string, until: Date): Promise<Evidence> {
  const exam = await client.exam.findUniqueOrThrow({ where: { code: examCode }, select: { passMark: true, questionCount: true } });
  const [published, answered, attempts] = await Promise.all([
    client.question.findMany({ where: { examCode, status: "PUBLISHED" }, select: { id: true } }),
    client.attemptItem.findMany({
      where: { attempt: { userId, examCode }, answeredAt: { not: null, lte: until } },
      select: { questionId: true },
      distinct: ["questionId"],
    }),
    client.attempt.findMany({
      where: { userId, examCode, mode: "EXAM", status: "SUBMITTED", submittedAt: { lte: until }, scaledScore: { not: null } },
      select: { id: true, submittedAt: true, scaledScore: true, passed: true },
      orderBy: { submittedAt: "desc" },
    }),
  ]);
  // Counted for these attempts only: Prisma's `_count` of a relation groups the whole item table.
  const counts = attempts.length
    ? await client.attemptItem.groupBy({ by: ["attemptId"], where: { attemptId: { in: attempts.map((a) => a.id) } }, _count: { _all: true } })
    : [];
  const itemsOf = new Map(counts.map((c) => [c.attemptId, c._count._all]));
  return {
    passMark: exam.passMark,
    questionCount: exam.questionCount,
    publishedQuestionIds: published.map((q) => q.id),
    answeredQuestionIds: answered.map((a) => a.questionId),
    simulations: attempts.map((a) => ({
      attemptId: a.id,
      submittedAt: a.submittedAt!,
      scaledScore: a.scaledScore!,
      passed: a.passed ?? false,
      items: itemsOf.get(a.id) ?? 0,
      fullLength: itemsOf.get(a.id) === exam.questionCount,
    })),
  };
}

export function toSimulationDtos(evidence: Evidence): SimulationEvidenceDto[] {
  return evidence.simulations.map((s) => ({ attemptId: s.attemptId, submittedAt: s.submittedAt.toISOString(), scaledScore: s.scaledScore, passed: s.passed, items: s.items, fullLength: s.fullLength }));
}
