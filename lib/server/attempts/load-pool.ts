import "server-only";
import type { PoolQuestion } from "@/lib/domain/practice/pool.ts";
import type { QuestionType } from "@/lib/domain/questions/content.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";

const TYPES: Record<string, QuestionType> = { SINGLE: "single", MULTIPLE: "multiple", YESNO: "yesno", ORDERING: "ordering" };

// The pool of a 10 000-question bank takes most of an exam start to read (bench/exam-start.ts), and
// it changes only when questions are written — which raises Exam.bankVersion in the same
// transaction (lib/server/questions/bank-version.ts). So each process keeps the last pool it read
// per exam, labelled with the bank version read before it, and reads it again when the version moved.
// Frozen, since every caller shares it; per database client, since a process (a test run, a
// benchmark) may hold several databases whose exams share codes and bank versions.
const poolsByDatabase = new WeakMap<PrismaClient, Map<string, { bankVersion: number; pool: readonly PoolQuestion[] }>>();

/**
 * The exam's published questions, as assembly sees them (no content). `bankVersion` is the exam's,
 * when the caller has just read it (it saves a query).
 */
export async function loadPool(prisma: PrismaClient, examCode: string, bankVersion?: number): Promise<readonly PoolQuestion[]> {
  const version = bankVersion ?? (await prisma.exam.findUniqueOrThrow({ where: { code: examCode }, select: { bankVersion: true } })).bankVersion;
  let pools = poolsByDatabase.get(prisma);
  if (!pools) poolsByDatabase.set(prisma, (pools = new Map()));
  const cached = pools.get(examCode);
  if (cached?.bankVersion === version) return cached.pool;
  const pool = Object.freeze((await readPool(prisma, examCode)).map((question) => Object.freeze(question)));
  pools.set(examCode, { bankVersion: version, pool });
  return pool;
}

/** One plain query: at 10 000 questions, Prisma's per-row mapping of a relation select costs several times the query itself. */
async function readPool(prisma: PrismaClient, examCode: string): Promise<PoolQuestion[]> {
  const rows = await prisma.$queryRaw<{ id: string; caseStudyId: string | null; difficulty: number; type: string; skillAreaKey: string }[]>`
    SELECT q.id, q."caseStudyId", q.difficulty, q.type::text AS type, s.key AS "skillAreaKey"
    FROM "Question" q JOIN "SkillArea" s ON s.id = q."skillAreaId"
    WHERE q."examCode" = ${examCode} AND q.status = 'PUBLISHED'`;
  return rows.map((row) => ({ id: row.id, skillAreaKey: row.skillAreaKey, caseStudyId: row.caseStudyId, difficulty: row.difficulty, type: TYPES[row.type]! }));
}

/** Questions of this exam the learner has answered before, and those whose latest graded answer was wrong. */
export async function loadHistory(prisma: PrismaClient, userId: string, examCode: string): Promise<{ seen: Set<string>; missed: Set<string> }> {
  const rows = await prisma.$queryRaw<{ questionId: string; isCorrect: boolean | null }[]>`
    SELECT DISTINCT ON (i."questionId") i."questionId", i."isCorrect"
    FROM "AttemptItem" i
    JOIN "Attempt" a ON a.id = i."attemptId"
    WHERE a."userId" = ${userId} AND a."examCode" = ${examCode} AND i."answeredAt" IS NOT NULL
    ORDER BY i."questionId", i."answeredAt" DESC`;
  return {
    seen: new Set(rows.map((r) => r.questionId)),
    missed: new Set(rows.filter((r) => r.isCorrect === false).map((r) => r.questionId)),
  };
}
