import "server-only";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";

export type SkillPerformanceDto = {
  examCode: string;
  /** Per skill area with answers: how many answered questions, how many of them right. */
  areas: { key: string; answered: number; correct: number }[];
  /** Full exam simulations this learner has submitted for this exam. */
  simulationsTaken: number;
};

/**
 * One learner's accuracy per skill area of an exam, from the scored items of their own submitted
 * attempts. Questions left unanswered are not counted: running out of time says little about
 * which area is weak.
 */
export async function getSkillPerformance(prisma: PrismaClient, userId: string, examCode: string): Promise<SkillPerformanceDto> {
  const exam = await prisma.exam.findUnique({ where: { code: examCode }, select: { code: true, skillAreas: { select: { id: true, key: true } } } });
  if (!exam) throw new AppError("NOT_FOUND", "We do not have that exam.");

  const submitted = { userId, examCode, status: "SUBMITTED" as const };
  const [rows, simulationsTaken] = await Promise.all([
    prisma.attemptItem.groupBy({
      by: ["questionId", "isCorrect"],
      where: { attempt: submitted, isCorrect: { not: null }, answeredAt: { not: null } },
      _count: { _all: true },
    }),
    prisma.attempt.count({ where: { ...submitted, mode: "EXAM" } }),
  ]);

  const questions = await prisma.question.findMany({
    where: { id: { in: [...new Set(rows.map((row) => row.questionId))] } },
    select: { id: true, skillAreaId: true },
  });
  const keyOfArea = new Map(exam.skillAreas.map((area) => [area.id, area.key]));
  const keyOfQuestion = new Map(questions.map((q) => [q.id, keyOfArea.get(q.skillAreaId)]));

  const totals = new Map<string, { answered: number; correct: number }>();
  for (const row of rows) {
    const key = keyOfQuestion.get(row.questionId);
    if (!key) continue;
    const total = totals.get(key) ?? { answered: 0, correct: 0 };
    total.answered += row._count._all;
    if (row.isCorrect) total.correct += row._count._all;
    totals.set(key, total);
  }
  return {
    examCode: exam.code,
    areas: exam.skillAreas.filter((area) => totals.has(area.key)).map((area) => ({ key: area.key, ...totals.get(area.key)! })),
    simulationsTaken,
  };
}
