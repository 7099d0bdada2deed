import "server-only";
import { DEFAULT_HALF_LIFE_DAYS, type ItemTally } from "@/lib/domain/readiness/answers.ts";
import { addToTally, tallyAsOf, type StoredTally } from "@/lib/domain/readiness/question-tally.ts";
import { Prisma, type PrismaClient } from "@/lib/server/db/generated/client.ts";

// The per-answer readiness update: each graded answer is added to the learner's tally of its
// question (LearnerQuestionTally) in the transaction that grades it, so readiness reads at most one
// row per question of the bank, however many answers the learner has given.

export type TallyScope = { attemptItemId: string } | { attemptId: string };

/** A graded answer, with the tally of its question before it (all null when there is none yet). */
type GradedRow = {
  questionId: string;
  examCode: string;
  correct: boolean;
  at: Date;
  firstAt: Date | null;
  firstCorrect: boolean | null;
  repeatRight: number | null;
  repeatWrong: number | null;
  repeatAt: Date | null;
  answered: number | null;
  correctSoFar: number | null;
};
type TallyRow = { questionId: string; examCode: string; firstAt: Date; firstCorrect: boolean; repeatRight: number; repeatWrong: number; repeatAt: Date | null; answered: number; correct: number };

/**
 * Adds the newly graded answers to the learner's tallies: one item just checked in practice, or
 * the items of an attempt just submitted (except those already checked one by one — they were
 * added then). Call it once per grading, inside the grading transaction, after the grades are
 * stored and after recordGradedAnswers, whose lock on the learner keeps two gradings of the same
 * learner from updating a tally from the same old value.
 */
export async function recordAnswerTallies(tx: Prisma.TransactionClient, userId: string, scope: TallyScope): Promise<number> {
  const inScope = "attemptItemId" in scope ? Prisma.sql`i.id = ${scope.attemptItemId}` : Prisma.sql`a.id = ${scope.attemptId} AND NOT i.revealed`;
  // Each with its question's tally so far (a question is on an attempt once).
  const graded = await tx.$queryRaw<GradedRow[]>`
    SELECT i."questionId", a."examCode", i."isCorrect" AS correct, i."answeredAt" AS at,
           t."firstAt", t."firstCorrect", t."repeatRight", t."repeatWrong", t."repeatAt", t.answered, t.correct AS "correctSoFar"
    FROM "AttemptItem" i
    JOIN "Attempt" a ON a.id = i."attemptId"
    LEFT JOIN "LearnerQuestionTally" t ON t."userId" = a."userId" AND t."questionId" = i."questionId"
    WHERE a."userId" = ${userId} AND ${inScope} AND i."isCorrect" IS NOT NULL AND i."answeredAt" IS NOT NULL`;
  if (graded.length === 0) return 0;

  const rows = graded.map((row) => {
    const before: StoredTally | null =
      row.firstAt === null
        ? null
        : {
            firstAt: row.firstAt.getTime(),
            firstCorrect: row.firstCorrect!,
            repeatRight: row.repeatRight!,
            repeatWrong: row.repeatWrong!,
            repeatAt: row.repeatAt?.getTime() ?? null,
            answered: row.answered!,
            correct: row.correctSoFar!,
          };
    const tally = addToTally(before, { at: row.at.getTime(), correct: row.correct }, DEFAULT_HALF_LIFE_DAYS);
    return { questionId: row.questionId, examCode: row.examCode, tally };
  });
  // One JSON parameter rather than one array per column: binding parameters is what costs most
  // through the PGlite adapter (as in lib/server/questions/bulk-insert.ts).
  const json = JSON.stringify(
    rows.map(({ questionId, examCode, tally }) => ({
      userId,
      questionId,
      examCode,
      ...tally,
      firstAt: new Date(tally.firstAt).toISOString(),
      repeatAt: tally.repeatAt === null ? null : new Date(tally.repeatAt).toISOString(),
    })),
  );
  await tx.$executeRaw`
    INSERT INTO "LearnerQuestionTally" ("userId", "questionId", "examCode", "firstAt", "firstCorrect", "repeatRight", "repeatWrong", "repeatAt", answered, correct)
    SELECT "userId", "questionId", "examCode", "firstAt", "firstCorrect", "repeatRight", "repeatWrong", "repeatAt", answered, correct
    FROM json_populate_recordset(NULL::"LearnerQuestionTally", ${json}::json)
    ON CONFLICT ("userId", "questionId") DO UPDATE SET
      "firstAt" = EXCLUDED."firstAt", "firstCorrect" = EXCLUDED."firstCorrect", "repeatRight" = EXCLUDED."repeatRight",
      "repeatWrong" = EXCLUDED."repeatWrong", "repeatAt" = EXCLUDED."repeatAt", answered = EXCLUDED.answered, correct = EXCLUDED.correct`;
  return graded.length;
}

