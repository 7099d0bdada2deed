// The dashboard of a learner with 20 000 graded answers, at the server: getDashboard (everything
// app/dashboard/page.tsx loads, readiness included) on PGlite and on PostgreSQL (BENCH_PG_URL,
// default the local server; skipped when unreachable), beside a one-row query on the same
// connection measured in the same run. The readiness calibration is built once first (it is cached
// per exam and rebuilt off the request path). Data generator: ./readiness-data.ts.
//   npx tsx --conditions=react-server bench/dashboard.ts
import { performance } from "node:perf_hooks";
import { getDashboard } from "../lib/server/dashboard/get-dashboard.ts";
import { getExamReadinessModel } from "../lib/server/readiness/exam-readiness-model.ts";
import { getReadiness } from "../lib/server/readiness/get-readiness.ts";
import { isMain, printRows, type BenchRow } from "./lib/bench-row.ts";
import { PG_ADMIN_URL, postgresReachable } from "./lib/postgres-admin.ts";
import { BENCH_EXAM, DATABASE_LABEL, seedReadinessWorld, timeAsync, withBenchDatabase, type DatabaseKind } from "./readiness-data.ts";

const ANSWERS = Number(process.env.BENCH_DASHBOARD_ANSWERS ?? 20_000);
const RUNS = Number(process.env.BENCH_DASHBOARD_RUNS ?? 40);
const TARGET_MS = 150;

async function measure(kind: DatabaseKind): Promise<BenchRow[]> {
  return withBenchDatabase(kind, async (db) => {
    const world = await seedReadinessWorld(db, { answers: ANSWERS, background: 40, backgroundAnswers: 150 });
    const built = performance.now();
    await getExamReadinessModel(db.prisma, BENCH_EXAM);
    const buildMs = performance.now() - built;
    // Warm the connection pool and the query plans the way a running server has them.
    for (let i = 0; i < 3; i++) await getDashboard(db.prisma, world.learnerId);

    const floor = () => db.prisma.exam.findUnique({ where: { code: BENCH_EXAM }, select: { code: true } });
    const baseline = await timeAsync(RUNS, floor);
    const dashboard = await timeAsync(RUNS, () => getDashboard(db.prisma, world.learnerId));
    const readiness = await timeAsync(RUNS, () => getReadiness(db.prisma, world.learnerId, BENCH_EXAM));
    const benchmark = `dashboard, ${DATABASE_LABEL[kind]}`;
    const subject = `${world.answers.toLocaleString("en")} answers`;
    return [
      { benchmark, metric: `getDashboard p95 (${subject})`, value: dashboard.p95, baseline: baseline.p95, unit: "ms", target: `< ${TARGET_MS} ms`, met: dashboard.p95 < TARGET_MS },
      { benchmark, metric: "getDashboard p50", value: dashboard.p50, baseline: baseline.p50, unit: "ms", target: "", met: null },
      { benchmark, metric: "of which getReadiness p95", value: readiness.p95, baseline: baseline.p95, unit: "ms", target: "", met: null },
      { benchmark, metric: "calibration build (cached, off the request path)", value: buildMs, baseline: null, unit: "ms", target: "", met: null },
    ];
  });
}

/** Every row of this benchmark: PGlite, then PostgreSQL when it is reachable. */
export async function run(): Promise<BenchRow[]> {
  const rows = await measure("pglite");
  if (await postgresReachable()) rows.push(...(await measure("postgres")));
  else console.warn(`PostgreSQL not measured: ${PG_ADMIN_URL} unreachable (set BENCH_PG_URL).`);
  return rows;
}

if (isMain(import.meta.url)) {
  const rows = await run();
  printRows(`Dashboard at the server (Node ${process.version}, ${RUNS} runs each; baseline: one-row query on the same connection)`, rows);
  process.exit(0);
}
