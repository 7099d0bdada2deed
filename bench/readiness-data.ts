// Shared by the readiness and dashboard benchmarks: a throw-away database (in-memory PGlite, or a
// fresh database on the PostgreSQL at BENCH_PG_URL), the data generator, and the timers.
// Data: the test bank factory (40 questions per AZ-204 area), background learners for the
// calibration, and one heavy learner whose graded answers come in 50-question practice attempts,
// four a day back from now — so 20 000 answers span 100 days.
import crypto from "node:crypto";
import { performance } from "node:perf_hooks";
import { createRng } from "../lib/domain/practice/random.ts";
import { correctProbability, standardNormal } from "../lib/domain/readiness/numeric.ts";
import { openDatabase, type Database } from "../lib/server/db/open-database.ts";
import { applyMigrations } from "../lib/server/db/schema-engine.ts";
import { rebuildAnswerTallies } from "../lib/server/readiness/question-tallies.ts";
import { seedTestBank } from "../tests/factories/bank.ts";
import { adminQuery, databaseUrl } from "./lib/postgres-admin.ts";

export const BENCH_EXAM = "AZ-204";
const PER_ATTEMPT = 50;
const DAY = 86_400_000;

export type DatabaseKind = "pglite" | "postgres";
export const DATABASE_LABEL: Record<DatabaseKind, string> = { pglite: "PGlite", postgres: "PostgreSQL" };

/** Runs `work` on a migrated, empty database of the kind, and removes the database afterwards. */
export async function withBenchDatabase<T>(kind: DatabaseKind, work: (db: Database) => Promise<T>): Promise<T> {
  if (kind === "pglite") {
    const db = await openDatabase({ kind: "pglite-memory" });
    await applyMigrations(db.adapterFactory);
    try {
      return await work(db);
    } finally {
      await db.close();
    }
  }
  const name = `passpath_readiness_bench_${crypto.randomBytes(4).toString("hex")}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const db = await openDatabase({ kind: "postgres", url: databaseUrl(name) });
  try {
    await applyMigrations(db.adapterFactory);
    return await work(db);
  } finally {
    await db.close();
    await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

export type ReadinessWorld = { learnerId: string; questions: number; answers: number };

/**
 * Seeds the bank, `background` learners of `backgroundAnswers` answers each (so the calibration has
 * something to fit), and the heavy learner with `answers` graded answers of ability 0.8.
 */
export async function seedReadinessWorld(db: Database, options: { answers: number; background: number; backgroundAnswers: number }): Promise<ReadinessWorld> {
  const { questionIds } = await seedTestBank(db.prisma, { examCode: BENCH_EXAM, perArea: 40, caseStudy: false });
  const questions = await db.prisma.question.findMany({ where: { id: { in: questionIds } }, select: { id: true, difficulty: true, versions: { select: { id: true } } } });
  const rng = createRng(7);
  const now = Date.now();

  async function addLearner(email: string, answers: number, theta: number) {
    const user = await db.prisma.user.create({ data: { email, name: email } });
    const attempts = Math.ceil(answers / PER_ATTEMPT);
    const attemptRows = Array.from({ length: attempts }, (_, a) => {
      const startedAt = new Date(now - (attempts - a) * 0.25 * DAY);
      return {
        id: `${user.id}-${a}`,
        userId: user.id,
        examCode: BENCH_EXAM,
        mode: "PRACTICE" as const,
        status: "SUBMITTED" as const,
        seed: a,
        settings: { feedback: "immediate" },
        startedAt,
        submittedAt: new Date(startedAt.getTime() + PER_ATTEMPT * 30_000),
        rawPercent: 0,
        scaledScore: 1,
        passed: false,
      };
    });
    const items = attemptRows.flatMap((attempt, a) => {
      const picked = [...questions].sort(() => rng() - 0.5).slice(0, Math.min(PER_ATTEMPT, answers - a * PER_ATTEMPT));
      let right = 0;
      const rows = picked.map((q, position) => {
        const correct = rng() < correctProbability(theta, 1, (q.difficulty - 3) * 0.6);
        if (correct) right += 1;
        return {
          attemptId: attempt.id,
          position,
          questionId: q.id,
          questionVersionId: q.versions[0]!.id,
          optionOrder: [],
          response: { type: "single", choice: correct ? "a" : "b" },
          answeredAt: new Date(attempt.startedAt.getTime() + position * 30_000),
          revealed: true,
          isCorrect: correct,
          pointsEarned: correct ? 1 : 0,
          pointsPossible: 1,
        };
      });
      attempt.rawPercent = (right / rows.length) * 100;
      attempt.scaledScore = Math.max(1, Math.round(attempt.rawPercent * 10));
      attempt.passed = attempt.scaledScore >= 700;
      return rows;
    });
    await db.prisma.attempt.createMany({ data: attemptRows });
    for (let i = 0; i < items.length; i += 5_000) await db.prisma.attemptItem.createMany({ data: items.slice(i, i + 5_000) });
    // Written around the grading code, so the readiness tallies it keeps are built from the answers.
    await rebuildAnswerTallies(db.prisma, user.id);
    return user.id;
  }

  for (let l = 0; l < options.background; l++) await addLearner(`background-${l}@example.com`, options.backgroundAnswers, standardNormal(rng));
  const learnerId = await addLearner("heavy@example.com", options.answers, 0.8);
  await db.prisma.enrollment.create({ data: { userId: learnerId, examCode: BENCH_EXAM } });
  return { learnerId, questions: questions.length, answers: options.answers };
}

export type Timing = { p50: number; p95: number; mean: number };

export function summarise(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95), mean: samples.reduce((s, x) => s + x, 0) / samples.length };
}

/** Times `work` after `warmup` untimed runs: the first calls of a function include its JIT compilation. */
export function timeSync(runs: number, work: () => unknown, warmup = 10): Timing {
  for (let i = 0; i < warmup; i++) work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

export async function timeAsync(runs: number, work: () => Promise<unknown>): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}
