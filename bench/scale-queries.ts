// The learner and author read paths at scale on PostgreSQL, at the server: dashboard, notebook,
// review queue, readiness and item statistics p95 against the scale data (bench/lib/scale-data.ts,
// built on first use), beside a one-row query on the same connection in the same run.
// Target: p95 < 200 ms. Sizes via SCALE_* (defaults here: 1 000 learners; the full 10 000 × 10 × 20
// with SCALE_LEARNERS=10000 — see docs/performance.md). With --explain, it also prints
// EXPLAIN (ANALYZE, BUFFERS) of every query one call of each function sends, slowest first.
//   npx tsx --conditions=react-server bench/scale-queries.ts [--explain]
import { performance } from "node:perf_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { getDashboard } from "../lib/server/dashboard/get-dashboard.ts";
import { PrismaClient } from "../lib/server/db/generated/client.ts";
import { getNotebook } from "../lib/server/notebook/get-notebook.ts";
import { getExamReadinessModel } from "../lib/server/readiness/exam-readiness-model.ts";
import { getItemStatistics, refreshItemStatistics } from "../lib/server/readiness/get-item-statistics.ts";
import { getReadiness } from "../lib/server/readiness/get-readiness.ts";
import { getReviewQueue } from "../lib/server/review/get-review-queue.ts";
import { isMain, printRows, type BenchRow } from "./lib/bench-row.ts";
import { databaseUrl, postgresReachable } from "./lib/postgres-admin.ts";
import { ensureScaleData, FULL_SCALE, SCALE_AUTHOR_ID, scaleConfigFromEnv, scaleLearnerId } from "./lib/scale-data.ts";
import { timeAsync } from "./readiness-data.ts";

const RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 30);
const STAT_RUNS = Number(process.env.BENCH_SCALE_STAT_RUNS ?? 5);
const TARGET_MS = 200;
const BENCH_DEFAULTS = { ...FULL_SCALE, learners: 1_000 };

type QueryEvent = { query: string; params: string; duration: number };
type Subject = { name: string; runs: number; call: (learner: number) => Promise<unknown> };

function subjects(prisma: PrismaClient, exams: string[]): Subject[] {
  const examOf = (learner: number) => exams[learner % exams.length]!;
  return [
    { name: "dashboard (getDashboard)", runs: RUNS, call: (l) => getDashboard(prisma, scaleLearnerId(l)) },
    { name: "notebook, first page (getNotebook)", runs: RUNS, call: (l) => getNotebook(prisma, scaleLearnerId(l), { page: 1, q: undefined }) },
    { name: "review queue (getReviewQueue)", runs: RUNS, call: (l) => getReviewQueue(prisma, scaleLearnerId(l), new Date(), "UTC") },
    { name: "readiness (getReadiness, model cached)", runs: RUNS, call: (l) => getReadiness(prisma, scaleLearnerId(l), examOf(l)) },
    { name: "item statistics of one exam (getItemStatistics, cached)", runs: STAT_RUNS, call: (l) => getItemStatistics(prisma, SCALE_AUTHOR_ID, examOf(l)) },
  ];
}

function openClient(url: string): { prisma: PrismaClient; captured: QueryEvent[] } {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }), log: [{ emit: "event", level: "query" }] });
  const captured: QueryEvent[] = [];
  prisma.$on("query", (event) => captured.push({ query: event.query, params: event.params, duration: event.duration }));
  return { prisma, captured };
}

export async function run(): Promise<BenchRow[]> {
  if (!(await postgresReachable())) {
    console.warn("scale queries not measured: PostgreSQL is unreachable (set BENCH_PG_URL).");
    return [];
  }
  const config = scaleConfigFromEnv(BENCH_DEFAULTS);
  const prepared = await ensureScaleData(config);
  const { prisma } = openClient(databaseUrl(config.database));
  try {
    const exams = (await prisma.exam.findMany({ orderBy: { position: "asc" }, select: { code: true } })).map((e) => e.code);
    const modelMs: number[] = [];
    for (const code of exams) {
      const started = performance.now();
      await getExamReadinessModel(prisma, code);
      modelMs.push(performance.now() - started);
    }
    const statisticsMs: number[] = [];
    for (const code of exams) {
      const started = performance.now();
      await refreshItemStatistics(prisma, SCALE_AUTHOR_ID, code);
      statisticsMs.push(performance.now() - started);
    }
    const size = `${config.learners.toLocaleString("en")} learners, ${(config.learners * config.attempts * config.items).toLocaleString("en")} attempt items`;
    const pick = (i: number) => (i * 7_919) % config.learners;
    const baseline = await timeAsync(RUNS, () => prisma.user.findUnique({ where: { id: scaleLearnerId(0) }, select: { id: true } }));
    const rows: BenchRow[] = [];
    for (const subject of subjects(prisma, exams)) {
      await subject.call(pick(1));
      let i = 0;
      const timing = await timeAsync(subject.runs, () => subject.call(pick(i++)));
      rows.push({ benchmark: `scale, PostgreSQL, ${size}`, metric: `${subject.name} p95`, value: timing.p95, baseline: baseline.p95, unit: "ms", target: `< ${TARGET_MS} ms`, met: timing.p95 < TARGET_MS });
    }
    rows.push({
      benchmark: `scale, PostgreSQL, ${size}`,
      metric: "readiness model build per exam, max (off the request path, cached)",
      value: Math.max(...modelMs),
      baseline: null,
      unit: "ms",
      target: "",
      met: null,
    });
    rows.push({
      benchmark: `scale, PostgreSQL, ${size}`,
      metric: "item statistics build per exam, max (off the request path, cached)",
      value: Math.max(...statisticsMs),
      baseline: null,
      unit: "ms",
      target: "",
      met: null,
    });
    if (prepared.built) rows.push({ benchmark: `scale, PostgreSQL, ${size}`, metric: "generating the scale data", value: prepared.seconds, baseline: null, unit: "s", target: "", met: null });
    return rows;
  } finally {
    await prisma.$disconnect();
  }
}

/** EXPLAIN (ANALYZE, BUFFERS) of every query one call of each function sends, slowest first. */
async function explain(): Promise<void> {
  const config = scaleConfigFromEnv(BENCH_DEFAULTS);
  await ensureScaleData(config);
  const url = databaseUrl(config.database);
  const { prisma, captured } = openClient(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const exams = (await prisma.exam.findMany({ orderBy: { position: "asc" }, select: { code: true } })).map((e) => e.code);
    for (const code of exams) await getExamReadinessModel(prisma, code);
    for (const subject of subjects(prisma, exams)) {
      await subject.call(42);
      captured.length = 0;
      await subject.call(42);
      const queries = [...captured].sort((a, b) => b.duration - a.duration);
      console.log(`\n## ${subject.name}: ${queries.length} queries\n`);
      for (const q of queries.slice(0, Number(process.env.EXPLAIN_TOP ?? 3))) {
        const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${q.query}`, JSON.parse(q.params) as unknown[]);
        console.log(`-- ${q.duration} ms in Prisma\n${q.query}\n-- params ${q.params}\n${plan.rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n")}\n`);
      }
    }
  } finally {
    await client.end();
    await prisma.$disconnect();
  }
}

if (isMain(import.meta.url)) {
  if (process.argv.includes("--explain")) await explain();
  else printRows(`Read paths at scale on PostgreSQL (${RUNS} runs each, item statistics ${STAT_RUNS}; baseline: one-row query)`, await run());
  process.exit(0);
}
