import "server-only";
import type { GradedAnswer, ItemTally } from "@/lib/domain/readiness/answers.ts";
import type { CalibrationResponse } from "@/lib/domain/readiness/calibrate-items.ts";
import { Prisma, type PrismaClient } from "@/lib/server/db/generated/client.ts";

// Graded answers are items with a grade (checked in practice, or in a submitted attempt) that the
// learner actually answered: a question left blank when time ran out says little about ability.

type Row = { learnerId: string; itemId: string; correct: boolean; at: Date };

/** Every learner's graded answers to the exam's questions: the calibration's input. */
export async function loadExamAnswers(prisma: PrismaClient, examCode: string): Promise<CalibrationResponse[]> {
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT a."userId" AS "learnerId", i."questionId" AS "itemId", i."isCorrect" AS "correct", i."answeredAt" AS "at"
    FROM "AttemptItem" i
    JOIN "Attempt" a ON a.id = i."attemptId"
    WHERE a."examCode" = ${examCode} AND i."isCorrect" IS NOT NULL AND i."answeredAt" IS NOT NULL`;
  return rows.map((row) => ({ learnerId: row.learnerId, itemId: row.itemId, correct: row.correct, at: row.at.getTime() }));
}

/** One learner's graded answers to the exam's questions, up to `until`. */
export async function loadLearnerAnswers(prisma: PrismaClient, userId: string, examCode: string, until: Date): Promise<GradedAnswer[]> {
  const rows = await prisma.$queryRaw<Omit<Row, "learnerId">[]>`
    SELECT i."questionId" AS "itemId", i."isCorrect" AS "correct", i."answeredAt" AS "at"
    FROM "AttemptItem" i
    JOIN "Attempt" a ON a.id = i."attemptId"
    WHERE a."userId" = ${userId} AND a."examCode" = ${examCode}
      AND i."isCorrect" IS NOT NULL AND i."answeredAt" IS NOT NULL AND i."answeredAt" <= ${until}`;
  return rows.map((row) => ({ itemId: row.itemId, correct: row.correct, at: row.at.getTime() }));
}

/** A question the learner has answered: its graded answers tallied, and its skill area for the dashboard's mastery. */
export type QuestionSummary = ItemTally & { skillAreaId: string };

/**
 * One learner's answers summarised per question as of `now`, in the database: the graded ones
 * tallied as tallyAnswers (lib/domain/readiness/answers.ts) does from the rows — the integration
 * tests hold the two equal — without shipping a heavy learner's 20 000 rows to the app. A question
 * answered but not graded yet (an exam in progress) has a row with zero counts: it has been seen.
 */
export async function loadLearnerQuestionSummaries(prisma: PrismaClient, userId: string, examCode: string, now: Date, halfLifeDays: number): Promise<QuestionSummary[]> {
  return prisma.$queryRaw<QuestionSummary[]>`
    WITH answers AS (${learnerAnswersSql(userId, Prisma.sql`AND a."examCode" = ${examCode}`)})
    SELECT "itemId", "firstRight", "firstWrong", "repeatRight", "repeatWrong", "answered", "correct", "skillAreaId"
    FROM (${questionSummariesSql(Prisma.sql`answers`, now, halfLifeDays)}) summaries`;
}

/** One learner's answers (`exam`, `q`, `correct`, `at`; answered ones only, graded or not), for questionSummariesSql. */
export function learnerAnswersSql(userId: string, where: Prisma.Sql = Prisma.empty): Prisma.Sql {
  return Prisma.sql`
    SELECT a."examCode" AS exam, i."questionId" AS q, i."isCorrect" AS correct, i."answeredAt" AS at
    FROM "AttemptItem" i
    JOIN "Attempt" a ON a.id = i."attemptId"
    WHERE a."userId" = ${userId} AND i."answeredAt" IS NOT NULL ${where}`;
}

const FIXED_ONE = Prisma.raw("4503599627370496::float8"); // 2^52

/**
 * The QuestionSummary rows, with their exam (`examCode`), of the answers in the relation `answers`
 * (shaped as learnerAnswersSql) given up to `now`. One hash aggregate, no sort: a question's first
 * graded answer is right when its earliest right answer came before its earliest wrong one, and the
 * repeats are the rest of the weighted sums. (Sorting the answers to number them, the obvious way,
 * costs more than the rest of the query.)
 */
export function questionSummariesSql(answers: Prisma.Sql, now: Date, halfLifeDays: number): Prisma.Sql {
  const nowSeconds = now.getTime() / 1000;
  // The recency weight of an answer given at `at`: its age in half-lives, capped where 0.5^x is
  // already 0 to double precision (power() raises on underflow). date_part gives the epoch as a
  // float8 directly — the same value as EXTRACT's numeric cast to float8 (both correctly rounded
  // from whole microseconds), at a third less of the query's time than numeric arithmetic.
  const weight = (at: Prisma.Sql) =>
    Prisma.sql`power(0.5::float8, LEAST(1000, GREATEST(0, (${nowSeconds}::float8 - date_part('epoch', ${at})) / ${halfLifeDays * 86_400}::float8)))`;
  // Weights are summed as whole multiples of 2^-52 (each weight is at most 1): an integer sum is
  // exact, so its result does not depend on the order the plan feeds the rows in — a float sum
  // does in its last bits, which the Monte Carlo of the readiness figure turns into a visibly
  // different probability between two queries of the same answers (dashboard, guarantee page).
  const fixed = (value: Prisma.Sql) => Prisma.sql`(${value} * ${FIXED_ONE})::int8`;
  return Prisma.sql`
    WITH per_question AS (
      SELECT exam, q,
             MIN(at) FILTER (WHERE correct) AS right_at,
             MIN(at) FILTER (WHERE NOT correct) AS wrong_at,
             COALESCE(SUM(${fixed(weight(Prisma.sql`at`))}) FILTER (WHERE correct), 0)::float8 / ${FIXED_ONE} AS right_w,
             COALESCE(SUM(${fixed(weight(Prisma.sql`at`))}) FILTER (WHERE NOT correct), 0)::float8 / ${FIXED_ONE} AS wrong_w,
             COUNT(correct)::int AS answered,
             COUNT(*) FILTER (WHERE correct)::int AS correct
      FROM ${answers}
      WHERE at <= ${now}
      GROUP BY exam, q
    ), first_answer AS (
      SELECT per_question.*,
             right_at IS NOT NULL AND (wrong_at IS NULL OR right_at < wrong_at) AS first_right,
             -- LEAST skips NULLs: the earlier of the two, or the one there is (NULL when none is graded).
             COALESCE(${weight(Prisma.sql`LEAST(right_at, wrong_at)`)}, 0) AS first_w
      FROM per_question
    )
    SELECT f.exam AS "examCode",
           f.q AS "itemId",
           (CASE WHEN f.first_right THEN f.first_w ELSE 0 END)::float8 AS "firstRight",
           (CASE WHEN f.first_right THEN 0 ELSE f.first_w END)::float8 AS "firstWrong",
           GREATEST(0, f.right_w - CASE WHEN f.first_right THEN f.first_w ELSE 0 END)::float8 AS "repeatRight",
           GREATEST(0, f.wrong_w - CASE WHEN f.first_right THEN 0 ELSE f.first_w END)::float8 AS "repeatWrong",
           f.answered AS "answered",
           f.correct AS "correct",
           question."skillAreaId" AS "skillAreaId"
    FROM first_answer f
    JOIN "Question" question ON question.id = f.q`;
}

/** One learner's graded answers tallied per question as of `now` (see loadLearnerQuestionSummaries). */
export async function loadLearnerTallies(prisma: PrismaClient, userId: string, examCode: string, now: Date, halfLifeDays: number): Promise<ItemTally[]> {
  const summaries = await loadLearnerQuestionSummaries(prisma, userId, examCode, now, halfLifeDays);
  return summaries.filter((s) => s.answered > 0);
}
