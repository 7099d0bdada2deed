import "server-only";
import { currentStreak } from "@/lib/domain/dashboard/study-streak.ts";
import { learnerAnswersSql, questionSummariesSql, type QuestionSummary } from "@/lib/server/readiness/load-graded-answers.ts";
import { Prisma, type PrismaClient } from "@/lib/server/db/generated/client.ts";

export type AnswerOverview = {
  /** Per exam, the learner's answers summarised per question (loadLearnerQuestionSummaries' rows). */
  summaries: Map<string, QuestionSummary[]>;
  streakDays: number;
  studyMinutesLast30Days: number;
  answeredLast30Days: number;
};

const DAY_MS = 86_400_000;
const IDLE_CAP_MS = 5 * 60_000;
const FIRST_ANSWER_MS = 60_000;

type Row = (QuestionSummary & { kind: "question"; examCode: string }) | { kind: "day"; day: string } | { kind: "recent"; answered30: number; cappedGapsMs: number };

/**
 * Everything the dashboard reads from the learner's answers, from one scan of them: the
 * per-question summaries of every exam (feeding readiness and mastery), the days with an answer
 * over the last year (streak) and the study time of the last 30 days. On PGlite, which runs one
 * query at a time, scanning a heavy learner's answers once instead of once per use is most of the
 * dashboard's time.
 *
 * Study time is studyMinutes (lib/domain/dashboard/study-streak.ts) computed where the answers are
 * instead of shipping every timestamp of the month: the gaps between consecutive answers, each
 * capped at 5 minutes, summed in whole milliseconds (the timestamps are whole milliseconds, so
 * rounding the float gap gives it exactly), plus a minute for the first answer. (The first answer
 * has no gap: LEAST would turn its NULL into the cap, hence the FILTER.)
 */
export async function loadAnswerOverview(prisma: PrismaClient, userId: string, now: Date, halfLifeDays: number): Promise<AnswerOverview> {
  const yearAgo = new Date(now.getTime() - 366 * DAY_MS);
  const since = new Date(now.getTime() - 30 * DAY_MS);
  const rows = await prisma.$queryRaw<Row[]>`
    WITH answers AS MATERIALIZED (${learnerAnswersSql(userId)})
    SELECT 'question' AS kind, s.*, NULL AS day, NULL::int AS "answered30", NULL::float8 AS "cappedGapsMs"
    FROM (${questionSummariesSql(Prisma.sql`answers`, now, halfLifeDays)}) s
    UNION ALL
    SELECT 'day', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, to_char(d, 'YYYY-MM-DD'), NULL, NULL
    FROM (SELECT DISTINCT at::date AS d FROM answers WHERE at >= ${yearAgo}) days
    UNION ALL
    SELECT 'recent', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, COUNT(*)::int,
           COALESCE(SUM(LEAST(gap, ${IDLE_CAP_MS})) FILTER (WHERE gap IS NOT NULL), 0)::float8
    FROM (SELECT round(date_part('epoch', at - lag(at) OVER (ORDER BY at)) * 1000)::int8 AS gap FROM answers WHERE at >= ${since}) gaps`;

  const summaries = new Map<string, QuestionSummary[]>();
  const days: string[] = [];
  let answered = 0;
  let cappedGapsMs = 0;
  for (const row of rows) {
    if (row.kind === "question") {
      const { examCode, itemId, firstRight, firstWrong, repeatRight, repeatWrong, answered, correct, skillAreaId } = row;
      const summary = { itemId, firstRight, firstWrong, repeatRight, repeatWrong, answered, correct, skillAreaId };
      const list = summaries.get(examCode);
      if (list) list.push(summary);
      else summaries.set(examCode, [summary]);
    } else if (row.kind === "day") days.push(row.day);
    else ({ answered30: answered, cappedGapsMs } = row);
  }
  return {
    summaries,
    streakDays: currentStreak(days, now),
    studyMinutesLast30Days: Math.round((cappedGapsMs + (answered > 0 ? FIRST_ANSWER_MS : 0)) / 60_000),
    answeredLast30Days: answered,
  };
}
