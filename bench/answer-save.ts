// The answer-save path under concurrent load against the production build, on PGlite and on
// PostgreSQL, with a trivial route handler on the same server as the baseline measured in the
// same run. Needs `npm run build` first. Run: npx tsx bench/answer-save.ts
import type { Response } from "../lib/domain/questions/content.ts";
import type { AttemptDto } from "../lib/server/attempts/dto.ts";
import { startAppServer, type DbKind } from "./lib/app-server.ts";
import { load } from "./lib/autocannon-run.ts";
import { signUpAndSignIn } from "./lib/session.ts";

const LEARNERS = 16;
const CONNECTIONS = [16, 64];
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

type Target = { path: string; cookie: string; body: string };

function anAnswer(item: AttemptDto["items"][number]): Response {
  const view = item.view;
  switch (view.type) {
    case "single":
      return { type: "single", choice: view.options[0]!.id };
    case "multiple":
      return { type: "multiple", choices: view.options.slice(0, view.selectCount).map((o) => o.id) };
    case "yesno":
      return { type: "yesno", answers: Object.fromEntries(view.statements.map((s) => [s.id, true])) };
    case "ordering":
      return { type: "ordering", sequence: view.options.slice(0, view.slots).map((o) => o.id) };
  }
}

async function prepareTargets(url: string): Promise<Target[]> {
  const targets: Target[] = [];
  for (let i = 0; i < LEARNERS; i++) {
    const cookie = await signUpAndSignIn(url, `bench-${Date.now()}-${i}@example.com`, "bench password 123");
    const started = await fetch(`${url}/api/attempts`, { method: "POST", headers: { "Content-Type": "application/json", Cookie: cookie }, body: JSON.stringify({ mode: "EXAM", examCode: "AZ-204" }) });
    const { id } = (await started.json()) as { id: string };
    const attempt = (await (await fetch(`${url}/api/attempts/${id}`, { headers: { Cookie: cookie } })).json()) as AttemptDto;
    for (const item of attempt.items) targets.push({ path: `/api/attempts/${id}/items/${item.position}`, cookie, body: JSON.stringify({ response: anAnswer(item) }) });
  }
  return targets;
}

async function measure(db: DbKind, port: number) {
  const server = await startAppServer(db, port);
  const rows: string[][] = [];
  try {
    const targets = await prepareTargets(server.url);
    let next = 0;
    for (const connections of CONNECTIONS) {
      const baseline = await load({ url: `${server.url}/api/ping`, connections, duration: DURATION });
      const save = await load({
        url: server.url,
        connections,
        duration: DURATION,
        requests: [
          {
            method: "PUT",
            setupRequest: (request) => {
              const target = targets[next++ % targets.length]!;
              return { ...request, path: target.path, body: target.body, headers: { "content-type": "application/json", cookie: target.cookie } };
            },
          },
        ],
      });
      const share = Math.round((save.requestsPerSecond / baseline.requestsPerSecond) * 100);
      rows.push([db, String(connections), "baseline GET /api/ping", String(baseline.requestsPerSecond), String(baseline.p50), String(baseline.p99), String(baseline.errors), "100 %"]);
      rows.push([db, String(connections), "answer save PUT", String(save.requestsPerSecond), String(save.p50), String(save.p99), String(save.errors), `${share} %`]);
    }
  } finally {
    await server.stop();
  }
  return rows;
}

const rows = [...(await measure("pglite", 3401)), ...(await measure("postgres", 3402))];
const header = ["db", "conns", "endpoint", "req/s", "p50 ms", "p99 ms", "errors", "of baseline"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
console.log(`\nAnswer save under load (${DURATION} s per run, ${LEARNERS} learners, production build)\n`);
console.log(line(header));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
rows.forEach((r) => console.log(line(r)));
console.log("\nTargets: answer save ≥ 50 % of baseline req/s on PostgreSQL, ≥ 30 % on PGlite; p99 < 100 ms at 64 connections.");
process.exit(0);
