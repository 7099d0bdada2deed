// npm run load — LOAD_LEARNERS simulated learners (default 200) take exam simulations against the
// production build on PostgreSQL for LOAD_SECONDS (default 120): each answers, flags, moves and
// now and then reloads its attempt, one action every LOAD_THINK_MIN_MS–LOAD_THINK_MAX_MS (default
// 2–5 s); then all submit at once. Afterwards every acknowledged answer and flag is checked in the database
// with SQL. Fails (exit 1) on any error or lost answer. The production build is made in its own
// directory (bench/lib/production-build.ts). LOAD_PORT (default 3215). LOAD_WRITE_DOCS=1 writes the
// report into docs/performance.md. A short run: LOAD_LEARNERS=20 LOAD_SECONDS=20 npm run load.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import pg from "pg";
import { startAppServer } from "../bench/lib/app-server.ts";
import { productionAppDir } from "../bench/lib/production-build.ts";
import { signUpAndSignIn } from "../bench/lib/session.ts";
import type { AttemptDto } from "../lib/server/attempts/dto.ts";
import { anyAnswer } from "../tests/e2e/answers.ts";

const LEARNERS = Number(process.env.LOAD_LEARNERS ?? 200);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 120);
const THINK_MIN = Number(process.env.LOAD_THINK_MIN_MS ?? 2_000);
const THINK_MAX = Number(process.env.LOAD_THINK_MAX_MS ?? 5_000);
const PORT = Number(process.env.LOAD_PORT ?? 3215);
const SETUP_CONCURRENCY = 8;
const EXAMS = ["AZ-900", "AZ-104", "AZ-204", "AZ-400"];

type Kind = "answer" | "flag" | "move" | "reload" | "start" | "submit";
type Answer = ReturnType<typeof anyAnswer>;
type Learner = { cookie: string; attemptId: string; items: AttemptDto["items"]; position: number };

