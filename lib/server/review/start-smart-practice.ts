import "server-only";
import crypto from "node:crypto";
import { AppError } from "@/lib/errors.ts";
import { describePick } from "@/lib/domain/adaptive/describe-pick.ts";
import { planSmartSession } from "@/lib/domain/adaptive/plan-session.ts";
import { createRng, newSeed } from "@/lib/domain/practice/random.ts";
import { loadPool } from "@/lib/server/attempts/load-pool.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { gradedItemsWhere } from "@/lib/server/notebook/missed-where.ts";
import type { SmartPracticeInput } from "@/lib/validation/review.ts";
import { createQuizAttempt } from "./create-quiz-attempt.ts";
import type { SmartEstimateRecord, SmartPickRecord } from "./smart-settings.ts";

/** How far back answers count for the estimate (the newest per skill area are used). */
const HISTORY_LIMIT = 2000;
const RECENT_MS = 24 * 3_600_000;

/**
 * Starts a smart-practice session (mode SMART): questions picked one after another where they help
 * most, from the learner's graded answers in this exam (lib/domain/adaptive). Each pick's reason
 * and the estimates behind the plan are kept on the attempt.
 */
export async function startSmartPractice(prisma: PrismaClient, userId: string, input: SmartPracticeInput, now = new Date()): Promise<{ id: string }> {
  const exam = await prisma.exam.findUnique({
    where: { code: input.examCode },
    select: { code: true, bankVersion: true, skillAreas: { orderBy: { position: "asc" }, select: { key: true, name: true, weightMin: true, weightMax: true } } },
  });
  if (!exam) throw new AppError("NOT_FOUND", "Exam not found.");

  const [pool, graded] = await Promise.all([
    loadPool(prisma, exam.code, exam.bankVersion),
    prisma.attemptItem.findMany({
      where: { AND: [gradedItemsWhere(userId), { attempt: { examCode: exam.code } }] },
      orderBy: [{ answeredAt: "desc" }, { id: "asc" }],
      take: HISTORY_LIMIT,
      select: { questionId: true, isCorrect: true, answeredAt: true, question: { select: { difficulty: true, skillArea: { select: { key: true } } } } },
    }),
  ]);
  const seen = await prisma.attemptItem.findMany({
    where: { answeredAt: { not: null }, attempt: { userId, examCode: exam.code } },
    distinct: ["questionId"],
    select: { questionId: true, answeredAt: true },
    orderBy: [{ questionId: "asc" }, { answeredAt: "desc" }],
  });

  const seed = newSeed(crypto.randomInt);
  const { picks, estimates } = planSmartSession({
    areas: exam.skillAreas,
    answers: graded.map((g) => ({ skillAreaKey: g.question.skillArea.key, difficulty: g.question.difficulty, isCorrect: g.isCorrect === true })),
    pool,
    seenQuestionIds: seen.map((s) => s.questionId),
    recentQuestionIds: seen.filter((s) => now.getTime() - s.answeredAt!.getTime() < RECENT_MS).map((s) => s.questionId),
    count: input.count,
    rng: createRng(seed),
  });
  if (picks.length === 0) throw new AppError("UNPROCESSABLE", `${exam.code} has no published questions to practise yet.`);

  const pickRecords: SmartPickRecord[] = picks.map((p) => ({ questionId: p.questionId, skillAreaKey: p.skillAreaKey, reason: describePick(p) }));
  const estimateRecords: SmartEstimateRecord[] = estimates.map(({ key, name, weightMin, weightMax, answered, correct, accuracy, level, need }) => ({
    key,
    name,
    weightMin,
    weightMax,
    answered,
    correct,
    accuracy,
    level,
    need,
  }));
  return createQuizAttempt(
    prisma,
    userId,
    {
      examCode: exam.code,
      mode: "SMART",
      questionIds: picks.map((p) => p.questionId),
      order: "as-given",
      settings: { count: input.count, picks: pickRecords, estimates: estimateRecords },
      seed,
    },
    now,
  );
}
