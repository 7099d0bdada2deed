import "server-only";
import type { AttemptSummaryDto } from "@/lib/server/attempts/dto.ts";
import { listAttempts } from "@/lib/server/attempts/get-attempt.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { DEFAULT_HALF_LIFE_DAYS, type ItemTally } from "@/lib/domain/readiness/answers.ts";
import type { ReadinessDto } from "@/lib/server/readiness/dto.ts";
import { getExamReadinessModel } from "@/lib/server/readiness/exam-readiness-model.ts";
import { readinessFromTallies } from "@/lib/server/readiness/get-readiness.ts";
import type { QuestionSummary } from "@/lib/server/readiness/load-graded-answers.ts";
import { loadStoredTallies } from "@/lib/server/readiness/question-tallies.ts";
import { loadAnswerOverview } from "./load-answer-overview.ts";

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
  const [enrollments, practised, overview, stored] = await Promise.all([
    prisma.enrollment.findMany({ where: { userId }, select: { examCode: true } }),
    prisma.attempt.groupBy({ by: ["examCode"], where: { userId } }),
    loadAnswerOverview(prisma, userId, now, DEFAULT_HALF_LIFE_DAYS),
    loadStoredTallies(prisma, userId, now),
  ]);
  const enrolled = new Set(enrollments.map((e) => e.examCode));
  const codes = new Set([...enrolled, ...practised.map((p) => p.examCode)]);
  const exams = await prisma.exam.findMany({
    where: { code: { in: [...codes] } },
    orderBy: { position: "asc" },
    select: { code: true, slug: true, title: true, passMark: true, skillAreas: { orderBy: { position: "asc" } } },
  });
  const { summaries, ...activity } = overview;
  // Readiness from the tallies kept as answers are graded — the figure the guarantee page shows too —
  // unless `now` is before the latest answer, which only the summaries of the answers can leave out.
  const readinessTallies = (code: string) =>
    stored.latestAnswerAt <= now.getTime() ? (stored.byExam.get(code) ?? []) : (summaries.get(code) ?? []).filter((s) => s.answered > 0);
  return {
    ...activity,
    exams: await Promise.all(
      exams.map((exam) => examDashboard(prisma, userId, exam, enrolled.has(exam.code), summaries.get(exam.code) ?? [], readinessTallies(exam.code), now)),
    ),
  };
}

type ExamRow = { code: string; slug: string; title: string; passMark: number; skillAreas: { id: string; key: string; name: string; weightMin: number; weightMax: number }[] };

async function examDashboard(
  prisma: PrismaClient,
  userId: string,
  exam: ExamRow,
  enrolled: boolean,
  summaries: QuestionSummary[],
  tallies: ItemTally[],
  now: Date,
): Promise<ExamDashboardDto> {
  // The summaries (loadAnswerOverview) feed the mastery per area; the tallies the readiness figure.
  const [model, history, published, reviewsDue, recentAttempts] = await Promise.all([
    getExamReadinessModel(prisma, exam.code),
    loadScoreHistory(prisma, userId, exam.code),
    prisma.question.groupBy({ by: ["skillAreaId"], where: { examCode: exam.code, status: "PUBLISHED" }, _count: { _all: true } }),
    prisma.reviewCard.count({ where: { userId, retiredAt: null, due: { lte: now }, question: { examCode: exam.code } } }),
    listAttempts(prisma, userId, { examCode: exam.code, take: 5 }),
  ]);
  const readiness = readinessFromTallies(model, userId, tallies, now);
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
    history,
    mastery,
    coverage: { seen: mastery.reduce((s, m) => s + m.seen, 0), published: mastery.reduce((s, m) => s + m.published, 0) },
    reviewsDue,
    recentAttempts,
  };
}

/**
 * The learner's last 60 submitted attempts at the exam, oldest first, with their question counts.
 * Counted for these attempts only: Prisma's `_count` of a relation groups the whole item table.
 */
async function loadScoreHistory(prisma: PrismaClient, userId: string, examCode: string): Promise<ScorePointDto[]> {
  const attempts = await prisma.attempt.findMany({
    where: { userId, examCode, status: "SUBMITTED" },
    orderBy: { submittedAt: "desc" },
    take: 60,
    select: { id: true, mode: true, submittedAt: true, rawPercent: true, scaledScore: true, passed: true },
  });
  const counts = attempts.length
    ? await prisma.attemptItem.groupBy({ by: ["attemptId"], where: { attemptId: { in: attempts.map((a) => a.id) } }, _count: { _all: true } })
    : [];
  const questions = new Map(counts.map((c) => [c.attemptId, c._count._all]));
  return attempts
    .filter((a) => a.submittedAt && a.rawPercent !== null)
    .reverse()
    .map((a) => ({ attemptId: a.id, mode: a.mode, at: a.submittedAt!.toISOString(), rawPercent: a.rawPercent!, scaledScore: a.scaledScore ?? 1, passed: a.passed ?? false, questions: questions.get(a.id) ?? 0 }));
}
