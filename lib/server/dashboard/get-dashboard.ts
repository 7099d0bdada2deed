import "server-only";
import { currentStreak, studyMinutes } from "@/lib/domain/dashboard/study-streak.ts";
import type { AttemptSummaryDto } from "@/lib/server/attempts/dto.ts";
import { listAttempts } from "@/lib/server/attempts/get-attempt.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";

export type ScorePointDto = { attemptId: string; mode: string; at: string; rawPercent: number; scaledScore: number; passed: boolean; questions: number };
export type MasteryDto = { key: string; name: string; weightMin: number; weightMax: number; graded: number; correct: number; accuracy: number | null; seen: number; published: number };
export type ExamDashboardDto = {
  exam: { code: string; slug: string; title: string; passMark: number };
  enrolled: boolean;
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

async function loadActivity(prisma: PrismaClient, userId: string, now: Date) {
  const since = new Date(now.getTime() - 30 * 86_400_000);
  const yearAgo = new Date(now.getTime() - 366 * 86_400_000);
  const [recent, days] = await Promise.all([
    prisma.$queryRaw<{ answeredAt: Date }[]>`
      SELECT i."answeredAt" FROM "AttemptItem" i JOIN "Attempt" a ON a.id = i."attemptId"
      WHERE a."userId" = ${userId} AND i."answeredAt" >= ${since}`,
    prisma.$queryRaw<{ day: string }[]>`
      SELECT DISTINCT to_char(i."answeredAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day
      FROM "AttemptItem" i JOIN "Attempt" a ON a.id = i."attemptId"
      WHERE a."userId" = ${userId} AND i."answeredAt" >= ${yearAgo}`,
  ]);
  return {
    streakDays: currentStreak(days.map((d) => d.day), now),
    studyMinutesLast30Days: studyMinutes(recent.map((r) => r.answeredAt)),
    answeredLast30Days: recent.length,
  };
}

type ExamRow = { code: string; slug: string; title: string; passMark: number; skillAreas: { id: string; key: string; name: string; weightMin: number; weightMax: number }[] };

async function examDashboard(prisma: PrismaClient, userId: string, exam: ExamRow, enrolled: boolean, now: Date): Promise<ExamDashboardDto> {
  const [history, perArea, published, reviewsDue, recentAttempts] = await Promise.all([
    prisma.attempt.findMany({
      where: { userId, examCode: exam.code, status: "SUBMITTED" },
      orderBy: { submittedAt: "desc" },
      take: 60,
      select: { id: true, mode: true, submittedAt: true, rawPercent: true, scaledScore: true, passed: true, _count: { select: { items: true } } },
    }),
    prisma.$queryRaw<{ skillAreaId: string; graded: bigint; correct: bigint; seen: bigint }[]>`
      SELECT q."skillAreaId",
             count(*) FILTER (WHERE i."isCorrect" IS NOT NULL) AS graded,
             count(*) FILTER (WHERE i."isCorrect") AS correct,
             count(DISTINCT i."questionId") AS seen
      FROM "AttemptItem" i
      JOIN "Attempt" a ON a.id = i."attemptId"
      JOIN "Question" q ON q.id = i."questionId"
      WHERE a."userId" = ${userId} AND a."examCode" = ${exam.code} AND i."answeredAt" IS NOT NULL
      GROUP BY q."skillAreaId"`,
    prisma.question.groupBy({ by: ["skillAreaId"], where: { examCode: exam.code, status: "PUBLISHED" }, _count: { _all: true } }),
    prisma.reviewCard.count({ where: { userId, retiredAt: null, due: { lte: now }, question: { examCode: exam.code } } }),
    listAttempts(prisma, userId, { examCode: exam.code, take: 5 }),
  ]);
  const statsByArea = new Map(perArea.map((row) => [row.skillAreaId, row]));
  const publishedByArea = new Map(published.map((row) => [row.skillAreaId, row._count._all]));
  const mastery = exam.skillAreas.map((area) => {
    const stats = statsByArea.get(area.id);
    const graded = Number(stats?.graded ?? 0);
    const correct = Number(stats?.correct ?? 0);
    return {
      key: area.key,
      name: area.name,
      weightMin: area.weightMin,
      weightMax: area.weightMax,
      graded,
      correct,
      accuracy: graded ? correct / graded : null,
      seen: Number(stats?.seen ?? 0),
      published: publishedByArea.get(area.id) ?? 0,
    };
  });
  return {
    exam: { code: exam.code, slug: exam.slug, title: exam.title, passMark: exam.passMark },
    enrolled,
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
