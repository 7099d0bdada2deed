import { performance } from "node:perf_hooks";
import { seedCatalog } from "../../lib/server/catalog/seed-catalog.ts";
import { openDatabase, type Database } from "../../lib/server/db/open-database.ts";
import { applyMigrations } from "../../lib/server/db/schema-engine.ts";
import { rebuildAnswerTallies } from "../../lib/server/readiness/question-tallies.ts";
import { insertGeneratedQuestions } from "./generated-bank.ts";
import { adminQuery as admin, databaseUrl } from "./postgres-admin.ts";

// Scale data on PostgreSQL, made in SQL with generate_series (no rows travel through Node):
// `learners` learners, each enrolled in one exam (round robin over the catalog), with `attempts`
// submitted attempts of `items` answered questions each — every fifth an exam simulation, the rest
// practice — spread over the last 180 days; `cards` review cards (about half due, one in twenty
// retired) and three notes per learner; `questions` generated questions per exam; one author.
// The database is rebuilt only when its recorded configuration differs (kept as the database's
// COMMENT, so the schema needs no table for it).

export type ScaleConfig = { database: string; learners: number; attempts: number; items: number; questions: number; cards: number };

export const FULL_SCALE: Omit<ScaleConfig, "database"> = { learners: 10_000, attempts: 10, items: 20, questions: 1_000, cards: 40 };

export function scaleConfigFromEnv(defaults: Omit<ScaleConfig, "database"> = FULL_SCALE): ScaleConfig {
  const num = (name: string, fallback: number) => {
    const value = Number(process.env[name] ?? fallback);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
    return value;
  };
  const config = {
    learners: num("SCALE_LEARNERS", defaults.learners),
    attempts: num("SCALE_ATTEMPTS", defaults.attempts),
    items: num("SCALE_ITEMS", defaults.items),
    questions: num("SCALE_QUESTIONS", defaults.questions),
    cards: num("SCALE_CARDS", defaults.cards),
  };
  const database = process.env.SCALE_DB ?? (config.learners === FULL_SCALE.learners ? "passpath_scale" : `passpath_scale_${config.learners}`);
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error("SCALE_DB must be a plain lower-case identifier");
  if (config.items > config.questions || config.cards > config.questions) throw new Error("SCALE_ITEMS and SCALE_CARDS must not exceed SCALE_QUESTIONS");
  return { database, ...config };
}

export const scaleLearnerId = (n: number) => `su-${n}`;
export const SCALE_AUTHOR_ID = "su-author";

const describe = (c: ScaleConfig) => JSON.stringify({ learners: c.learners, attempts: c.attempts, items: c.items, questions: c.questions, cards: c.cards, generator: 2 });

/** Makes sure the scale database holds data of this configuration; returns whether it was (re)built and how long that took. */
export async function ensureScaleData(config: ScaleConfig, log: (line: string) => void = console.log): Promise<{ built: boolean; seconds: number }> {
  const [existing] = await admin<{ comment: string | null }>(`SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`, [config.database]);
  if (existing?.comment === describe(config)) return { built: false, seconds: 0 };
  const started = performance.now();
  if (existing) await admin(`DROP DATABASE "${config.database}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${config.database}"`);
  const db = await openDatabase({ kind: "postgres", url: databaseUrl(config.database) });
  try {
    await applyMigrations(db.adapterFactory);
    await fill(db, config, log);
  } finally {
    await db.close();
  }
  await admin(`COMMENT ON DATABASE "${config.database}" IS '${describe(config)}'`);
  const seconds = (performance.now() - started) / 1000;
  log(`scale data ready in ${seconds.toFixed(0)} s`);
  return { built: true, seconds };
}

