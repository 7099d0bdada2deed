// Starting a 60-question exam simulation from a large bank, at the server: startAttempt (load the pool and the
// learner's history, assemble by the blueprint, write the attempt and its items; the pool is held in
// memory while the bank is unchanged, and a separate row times the start after a change) for AZ-204 from a
// generated bank of BENCH_BANK_SIZE questions (default 10 000), on PGlite and on PostgreSQL, beside
// a one-row query on the same connection in the same run. Target: under 50 ms.
//   npx tsx --conditions=react-server bench/exam-start.ts
import { startAttempt } from "../lib/server/attempts/start-attempt.ts";
import { seedCatalog } from "../lib/server/catalog/seed-catalog.ts";
import { isMain, printRows, type BenchRow } from "./lib/bench-row.ts";
import { insertGeneratedQuestions } from "./lib/generated-bank.ts";
import { postgresReachable } from "./lib/postgres-admin.ts";
import { DATABASE_LABEL, timeAsync, withBenchDatabase, type DatabaseKind } from "./readiness-data.ts";

const BANK = Number(process.env.BENCH_BANK_SIZE ?? 10_000);
const RUNS = Number(process.env.BENCH_EXAM_START_RUNS ?? 40);
const EXAM = "AZ-204";
const QUESTIONS = 60;
const TARGET_MS = 50;

async function measure(kind: DatabaseKind): Promise<BenchRow[]> {
  return withBenchDatabase(kind, async (db) => {
    await seedCatalog(db.prisma);
    await insertGeneratedQuestions(db.prisma, EXAM, BANK);
    // The form: 60 questions (the catalog's AZ-204 has 50).
    const { questionCount } = await db.prisma.exam.update({ where: { code: EXAM }, data: { questionCount: QUESTIONS }, select: { questionCount: true } });
    const user = await db.prisma.user.create({ data: { email: "exam-start@example.com", name: "Bench learner" } });
    const start = async () => {
      const result = await startAttempt(db.prisma, user.id, { mode: "EXAM", examCode: EXAM, acceptNearest: false });
      if (!("id" in result)) throw new Error(`the generated bank could not fill the exam: ${JSON.stringify(result.shortfall)}`);
    };
    for (let i = 0; i < 3; i++) await start();
    const floor = () => db.prisma.exam.findUnique({ where: { code: EXAM }, select: { code: true } });
    const baseline = await timeAsync(RUNS, floor);
    const timing = await timeAsync(RUNS, start);
    // The same after every bank change (an author's edit, an import): the pool is read again.
    const COLD_RUNS = 10;
    const afterBankChange = await timeAsync(COLD_RUNS, async () => {
      await db.prisma.exam.update({ where: { code: EXAM }, data: { bankVersion: { increment: 1 } } });
      await start();
    });
    const items = await db.prisma.attemptItem.count({ where: { attempt: { userId: user.id } } });
    const starts = RUNS + COLD_RUNS + 3;
    if (items !== starts * questionCount) throw new Error(`expected ${starts * questionCount} attempt items, found ${items}`);
    const benchmark = `exam start, ${DATABASE_LABEL[kind]}`;
    return [
      { benchmark, metric: `startAttempt p50 (${questionCount} of ${BANK.toLocaleString("en")} questions)`, value: timing.p50, baseline: baseline.p50, unit: "ms", target: "", met: null },
      { benchmark, metric: "startAttempt p95", value: timing.p95, baseline: baseline.p95, unit: "ms", target: `< ${TARGET_MS} ms`, met: timing.p95 < TARGET_MS },
      { benchmark, metric: "first start after a bank change (pool read again) p50, incl. the change", value: afterBankChange.p50, baseline: null, unit: "ms", target: "", met: null },
    ];
  });
}

export async function run(): Promise<BenchRow[]> {
  const rows = await measure("pglite");
  if (await postgresReachable()) rows.push(...(await measure("postgres")));
  else console.warn("exam start on PostgreSQL not measured: the server is unreachable (set BENCH_PG_URL).");
  return rows;
}

if (isMain(import.meta.url)) {
  printRows(`Exam start at the server (${RUNS} runs; baseline: one-row query on the same connection)`, await run());
  process.exit(0);
}