export type StoredTallies = {
  byExam: Map<string, ItemTally[]>;
  /** The time of the latest answer in them (0 when there is none): they hold no answer given after it. */
  latestAnswerAt: number;
};

/**
 * The learner's tallies weighted as of `now`, per exam (one exam, or all of them). Exact only when
 * `now` is at or after latestAnswerAt: a tally cannot leave out the answers given after a past date.
 */
export async function loadStoredTallies(prisma: PrismaClient, userId: string, now: Date, examCode?: string): Promise<StoredTallies> {
  const rows = await prisma.$queryRaw<TallyRow[]>`
    SELECT "questionId", "examCode", "firstAt", "firstCorrect", "repeatRight", "repeatWrong", "repeatAt", answered, correct
    FROM "LearnerQuestionTally" WHERE "userId" = ${userId} ${examCode === undefined ? Prisma.empty : Prisma.sql`AND "examCode" = ${examCode}`}`;
  const byExam = new Map<string, ItemTally[]>();
  let latestAnswerAt = 0;
  for (const row of rows) {
    const stored = fromRow(row);
    latestAnswerAt = Math.max(latestAnswerAt, stored.firstAt, stored.repeatAt ?? 0);
    const tally = tallyAsOf(row.questionId, stored, now.getTime(), DEFAULT_HALF_LIFE_DAYS);
    const list = byExam.get(row.examCode);
    if (list) list.push(tally);
    else byExam.set(row.examCode, [tally]);
  }
  return { byExam, latestAnswerAt };
}

/**
 * Recomputes tallies from the graded answers themselves: for data written around the grading code
 * (benchmark and test generators, a repair). The same sums the migration that created the table
 * filled it with; the answers' order is (answeredAt, id).
 */
export async function rebuildAnswerTallies(prisma: PrismaClient, userId?: string): Promise<void> {
  const forUser = userId === undefined ? Prisma.empty : Prisma.sql`AND a."userId" = ${userId}`;
  const halfLifeSeconds = DEFAULT_HALF_LIFE_DAYS * 86_400;
  // Everyone's answers at full scale (2 million) take about half a minute: hence the long timeout.
  await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`DELETE FROM "LearnerQuestionTally" WHERE ${userId === undefined ? Prisma.sql`TRUE` : Prisma.sql`"userId" = ${userId}`}`;
    await tx.$executeRaw`
      INSERT INTO "LearnerQuestionTally" ("userId", "questionId", "examCode", "firstAt", "firstCorrect", "repeatRight", "repeatWrong", "repeatAt", answered, correct)
      SELECT "userId", "questionId", MIN("examCode"), MIN(at), (array_agg(correct ORDER BY at, id))[1],
             COALESCE(SUM(power(0.5::float8, date_part('epoch', last - at) / ${halfLifeSeconds}::float8)) FILTER (WHERE n > 1 AND correct), 0),
             COALESCE(SUM(power(0.5::float8, date_part('epoch', last - at) / ${halfLifeSeconds}::float8)) FILTER (WHERE n > 1 AND NOT correct), 0),
             CASE WHEN COUNT(*) > 1 THEN MAX(at) END, COUNT(*)::int, (COUNT(*) FILTER (WHERE correct))::int
      FROM (
        SELECT a."userId", i."questionId", a."examCode", i.id, i."isCorrect" AS correct, i."answeredAt" AS at,
               row_number() OVER (PARTITION BY a."userId", i."questionId" ORDER BY i."answeredAt", i.id) AS n,
               MAX(i."answeredAt") OVER (PARTITION BY a."userId", i."questionId") AS last
        FROM "AttemptItem" i JOIN "Attempt" a ON a.id = i."attemptId"
        WHERE i."isCorrect" IS NOT NULL AND i."answeredAt" IS NOT NULL ${forUser}
      ) graded
      GROUP BY "userId", "questionId"`;
  }, { timeout: 10 * 60_000 });
}

function fromRow(row: TallyRow): StoredTally {
  return {
    firstAt: row.firstAt.getTime(),
    firstCorrect: row.firstCorrect,
    repeatRight: row.repeatRight,
    repeatWrong: row.repeatWrong,
    repeatAt: row.repeatAt?.getTime() ?? null,
    answered: row.answered,
    correct: row.correct,
  };
}