const latencies = new Map<Kind, number[]>();
const errors: { kind: Kind; text: string }[] = [];
/** The last acknowledged answer and flag per attempt item, "attemptId:position". */
const ackedAnswers = new Map<string, Answer>();
const ackedFlags = new Map<string, boolean>();

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function call(base: string, kind: Kind, cookie: string, method: string, url: string, body?: unknown): Promise<globalThis.Response | null> {
  const started = performance.now();
  try {
    const response = await fetch(`${base}${url}`, {
      method,
      headers: { Cookie: cookie, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const list = latencies.get(kind) ?? [];
    list.push(performance.now() - started);
    latencies.set(kind, list);
    if (!response.ok) {
      errors.push({ kind, text: `${method} ${url}: ${response.status} ${(await response.text()).slice(0, 200)}` });
      return null;
    }
    return response;
  } catch (error) {
    errors.push({ kind, text: `${method} ${url}: ${error instanceof Error ? error.message : String(error)}` });
    return null;
  }
}

async function setUp(base: string, n: number): Promise<Learner> {
  const cookie = await signUpAndSignIn(base, `load-${Date.now()}-${n}@example.com`, "load test password 123");
  const started = await call(base, "start", cookie, "POST", "/api/attempts", { mode: "EXAM", examCode: EXAMS[n % EXAMS.length], acceptNearest: true });
  if (!started) throw new Error(`learner ${n} could not start an exam: ${errors.at(-1)?.text}`);
  const { id } = (await started.json()) as { id: string };
  const attempt = (await (await fetch(`${base}/api/attempts/${id}`, { headers: { Cookie: cookie } })).json()) as AttemptDto;
  return { cookie, attemptId: id, items: attempt.items, position: 0 };
}

/** One learner's session: an action every few seconds until the end, mostly answering. */
async function session(base: string, learner: Learner, until: number, random: () => number): Promise<void> {
  await sleep(random() * THINK_MAX);
  while (Date.now() < until) {
    const item = learner.items[learner.position]!;
    const key = `${learner.attemptId}:${item.position}`;
    const roll = random();
    if (roll < 0.6) {
      const answer = anyAnswer(item.view);
      const ok = await call(base, "answer", learner.cookie, "PUT", `/api/attempts/${learner.attemptId}/items/${item.position}`, { response: answer });
      if (ok) ackedAnswers.set(key, answer);
      learner.position = Math.min(learner.items.length - 1, learner.position + 1);
    } else if (roll < 0.7) {
      const flagged = !(ackedFlags.get(key) ?? false);
      const ok = await call(base, "flag", learner.cookie, "PUT", `/api/attempts/${learner.attemptId}/items/${item.position}`, { flagged });
      if (ok) ackedFlags.set(key, flagged);
    } else if (roll < 0.95) {
      learner.position = Math.floor(random() * learner.items.length);
      await call(base, "move", learner.cookie, "PUT", `/api/attempts/${learner.attemptId}/position`, { position: learner.position });
    } else {
      await call(base, "reload", learner.cookie, "GET", `/api/attempts/${learner.attemptId}`);
    }
    await sleep(THINK_MIN + random() * (THINK_MAX - THINK_MIN));
  }
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function verify(databaseUrl: string, attemptIds: string[]): Promise<{ lostAnswers: number; lostFlags: number; submitted: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const items = await client.query<{ attemptId: string; position: number; response: unknown; flagged: boolean }>(
      `SELECT "attemptId", position, response, flagged FROM "AttemptItem" WHERE "attemptId" = ANY($1)`,
      [attemptIds],
    );
    const stored = new Map(items.rows.map((r) => [`${r.attemptId}:${r.position}`, r]));
    let lostAnswers = 0;
    for (const [key, answer] of ackedAnswers) if (!isDeepStrictEqual(stored.get(key)?.response, answer)) lostAnswers++;
    let lostFlags = 0;
    for (const [key, flagged] of ackedFlags) if (stored.get(key)?.flagged !== flagged) lostFlags++;
    const submitted = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Attempt" WHERE id = ANY($1) AND status = 'SUBMITTED'`, [attemptIds]);
    return { lostAnswers, lostFlags, submitted: submitted.rows[0]!.n };
  } finally {
    await client.end();
  }
}

function percentile(sorted: number[], q: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : 0;
}

function report(figures: { verified: Awaited<ReturnType<typeof verify>>; wallSeconds: number; loadBefore: string; loadAfter: string }): string {
  const lines: string[] = [];
  const cpu = os.cpus();
  lines.push(
    `Load test — ${new Date().toISOString()}: ${LEARNERS} learners, ${SECONDS} s of exam simulations against the production build on PostgreSQL, one action every ${THINK_MIN / 1000}–${THINK_MAX / 1000} s each.`,
    `Machine: ${cpu.length} × ${cpu[0]?.model ?? "cpu"}, Node ${process.version}; load average (1, 5, 15 min) ${figures.loadBefore} before, ${figures.loadAfter} after. The load generator runs on the same machine.`,
    "",
    "| request | count | errors | p50 ms | p95 ms | p99 ms | max ms |",
    "|---|---:|---:|---:|---:|---:|---:|",
  );
  let total = 0;
  for (const kind of ["answer", "flag", "move", "reload", "start", "submit"] as const) {
    const sorted = [...(latencies.get(kind) ?? [])].sort((a, b) => a - b);
    total += sorted.length;
    const f = (x: number) => x.toFixed(1);
    const failed = errors.filter((e) => e.kind === kind).length;
    lines.push(`| ${kind === "answer" ? "**answer save**" : kind} | ${sorted.length} | ${failed} | ${f(percentile(sorted, 0.5))} | ${f(percentile(sorted, 0.95))} | ${f(percentile(sorted, 0.99))} | ${f(sorted.at(-1) ?? 0)} |`);
  }
  const { verified } = figures;
  lines.push(
    "",
    `Requests: ${total} in ${figures.wallSeconds.toFixed(0)} s; errors (non-2xx or failed): **${errors.filter((e) => e.kind !== "submit").length}** while taking the exams, **${errors.filter((e) => e.kind === "submit").length}** in the closing burst of ${LEARNERS} simultaneous submits.`,
    `Acknowledged answers: ${ackedAnswers.size} items, of which missing or different in the database afterwards: **${verified.lostAnswers}**; acknowledged flags: ${ackedFlags.size}, lost: **${verified.lostFlags}**; attempts submitted: ${verified.submitted} of ${LEARNERS}.`,
  );
  return lines.join("\n");
}

function writeDocs(text: string): void {
  const file = path.resolve("docs/performance.md");
  const doc = fs.readFileSync(file, "utf8");
  const begin = "<!-- load:begin -->";
  const end = "<!-- load:end -->";
  if (!doc.includes(begin) || !doc.includes(end)) throw new Error(`${file} has no ${begin} … ${end} section`);
  fs.writeFileSync(file, `${doc.slice(0, doc.indexOf(begin) + begin.length)}\n${text}\n${doc.slice(doc.indexOf(end))}`);
}

const appDir = await productionAppDir();
const server = await startAppServer(appDir, "postgres", PORT);
try {
  console.log(`setting up ${LEARNERS} learners (sign-up, sign-in, exam start) …`);
  const learners: Learner[] = [];
  for (let i = 0; i < LEARNERS; i += SETUP_CONCURRENCY) {
    learners.push(...(await Promise.all(Array.from({ length: Math.min(SETUP_CONCURRENCY, LEARNERS - i) }, (_, j) => setUp(server.url, i + j)))));
  }
  const loadBefore = os.loadavg().map((x) => x.toFixed(2)).join(", ");
  console.log(`running for ${SECONDS} s …`);
  const started = Date.now();
  const until = started + SECONDS * 1000;
  await Promise.all(learners.map((learner, i) => session(server.url, learner, until, mulberry32(i + 1))));
  // Then everyone submits at once: the worst case of the end of a timed exam.
  await Promise.all(learners.map((l) => call(server.url, "submit", l.cookie, "POST", `/api/attempts/${l.attemptId}/submit`, {})));
  const wallSeconds = (Date.now() - started) / 1000;
  const loadAfter = os.loadavg().map((x) => x.toFixed(2)).join(", ");
  const verified = await verify(server.databaseUrl!, learners.map((l) => l.attemptId));
  const text = report({ verified, wallSeconds, loadBefore, loadAfter });
  console.log(`\n${text}`);
  for (const error of errors.slice(0, 20)) console.log(`error: ${error.kind} ${error.text}`);
  if (process.env.LOAD_WRITE_DOCS === "1") writeDocs(text);
  process.exitCode = errors.length || verified.lostAnswers || verified.lostFlags || verified.submitted !== LEARNERS ? 1 : 0;
} finally {
  await server.stop();
}
process.exit(process.exitCode ?? 0);
