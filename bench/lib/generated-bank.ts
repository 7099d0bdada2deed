import type { PrismaClient } from "../../lib/server/db/generated/client.ts";

// A large bank made in SQL (generate_series), for the scale data and the exam-start benchmark:
// published single-choice questions spread evenly over the exam's skill areas, each with one
// version whose key is option "a" (options are shuffled per attempt, so that gives nothing away).
// Plain PostgreSQL, so it runs the same on PGlite and on a server.

/** Id of the n-th generated question of an exam (0-based); its one version's id adds "-v1". */
export function generatedQuestionId(examCode: string, n: number): string {
  return `gen-${examCode.toLowerCase()}-${n}`;
}

export async function insertGeneratedQuestions(prisma: PrismaClient, examCode: string, count: number): Promise<void> {
  const prefix = `gen-${examCode.toLowerCase()}-`;
  await prisma.$executeRawUnsafe(
    `INSERT INTO "Question" ("id", "examCode", "skillAreaId", "type", "difficulty", "status", "currentVersion", "source", "createdAt", "updatedAt")
     SELECT $2 || g, $1, areas.ids[1 + g % cardinality(areas.ids)], 'SINGLE'::"QuestionType", 1 + g % 5, 'PUBLISHED'::"QuestionStatus", 1, 'generated', now(), now()
     FROM generate_series(0, $3::int - 1) AS g,
          (SELECT array_agg(id ORDER BY position) AS ids FROM "SkillArea" WHERE "examCode" = $1) AS areas`,
    examCode,
    prefix,
    count,
  );
  await prisma.$executeRawUnsafe(
    `INSERT INTO "QuestionVersion" ("id", "questionId", "version", "contentHash", "stem", "content", "explanation", "references", "partialCredit", "points", "createdAt")
     SELECT q.id || '-v1', q.id, 1, md5(q.id), 'Generated question ' || q.id || ': which option should you choose?',
            jsonb_build_object('type', 'single', 'options', jsonb_build_array(
              jsonb_build_object('id', 'a', 'text', 'The right option of ' || q.id, 'correct', true, 'why', 'It meets the requirement.'),
              jsonb_build_object('id', 'b', 'text', 'A distractor of ' || q.id, 'correct', false, 'why', 'It misses the requirement.'),
              jsonb_build_object('id', 'c', 'text', 'Another distractor of ' || q.id, 'correct', false, 'why', 'It costs too much.'),
              jsonb_build_object('id', 'd', 'text', 'A third distractor of ' || q.id, 'correct', false, 'why', 'It is not supported.'))),
            'Why option a is right for ' || q.id || '.', ARRAY['https://learn.microsoft.com/azure/'], false, 1, now()
     FROM "Question" q WHERE q."examCode" = $1 AND q.id LIKE $2 || '%'`,
    examCode,
    prefix,
  );
  // Written around the bank code, so the exam's bank version is raised here (bank-version.ts).
  await prisma.exam.update({ where: { code: examCode }, data: { bankVersion: { increment: 1 } } });
}
