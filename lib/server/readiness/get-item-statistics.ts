import "server-only";
import { AppError } from "@/lib/errors.ts";
import { questionContentSchema, type Response } from "@/lib/domain/questions/content.ts";
import { itemPrior } from "@/lib/domain/readiness/item-prior.ts";
import { choicesOf, chosenOf, computeItemStatistics } from "@/lib/domain/readiness/item-statistics.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import type { ItemStatisticsDto } from "./dto.ts";
import { getExamReadinessModel } from "./exam-readiness-model.ts";

type AnswerRow = { learnerId: string; itemId: string; correct: boolean; response: unknown; at: Date };

/**
 * Per question of the exam: how often it was answered and got right, its point-biserial and IRT
 * parameters, how often each option was picked by strong and weak learners, and flags for the
 * usual signs of a wrong key. For authors and admins: it names the key. Options are read from the
 * question's current version; answers to earlier versions count by option id.
 */
export async function getItemStatistics(prisma: PrismaClient, userId: string, examCode: string): Promise<ItemStatisticsDto[]> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { role: true } });
  if (!user || user.role === "LEARNER") throw new AppError("FORBIDDEN", "Item statistics are for authors.");
  const exam = await prisma.exam.findUnique({ where: { code: examCode }, select: { code: true } });
  if (!exam) throw new AppError("NOT_FOUND", "Exam not found.");

  const [questions, rows, model] = await Promise.all([
    prisma.question.findMany({
      where: { examCode },
      orderBy: { id: "asc" },
      select: {
        id: true,
        status: true,
        difficulty: true,
        currentVersion: true,
        skillArea: { select: { key: true, name: true } },
        versions: { select: { version: true, stem: true, content: true } },
      },
    }),
    prisma.$queryRaw<AnswerRow[]>`
      SELECT a."userId" AS "learnerId", i."questionId" AS "itemId", i."isCorrect" AS "correct", i."response" AS "response", i."answeredAt" AS "at"
      FROM "AttemptItem" i
      JOIN "Attempt" a ON a.id = i."attemptId"
      WHERE a."examCode" = ${examCode} AND i."isCorrect" IS NOT NULL AND i."answeredAt" IS NOT NULL`,
    getExamReadinessModel(prisma, examCode),
  ]);

  const current = questions.map((q) => {
    const version = q.versions.find((v) => v.version === q.currentVersion) ?? q.versions[0]!;
    return { question: q, stem: version.stem, choices: choicesOf(questionContentSchema.parse(version.content)) };
  });
  const stats = computeItemStatistics(
    current.map((c) => ({ itemId: c.question.id, choices: c.choices })),
    rows.map((row) => ({ learnerId: row.learnerId, itemId: row.itemId, correct: row.correct, chosen: chosenOf(row.response as Response | null), at: row.at.getTime() })),
  );

  return current.map(({ question, stem }, i) => {
    const s = stats[i]!;
    const fitted = model.calibration.items.get(question.id);
    const prior = itemPrior(question.difficulty);
    return {
      questionId: question.id,
      status: question.status,
      skillAreaKey: question.skillArea.key,
      skillAreaName: question.skillArea.name,
      stemPreview: preview(stem),
      authorDifficulty: question.difficulty,
      timesAnswered: s.timesAnswered,
      learners: s.learners,
      percentCorrect: s.percentCorrect,
      pointBiserial: s.pointBiserial,
      irt: fitted ? { a: fitted.a, b: fitted.b } : { a: Math.exp(prior.logAMean), b: prior.bMean },
      choices: s.choices,
      flags: s.flags,
    };
  });
}

function preview(stem: string): string {
  const line = stem.split("\n").find((l) => l.trim() !== "")?.trim() ?? "";
  return line.length > 140 ? `${line.slice(0, 139)}…` : line;
}
