import "server-only";
import { AppError } from "@/lib/errors.ts";
import { questionContentSchema } from "@/lib/domain/questions/content.ts";
import { itemPrior } from "@/lib/domain/readiness/item-prior.ts";
import { choicesOf, emptyCounts, itemStatisticsOf } from "@/lib/domain/readiness/item-statistics.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { createBackgroundCache } from "./background-cache.ts";
import type { ItemStatisticsDto } from "./dto.ts";
import { CALIBRATION_TTL_MS, getExamReadinessModel } from "./exam-readiness-model.ts";
import { countExamItems } from "./item-statistics-sql.ts";

type AnswerStatistics = Omit<ItemStatisticsDto, "irt">;

export type ItemStatisticsReport = {
  items: ItemStatisticsDto[];
  /** When the answer figures were computed (ISO); the IRT parameters are the readiness model's. */
  computedAt: string;
};

// Counting the figures goes through every graded answer of the exam (half a million at scale: about
// 5 s in the database even counted there), so they are kept per exam like the readiness model and
// recounted in the background on the same schedule, the page saying how old they are; a question
// edit (a new version, status or difficulty) starts a recount on the next request.
export const ITEM_STATISTICS_TTL_MS = CALIBRATION_TTL_MS;
const answerStatistics = createBackgroundCache("item statistics", ITEM_STATISTICS_TTL_MS, computeAnswerStatistics);

/**
 * Per question of the exam: how often it was answered and got right, its point-biserial and IRT
 * parameters, how often each option was picked by strong and weak learners, and flags for the
 * usual signs of a wrong key. For authors and admins: it names the key. Options are read from the
 * question's current version; answers to earlier versions count by option id.
 */
export async function getItemStatistics(prisma: PrismaClient, userId: string, examCode: string): Promise<ItemStatisticsReport> {
  const fingerprint = await authorizeAndFingerprint(prisma, userId, examCode);
  const [cached, model] = await Promise.all([answerStatistics.get(prisma, examCode, fingerprint), getExamReadinessModel(prisma, examCode)]);
  return {
    computedAt: new Date(cached.builtAt).toISOString(),
    items: cached.value.map((stats) => {
      const fitted = model.calibration.items.get(stats.questionId);
      const prior = itemPrior(stats.authorDifficulty);
      return { ...stats, irt: fitted ? { a: fitted.a, b: fitted.b } : { a: Math.exp(prior.logAMean), b: prior.bMean } };
    }),
  };
}

/** Computes the answer figures now instead of serving the kept ones: for tests and benchmarks. */
export async function refreshItemStatistics(prisma: PrismaClient, userId: string, examCode: string): Promise<void> {
  await answerStatistics.refresh(prisma, examCode, await authorizeAndFingerprint(prisma, userId, examCode));
}

/** Checks the caller may see the exam's statistics; returns what changes when one of its questions is edited. */
async function authorizeAndFingerprint(prisma: PrismaClient, userId: string, examCode: string): Promise<string> {
  const [user, exam, questions] = await Promise.all([
    prisma.user.findUnique({ where: { id: userId }, select: { role: true } }),
    prisma.exam.findUnique({ where: { code: examCode }, select: { code: true } }),
    prisma.question.aggregate({ where: { examCode }, _count: { _all: true }, _max: { updatedAt: true } }),
  ]);
  if (!user || user.role === "LEARNER") throw new AppError("FORBIDDEN", "Item statistics are for authors.");
  if (!exam) throw new AppError("NOT_FOUND", "Exam not found.");
  return `${questions._count._all}|${questions._max.updatedAt?.getTime() ?? 0}`;
}

async function computeAnswerStatistics(prisma: PrismaClient, examCode: string): Promise<AnswerStatistics[]> {
  const [questions, counts] = await Promise.all([
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
    countExamItems(prisma, examCode),
  ]);

  return questions.map((question) => {
    const version = question.versions.find((v) => v.version === question.currentVersion) ?? question.versions[0]!;
    const s = itemStatisticsOf(choicesOf(questionContentSchema.parse(version.content)), counts.get(question.id) ?? emptyCounts(question.id));
    return {
      questionId: question.id,
      status: question.status,
      skillAreaKey: question.skillArea.key,
      skillAreaName: question.skillArea.name,
      stemPreview: preview(version.stem),
      authorDifficulty: question.difficulty,
      timesAnswered: s.timesAnswered,
      learners: s.learners,
      percentCorrect: s.percentCorrect,
      pointBiserial: s.pointBiserial,
      choices: s.choices,
      flags: s.flags,
    };
  });
}

function preview(stem: string): string {
  const line = stem.split("\n").find((l) => l.trim() !== "")?.trim() ?? "";
  return line.length > 140 ? `${line.slice(0, 139)}…` : line;
}
