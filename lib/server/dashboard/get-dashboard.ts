import "server-only";
import { currentStreak, studyMinutes } from "@/lib/domain/dashboard/study-streak.ts";
import type { AttemptSummaryDto } from "@/lib/server/attempts/dto.ts";
import { listAttempts } from "@/lib/server/attempts/get-attempt.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { DEFAULT_HALF_LIFE_DAYS } from "@/lib/domain/readiness/answers.ts";
import type { ReadinessDto } from "@/lib/server/readiness/dto.ts";
import { getExamReadinessModel } from "@/lib/server/readiness/exam-readiness-model.ts";
import { readinessFromTallies } from "@/lib/server/readiness/get-readiness.ts";
import { loadLearnerQuestionSummaries } from "@/lib/server/readiness/load-graded-answers.ts";

export type ScorePointDto = { attemptId: string; mode: string; at: string; rawPercent: number; scaledScore: number; passed: boolean; questions: number };
export type MasteryDto = { key: string; name: string; weightMin: number; weightMax: number; graded: number; correct: number; accuracy: number | null; seen: number; published: number };
export type ExamDashboardDto = {
  exam: { code: string; slug: string; title: string; passMark: number };
  enrolled: boolean;
  readiness: ReadinessDto;
  history: ScorePointDto[];
  mastery: MasteryDto[];
  coverage: { seen: number; published: number };
  reviewsDue: number;
  recentAttempts: AttemptSummaryDto[];
};
export type DashboardDto = { streakDays: number; studyMinutesLast30Days: number; answeredLast30Days: number; exams: ExamDashboardDto[] };

/** Everything the learner's dashboard shows, for the exams they are enrolled in or have practised. */
export async function getDashboard(prisma: PrismaClient, userId: string, now = new Date()): Promise<DashboardDto> {
  const [enrollments, practised, activity] = await Promise.all([
    prisma.enrollment.findMany({ where: { userId }, select: { examCode: true } }),
    prisma.attempt.findMany({ where: { userId }, distinct: ["examCode"], select: { examCode: true } }),
    loadActivity(prisma, userId, now),
  ]);
  const enrolled = new Set(enrollments.map((e) => e.examCode));
  const codes = new Set([...enrolled, ...practised.map((p) => p.examCode)]);
  const exams = await prisma.exam.findMany({
    where: { code: { in: [...codes] } },
    orderBy: { position: "asc" },
    select: { code: true, slug: true, title: true, passMark: true, skillAreas: { orderBy: { position: "asc" } } },
  });
  return {
    ...activity,
    exams: await Promise.all(exams.map((exam) => examDashboard(prisma, userId, exam, enrolled.has(exam.code), now))),
  };
}

/** Streak and study time, from one scan of the learner's answers of the last year (all exams). */
async function loadActivity(prisma: PrismaClient, userId: string, now: Date) {
  const since = new Date(now.getTime() - 30 * 86_400_000);
  const yearAgo = new Date(now.getTime() - 366 * 86_400_000);
  // Days with an answer over the year, and each answer's time over the last 30 days (study time
  // sums the gaps between them): two shapes of one scan, told apart by which column is set.
  const rows = await prisma.$queryRaw<{ day: string | null; answeredAt: Date | null }[]>`
    WITH answers AS MATERIALIZED (
      SELECT i."answeredAt" AS at FROM "AttemptItem" i JOIN "Attempt" a ON a.id = i."attemptId"
      WHERE a."userId" = ${userId} AND i."answeredAt" >= ${yearAgo}
    )
    SELECT to_char(d, 'YYYY-MM-DD') AS day, NULL::timestamptz AS "answeredAt" FROM (SELECT DISTINCT date_trunc('day', at AT TIME ZONE 'UTC') AS d FROM answers) days
    UNION ALL
    SELECT NULL, at FROM answers WHERE at >= ${since}`;
  const recent = rows.flatMap((row) => (row.answeredAt ? [row.answeredAt] : []));
  return {
    streakDays: currentStreak(rows.flatMap((row) => (row.day ? [row.day] : [])), now),
    studyMinutesLast30Days: studyMinutes(recent),
    answeredLast30Days: recent.length,
  };
}

type ExamRow = { code: string; slug: string; title: string; passMark: number; skillAreas: { id: string; key: string; name: string; weightMin: number; weightMax: number }[] };

async function examDashboard(prisma: PrismaClient, userId: string, exam: ExamRow, enrolled: boolean, now: Date): Promise<ExamDashboardDto> {
  // One pass over the learner's answers feeds both the readiness figure and the mastery per area.
  const [model, summaries, history, published, reviewsDue, recentAttempts] = await Promise.all([
    getExamReadinessModel(prisma, exam.code),
    loadLearnerQuestionSummaries(prisma, userId, exam.code, now, DEFAULT_HALF_LIFE_DAYS),
    prisma.attempt.findMany({
      where: { userId, examCode: exam.code, status: "SUBMITTED" },
      orderBy: { submittedAt: "desc" },
      take: 60,
      select: { id: true, mode: true, submittedAt: true, rawPercent: true, scaledScore: true, passed: true, _count: { select: { items: true } } },
    }),
    prisma.question.groupBy({ by: ["skillAreaId"], where: { examCode: exam.code, status: "PUBLISHED" }, _count: { _all: true } }),
    prisma.reviewCard.count({ where: { userId, retiredAt: null, due: { lte: now }, question: { examCode: exam.code } } }),
    listAttempts(prisma, userId, { examCode: exam.code, take: 5 }),
  ]);
  const readiness = readinessFromTallies(
    model,
    userId,
    summaries.filter((s) => s.answered > 0),
    now,
  );
  const statsByArea = new Map<string, { graded: number; correct: number; seen: number }>();
  for (const summary of summaries) {
    const stats = statsByArea.get(summary.skillAreaId) ?? { graded: 0, correct: 0, seen: 0 };
    stats.graded += summary.answered;
    stats.correct += summary.correct;
    stats.seen += 1;
    statsByArea.set(summary.skillAreaId, stats);
  }
  const publishedByArea = new Map(published.map((row) => [row.skillAreaId, row._count._all]));
  const mastery = exam.skillAreas.map((area) => {
    const stats = statsByArea.get(area.id) ?? { graded: 0, correct: 0, seen: 0 };
    return {
      key: area.key,
      name: area.name,
      weightMin: area.weightMin,
      weightMax: area.weightMax,
      ...stats,
      accuracy: stats.graded ? stats.correct / stats.graded : null,
      published: publishedByArea.get(area.id) ?? 0,
    };
  });
  return {
    exam: { code: exam.code, slug: exam.slug, title: exam.title, passMark: exam.passMark },
    enrolled,
    readiness,
    history: history
      .filter((a) => a.submittedAt && a.rawPercent !== null)
      .reverse()
      .map((a) => ({ attemptId: a.id, mode: a.mode, at: a.submittedAt!.toISOString(), rawPercent: a.rawPercent!, scaledScore: a.scaledScore ?? 1, passed: a.passed ?? false, questions: a._count.items })),
    mastery,
    coverage: { seen: mastery.reduce((s, m) => s + m.seen, 0), published: mastery.reduce((s, m) => s + m.published, 0) },
    reviewsDue,
    recentAttempts,
  };
}
