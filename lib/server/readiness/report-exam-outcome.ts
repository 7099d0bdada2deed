import "server-only";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import type { ReportOutcomeInput } from "@/lib/validation/readiness.ts";
import type { ExamOutcomeDto } from "./dto.ts";
import { markExamReadinessModelStale } from "./exam-readiness-model.ts";

/**
 * Records a real exam result the learner reports, for the cut the readiness model learns. A
 * second report for the same exam and day replaces the first (a corrected typo, not a retake).
 * `input` is validated by reportOutcomeSchema; the pass mark check needs the exam, so it is here.
 */
export async function reportExamOutcome(prisma: PrismaClient, userId: string, input: ReportOutcomeInput): Promise<ExamOutcomeDto> {
  const exam = await prisma.exam.findUnique({ where: { code: input.examCode }, select: { code: true, passMark: true } });
  if (!exam) throw new AppError("NOT_FOUND", "Exam not found.", { fieldErrors: { examCode: ["Choose an exam."] } });
  const score = input.score ?? null;
  if (score !== null && score >= exam.passMark !== input.passed) {
    const message = input.passed
      ? `A score of ${score} is below the pass mark of ${exam.passMark}. Check the score, or choose "failed".`
      : `A score of ${score} reaches the pass mark of ${exam.passMark}. Check the score, or choose "passed".`;
    throw new AppError("BAD_REQUEST", message, { fieldErrors: { score: [message] } });
  }
  const takenOn = new Date(`${input.takenOn}T00:00:00.000Z`);

  const { row, updated } = await prisma.$transaction(async (tx) => {
    const existing = await tx.examOutcome.findFirst({ where: { userId, examCode: exam.code, takenOn }, select: { id: true } });
    const data = { passed: input.passed, score };
    if (existing) return { row: await tx.examOutcome.update({ where: { id: existing.id }, data }), updated: true };
    return { row: await tx.examOutcome.create({ data: { userId, examCode: exam.code, takenOn, ...data } }), updated: false };
  });
  markExamReadinessModelStale(prisma, exam.code);
  return { id: row.id, examCode: row.examCode, takenOn: row.takenOn.toISOString().slice(0, 10), passed: row.passed, score: row.score, updated };
}
