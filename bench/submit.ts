// Submitting a 50-question exam simulation at the server: submitAttempt (score, store every item's
// score, close the attempt, turn wrong answers into review cards and log the reviews) with about
// 40 % wrong answers, on PGlite and on PostgreSQL, beside a one-statement transaction on the same
// connection in the same run. The learner keeps submitting from one bank, so later submits meet
// existing cards (updates) as well as new ones (creates). Also counted: the SQL statements Prisma
// sends per submit, the process CPU time per submit (on PGlite that includes the database), and a
// burst of BENCH_SUBMIT_BURST learners (default 100) submitting at once.
//   npx tsx --conditions=react-server bench/submit.ts
import { performance } from "node:perf_hooks";
import { createRng } from "../lib/domain/practice/random.ts";
import type { QuestionContent, Response } from "../lib/domain/questions/content.ts";
import { startAttempt } from "../lib/server/attempts/start-attempt.ts";
import { submitAttempt } from "../lib/server/attempts/submit-attempt.ts";
import { PrismaClient } from "../lib/server/db/generated/client.ts";
import { seedTestBank } from "../tests/factories/bank.ts";
import { isMain, printRows, type BenchRow } from "./lib/bench-row.ts";
import { postgresReachable } from "./lib/postgres-admin.ts";
import { DATABASE_LABEL, summarise, timeAsync, withBenchDatabase, type DatabaseKind } from "./readiness-data.ts";

const RUNS = Number(process.env.BENCH_SUBMIT_RUNS ?? 30);
const COUNTED_RUNS = 3;
const BURST = Number(process.env.BENCH_SUBMIT_BURST ?? 100);
const WRONG_SHARE = 0.4;
const EXAM = "AZ-204";

function answerFor(content: QuestionContent, right: boolean): Response {
  switch (content.type) {
    case "single":
      return { type: "single", choice: content.options.find((o) => o.correct === right)!.id };
    case "multiple":
      return { type: "multiple", choices: content.options.filter((o) => o.correct === right).map((o) => o.id) };
    case "yesno":
      return { type: "yesno", answers: Object.fromEntries(content.statements.map((s) => [s.id, right ? s.answer : !s.answer])) };
    case "ordering": {
      const sequence = content.options.filter((o) => o.position !== undefined).sort((a, b) => a.position! - b.position!).map((o) => o.id);
      return { type: "ordering", sequence: right ? sequence : sequence.reverse() };
    }
  }
}

