// The answer-save path (sign-in cookie, validation, persistence) under concurrent load against the
// production build, on PGlite and on PostgreSQL, with a trivial route handler (GET /api/ping) on the
// same server as the baseline measured in the same run. BENCH_SECONDS per measurement (default 10),
// BENCH_PORT the first of two ports (default 3213).
//   npx tsx --conditions=react-server bench/answer-save.ts
import type autocannon from "autocannon";
import type { AttemptDto } from "../lib/server/attempts/dto.ts";
import { anyAnswer } from "../tests/e2e/answers.ts";
import { startAppServer, type DbKind } from "./lib/app-server.ts";
import { load } from "./lib/autocannon-run.ts";
import { isMain, printRows, type BenchRow } from "./lib/bench-row.ts";
import { postgresReachable } from "./lib/postgres-admin.ts";
import { productionAppDir } from "./lib/production-build.ts";
import { signUpAndSignIn } from "./lib/session.ts";

// One learner per connection at the most, each answering their own exam: a learner clicks one
// answer at a time, so concurrent saves meet different attempts, as they do in real use.
const LEARNERS = 64;
const CONNECTIONS = [16, 64];
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 3213);
const SHARE_TARGET: Record<DbKind, number> = { postgres: 0.5, pglite: 0.3 };
const P99_TARGET_MS = 100;
const LABEL: Record<DbKind, string> = { pglite: "PGlite", postgres: "PostgreSQL" };

type Target = { path: string; cookie: string; body: string };

async function prepareTargets(url: string): Promise<Target[]> {
  const perLearner: Target[][] = [];
  for (let i = 0; i < LEARNERS; i++) {
    const cookie = await signUpAndSignIn(url, `bench-${Date.now()}-${i}@example.com`, "bench password 123");
    const started = await fetch(`${url}/api/attempts`, { method: "POST", headers: { "Content-Type": "application/json", Cookie: cookie }, body: JSON.stringify({ mode: "EXAM", examCode: "AZ-204" }) });
    if (started.status !== 201) throw new Error(`starting an exam failed: ${started.status} ${await started.text()}`);
    const { id } = (await started.json()) as { id: string };
    const attempt = (await (await fetch(`${url}/api/attempts/${id}`, { headers: { Cookie: cookie } })).json()) as AttemptDto;
    perLearner.push(attempt.items.map((item) => ({ path: `/api/attempts/${id}/items/${item.position}`, cookie, body: JSON.stringify({ response: anyAnswer(item.view) }) })));
  }
  // Interleaved: consecutive requests go to different learners.
  return perLearner[0]!.flatMap((_, position) => perLearner.map((targets) => targets[position]).filter((t) => t !== undefined));
}

async function measure(appDir: string, db: DbKind, port: number): Promise<BenchRow[]> {
  const server = await startAppServer(appDir, db, port);
  const rows: BenchRow[] = [];
  try {
    const targets = await prepareTargets(server.url);
    let next = 0;
    const saveRequests: autocannon.Request[] = [
      {
        method: "PUT",
        setupRequest: (request) => {
          const target = targets[next++ % targets.length]!;
          return { ...request, path: target.path, body: target.body, headers: { "content-type": "application/json", cookie: target.cookie } };
        },
      },
    ];
    // A short warm-up of both routes, so that both runs meet a server with its routes compiled and
    // its pool open, and every attempt's first save (which reads the attempt's layout and the
    // question's content once per process) is behind us: the runs measure the steady state.
    await load({ url: `${server.url}/api/ping`, connections: 4, duration: 2 });
    const firstSaves = await load({ url: server.url, connections: 4, amount: targets.length, requests: saveRequests });
    const warmUp = `answer save, ${LABEL[db]}, warm-up`;
    rows.push(
      { benchmark: warmUp, metric: `first save of each of ${targets.length} questions (4 conns) p50`, value: firstSaves.p50, baseline: null, unit: "ms", target: "", met: null },
      { benchmark: warmUp, metric: "same, p99", value: firstSaves.p99, baseline: null, unit: "ms", target: "", met: null },
    );
    for (const connections of CONNECTIONS) {
      // At 64 connections the connection ramp alone can take most of 10 s on PGlite (one accept per
      // turn of a saturated event loop), so those runs are twice as long to leave a steady state.
      const duration = connections >= 64 ? 2 * DURATION : DURATION;
      const baseline = await load({ url: `${server.url}/api/ping`, connections, duration });
      const save = await load({ url: server.url, connections, duration, requests: saveRequests });
      const benchmark = `answer save, ${LABEL[db]}, ${connections} conns`;
      const share = SHARE_TARGET[db];
      rows.push(
        { benchmark, metric: "req/s (baseline GET /api/ping)", value: save.requestsPerSecond, baseline: baseline.requestsPerSecond, unit: "req/s", target: `≥ ${share * 100} % of baseline`, met: save.requestsPerSecond >= share * baseline.requestsPerSecond },
        { benchmark, metric: "latency p50, steady state", value: save.steadyP50, baseline: baseline.steadyP50, unit: "ms", target: "", met: null },
        {
          benchmark,
          metric: `latency p99, steady state (${save.steadyRequests.toLocaleString("en")} saves)`,
          value: save.steadyP99,
          baseline: baseline.steadyP99,
          unit: "ms",
          target: connections === 64 ? `< ${P99_TARGET_MS} ms` : "",
          met: connections === 64 ? save.steadyP99 < P99_TARGET_MS : null,
        },
        { benchmark, metric: "latency p99, whole run (connection ramp included)", value: save.p99, baseline: baseline.p99, unit: "ms", target: "", met: null },
        { benchmark, metric: "connection ramp: last connection's first answer after", value: save.rampMs, baseline: baseline.rampMs, unit: "ms", target: "", met: null },
        { benchmark, metric: `failed or non-2xx of ${save.requests.toLocaleString("en")}`, value: save.errors, baseline: baseline.errors, unit: "", target: "0", met: save.errors === 0 },
      );
    }
  } finally {
    await server.stop();
  }
  return rows;
}

export async function run(): Promise<BenchRow[]> {
  const appDir = await productionAppDir();
  const rows = await measure(appDir, "pglite", PORT);
  if (await postgresReachable()) rows.push(...(await measure(appDir, "postgres", PORT + 1)));
  else console.warn("answer save on PostgreSQL not measured: the server is unreachable (set BENCH_PG_URL).");
  return rows;
}

if (isMain(import.meta.url)) {
  printRows(`Answer save under load (${DURATION} s per run, ${2 * DURATION} s at 64 connections, ${LEARNERS} learners' exams, production build)`, await run());
  process.exit(0);
}