async function fill(db: Database, c: ScaleConfig, log: (line: string) => void): Promise<void> {
  const prisma = db.prisma;
  await seedCatalog(prisma);
  const exams = (await prisma.exam.findMany({ orderBy: { position: "asc" }, select: { code: true } })).map((e) => e.code);
  for (const code of exams) await insertGeneratedQuestions(prisma, code, c.questions);
  log(`${exams.length} exams × ${c.questions} questions`);
  const now = new Date().toISOString();
  const run = (sql: string) => prisma.$executeRawUnsafe(sql);
  // Values spliced into the SQL are our own (catalog codes, integers, an ISO time), never input.
  const codes = `ARRAY[${exams.map((code) => `'${code}'`).join(", ")}]`;
  const examOf = `(${codes})[1 + u % ${exams.length}]`;
  const questionOf = (offset: string) => `'gen-' || lower(${examOf}) || '-' || ((u * 7919 + ${offset}) % ${c.questions})`;
  const at = `'${now}'::timestamp`;

  await run(
    `INSERT INTO "User" ("id", "email", "name", "role", "createdAt", "updatedAt")
     VALUES ('${SCALE_AUTHOR_ID}', 'scale-author@example.com', 'Scale author', 'AUTHOR', now(), now())`,
  );
  const BATCH = 1_000;
  for (let from = 0; from < c.learners; from += BATCH) {
    const to = Math.min(c.learners, from + BATCH) - 1;
    const learners = `generate_series(${from}, ${to}) AS u`;
    await prisma.$transaction(
      async (tx) => {
        const exec = (sql: string) => tx.$executeRawUnsafe(sql);
        await exec(
          `INSERT INTO "User" ("id", "email", "name", "role", "createdAt", "updatedAt")
           SELECT 'su-' || u, 'scale-' || u || '@example.com', 'Scale learner ' || u, 'LEARNER', ${at} - interval '200 days', ${at}
           FROM ${learners}`,
        );
        await exec(
          `INSERT INTO "Enrollment" ("id", "userId", "examCode", "enrolledAt")
           SELECT 'se-' || u, 'su-' || u, ${examOf}, ${at} - interval '190 days' FROM ${learners}`,
        );
        await exec(
          `INSERT INTO "Attempt" ("id", "userId", "examCode", "mode", "status", "seed", "settings", "startedAt", "submittedAt")
           SELECT 'sa-' || u || '-' || a, 'su-' || u, ${examOf},
                  (CASE WHEN a % 5 = 4 THEN 'EXAM' ELSE 'PRACTICE' END)::"AttemptMode", 'SUBMITTED'::"AttemptStatus", u * 1000 + a, '{}'::jsonb,
                  ${at} - (${c.attempts} - a) * interval '180 days' / ${c.attempts} + (u % 97) * interval '1 minute',
                  ${at} - (${c.attempts} - a) * interval '180 days' / ${c.attempts} + (u % 97) * interval '1 minute' + ${c.items} * interval '40 seconds'
           FROM ${learners}, generate_series(0, ${c.attempts - 1}) AS a`,
        );
        // A learner's share right rises with u % 10 (abilities differ); positions get distinct questions.
        await exec(
          `INSERT INTO "AttemptItem" ("id", "attemptId", "position", "questionId", "questionVersionId", "optionOrder", "response", "answeredAt", "revealed", "isCorrect", "pointsEarned", "pointsPossible")
           SELECT 'si-' || u || '-' || a || '-' || p, 'sa-' || u || '-' || a, p, x.q, x.q || '-v1', '["a","b","c","d"]'::jsonb,
                  CASE WHEN x.right THEN '{"type":"single","choice":"a"}'::jsonb ELSE '{"type":"single","choice":"b"}'::jsonb END,
                  ${at} - (${c.attempts} - a) * interval '180 days' / ${c.attempts} + (u % 97) * interval '1 minute' + p * interval '40 seconds',
                  a % 5 <> 4, x.right, CASE WHEN x.right THEN 1 ELSE 0 END, 1
           FROM ${learners}, generate_series(0, ${c.attempts - 1}) AS a, generate_series(0, ${c.items - 1}) AS p,
                LATERAL (SELECT ${questionOf(`a * 104729 + p`)} AS q, random() < 0.4 + 0.05 * (u % 10) AS right) AS x`,
        );
        await exec(
          `INSERT INTO "ReviewCard" ("id", "userId", "questionId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "reps", "lapses", "state", "lastReview", "retiredAt")
           SELECT 'sc-' || u || '-' || k, 'su-' || u, ${questionOf("k * 13")},
                  ${at} + (k - ${Math.floor(c.cards / 2)}) * interval '1 day', 5, 5, 3, 5, 2, 1, 2, ${at} - interval '3 days',
                  CASE WHEN k % 20 = 19 THEN ${at} - interval '1 day' END
           FROM ${learners}, generate_series(0, ${c.cards - 1}) AS k`,
        );
        await exec(
          `INSERT INTO "QuestionNote" ("id", "userId", "questionId", "text", "updatedAt")
           SELECT 'sn-' || u || '-' || k, 'su-' || u, ${questionOf("k")}, 'Remember the difference for question ' || k || '.', ${at}
           FROM ${learners}, generate_series(0, 2) AS k`,
        );
      },
      { timeout: 600_000, maxWait: 60_000 },
    );
    log(`learners ${to + 1}/${c.learners}`);
  }
  await run(
    `UPDATE "Attempt" t SET "pointsEarned" = s.earned, "pointsPossible" = s.possible, "rawPercent" = 100 * s.earned / s.possible,
            "scaledScore" = LEAST(1000, GREATEST(1, round(700 * (100 * s.earned / s.possible) / 70))), "passed" = 100 * s.earned / s.possible >= 70
     FROM (SELECT "attemptId", sum("pointsEarned") AS earned, sum("pointsPossible") AS possible FROM "AttemptItem" GROUP BY "attemptId") s
     WHERE s."attemptId" = t.id`,
  );
  // The answers were written around the grading code: the readiness tallies it keeps are built from them.
  await rebuildAnswerTallies(db.prisma);
  await run(`VACUUM ANALYZE`);
}