async function measure(kind: DatabaseKind): Promise<BenchRow[]> {
  return withBenchDatabase(kind, async (db) => {
    await seedTestBank(db.prisma, { examCode: EXAM, perArea: 40, caseStudy: false });
    const user = await db.prisma.user.create({ data: { email: "submit@example.com", name: "Bench learner" } });
    const rng = createRng(11);
    let wrong = 0;
    let wrongOfLearner = 0;
    let answered = 0;

    /** A started exam with every item answered, about WRONG_SHARE of them wrongly. */
    const prepare = async (learnerId = user.id): Promise<string> => {
      const started = await startAttempt(db.prisma, learnerId, { mode: "EXAM", examCode: EXAM, acceptNearest: false });
      if (!("id" in started)) throw new Error(`the bank could not fill the exam: ${JSON.stringify(started.shortfall)}`);
      const items = await db.prisma.attemptItem.findMany({ where: { attemptId: started.id }, select: { id: true, questionVersion: { select: { content: true } } } });
      await db.prisma.$transaction(
        items.map((item) => {
          const right = rng() >= WRONG_SHARE;
          if (!right) wrong += 1;
          if (!right && learnerId === user.id) wrongOfLearner += 1;
          answered += 1;
          return db.prisma.attemptItem.update({ where: { id: item.id }, data: { response: answerFor(item.questionVersion.content as QuestionContent, right), answeredAt: new Date() } });
        }),
      );
      return started.id;
    };

    const submitAll = async (client: PrismaClient, count: number) => {
      const ids: string[] = [];
      for (let i = 0; i < count; i++) ids.push(await prepare());
      const samples: number[] = [];
      const cpu: number[] = [];
      for (const id of ids) {
        const cpuStart = process.cpuUsage();
        const start = performance.now();
        await submitAttempt(client, user.id, id);
        samples.push(performance.now() - start);
        const used = process.cpuUsage(cpuStart);
        cpu.push((used.user + used.system) / 1000);
      }
      return { time: summarise(samples), cpu: summarise(cpu) };
    };

    await submitAll(db.prisma, 3); // warm-up: compiled queries, open pool, a few cards to update
    const trivial = () => db.prisma.$transaction((tx) => tx.$queryRaw`SELECT 1`);
    await timeAsync(5, trivial);
    const baseline = await timeAsync(RUNS, trivial);
    const { time, cpu } = await submitAll(db.prisma, RUNS);

    // The statements, counted on a second client over the same database with query events on.
    const counting = new PrismaClient({ adapter: db.adapterFactory, log: [{ emit: "event", level: "query" }] });
    let statements = 0;
    counting.$on("query", () => {
      statements += 1;
    });
    try {
      await counting.$connect();
      statements = 0;
      await submitAll(counting, COUNTED_RUNS);
    } finally {
      await counting.$disconnect();
    }
    const perSubmit = statements / COUNTED_RUNS;

    // A burst: BURST learners submit at once, through the database's pool (10 connections on PostgreSQL).
    const burst: { userId: string; attemptId: string }[] = [];
    for (let i = 0; i < BURST; i++) {
      const learner = await db.prisma.user.create({ data: { email: `burst-${i}@example.com`, name: `Burst learner ${i}` } });
      burst.push({ userId: learner.id, attemptId: await prepare(learner.id) });
    }
    const burstStart = performance.now();
    const outcomes = await Promise.allSettled(burst.map((b) => submitAttempt(db.prisma, b.userId, b.attemptId)));
    const burstMs = performance.now() - burstStart;
    const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    const burstFailures = rejected.length;
    if (rejected[0]) console.warn(`${DATABASE_LABEL[kind]}: ${burstFailures} of ${BURST} submits failed, the first with: ${String(rejected[0].reason).slice(0, 300)}`);

    const submitted = await db.prisma.attempt.count({ where: { userId: user.id, status: "SUBMITTED" } });
    const expected = 3 + RUNS + COUNTED_RUNS;
    if (submitted !== expected) throw new Error(`expected ${expected} submitted attempts, found ${submitted}`);
    const logs = await db.prisma.reviewLog.count({ where: { card: { userId: user.id } } });
    if (logs < wrongOfLearner) throw new Error(`expected at least ${wrongOfLearner} review logs (one per wrong answer), found ${logs}`);

    const benchmark = `submit 50-question exam, ${DATABASE_LABEL[kind]}`;
    const share = `${Math.round((wrong / answered) * 100)} % wrong`;
    return [
      { benchmark, metric: `submitAttempt p50 (${share}; baseline: SELECT 1 transaction)`, value: time.p50, baseline: baseline.p50, unit: "ms", target: "", met: null },
      { benchmark, metric: "submitAttempt p95", value: time.p95, baseline: baseline.p95, unit: "ms", target: "", met: null },
      { benchmark, metric: "process CPU per submit, p50", value: cpu.p50, baseline: null, unit: "ms", target: "", met: null },
      { benchmark, metric: "SQL statements per submit (Prisma query events, incl. COMMIT)", value: perSubmit, baseline: null, unit: "", target: "", met: null },
      { benchmark, metric: `${BURST} learners submitting at once: all done after`, value: burstMs, baseline: null, unit: "ms", target: "", met: null },
      { benchmark, metric: `${BURST} learners submitting at once: failed`, value: burstFailures, baseline: null, unit: "", target: "0", met: burstFailures === 0 },
    ];
  });
}

export async function run(): Promise<BenchRow[]> {
  const rows = await measure("pglite");
  if (await postgresReachable()) rows.push(...(await measure("postgres")));
  else console.warn("submit on PostgreSQL not measured: the server is unreachable (set BENCH_PG_URL).");
  return rows;
}

if (isMain(import.meta.url)) {
  printRows(`Exam submit at the server (${RUNS} runs)`, await run());
  process.exit(0);
}
