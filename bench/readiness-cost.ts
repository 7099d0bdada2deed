// What readiness costs per answer, each beside a trivial baseline measured in the same run:
//   0. the per-answer readiness update on the answer path: adding a graded answer to the learner's
//      tally of its question (recordAnswerTallies) inside the grading transaction, on PGlite and
//      PostgreSQL, vs one trivial statement in the same kind of transaction;
//   1. the online Elo update (θ, b and counts) an answer makes, vs copying the two records;
//   2. refreshing the readiness figure after an answer — ability (EAP per area) and the Monte Carlo
//      pass probability with its drivers, from the learner's per-question tallies — vs summing the
//      share right over the same tallies;
//   3. the same from the 20 000 raw answers instead of the tallies (what the SQL tally saves).
// Only 0 runs on the answer path; the figure itself is recomputed from the tallies when a page asks
// for it (bench/dashboard.ts measures that at the server); 2 says what it would add per answer.
// Data generator: ./readiness-data.ts (a learner with 20 000 graded answers, on in-memory PGlite).
//   npx tsx --conditions=react-server bench/readiness-cost.ts
import { createRng } from "../lib/domain/practice/random.ts";
import { estimateAbility } from "../lib/domain/readiness/ability.ts";
import { DEFAULT_HALF_LIFE_DAYS } from "../lib/domain/readiness/answers.ts";
import { eloUpdate, type EloRating } from "../lib/domain/readiness/elo.ts";
import { computeReadiness } from "../lib/domain/readiness/readiness.ts";
import type { Prisma } from "../lib/server/db/generated/client.ts";
import { getExamReadinessModel } from "../lib/server/readiness/exam-readiness-model.ts";
import { loadLearnerAnswers, loadLearnerTallies } from "../lib/server/readiness/load-graded-answers.ts";
import { recordAnswerTallies } from "../lib/server/readiness/question-tallies.ts";
import { isMain, printRows, type BenchRow } from "./lib/bench-row.ts";
import { postgresReachable } from "./lib/postgres-admin.ts";
import { BENCH_EXAM, DATABASE_LABEL, seedReadinessWorld, summarise, timeSync, withBenchDatabase, type DatabaseKind } from "./readiness-data.ts";

const ANSWERS = 20_000;
const TARGET_MS = 5;
const BATCH = 10_000;

function eloRows(): BenchRow[] {
  // In batches, so the timer's resolution does not matter.
  const rng = createRng(1);
  const outcomes = Array.from({ length: BATCH }, () => rng() < 0.6);
  let learner: EloRating = { rating: 0, answers: 0 };
  let item: EloRating = { rating: 0.3, answers: 40 };
  const elo = timeSync(200, () => {
    for (const correct of outcomes) ({ learner, item } = eloUpdate(learner, item, correct));
  });
  const copy = timeSync(200, () => {
    for (const correct of outcomes) {
      learner = { rating: learner.rating, answers: learner.answers + (correct ? 1 : 0) };
      item = { rating: item.rating, answers: item.answers + 1 };
    }
  });
  const us = (ms: number) => (ms / BATCH) * 1000;
  return [
    { benchmark: "readiness per answer", metric: "online Elo update p95 (baseline: copy the records)", value: us(elo.p95), baseline: us(copy.p95), unit: "µs", target: `< ${TARGET_MS} ms`, met: us(elo.p95) < TARGET_MS * 1000 },
  ];
}

async function refreshRows(): Promise<BenchRow[]> {
  return withBenchDatabase("pglite", async (db) => {
    const world = await seedReadinessWorld(db, { answers: ANSWERS, background: 40, backgroundAnswers: 150 });
    const model = await getExamReadinessModel(db.prisma, BENCH_EXAM);
    const now = new Date();
    const tallies = await loadLearnerTallies(db.prisma, world.learnerId, BENCH_EXAM, now, DEFAULT_HALF_LIFE_DAYS);
    const answers = await loadLearnerAnswers(db.prisma, world.learnerId, BENCH_EXAM, now);
    if (answers.length !== ANSWERS) throw new Error(`expected ${ANSWERS} answers, loaded ${answers.length}`);
    const common = { items: model.calibration.items, skillAreaKeys: model.skillAreas.map((a) => a.key), rho: model.calibration.rho, repeatShift: model.calibration.repeatShift };
    const readiness = (ability: ReturnType<typeof estimateAbility>) => computeReadiness(model.exam, ability, model.cut, createRng(3), { recalibration: model.recalibration });

    const fromTallies = timeSync(60, () => readiness(estimateAbility({ ...common, tallies })));
    const shareOfTallies = timeSync(60, () => tallies.reduce((s, t) => s + t.correct, 0) / tallies.reduce((s, t) => s + t.answered, 0));
    const fromAnswers = timeSync(30, () => readiness(estimateAbility({ ...common, answers, now: now.getTime() })));
    const shareOfAnswers = timeSync(30, () => answers.reduce((s, a) => s + (a.correct ? 1 : 0), 0) / answers.length);
    const benchmark = "readiness per answer";
    return [
      {
        benchmark,
        metric: `refresh the figure from ${tallies.length} tallies p95 (ability + Monte Carlo + drivers; on read, not per answer)`,
        value: fromTallies.p95,
        baseline: shareOfTallies.p95,
        unit: "ms",
        target: "",
        met: null,
      },
      { benchmark, metric: "same, p50", value: fromTallies.p50, baseline: shareOfTallies.p50, unit: "ms", target: "", met: null },
      { benchmark, metric: `same from the ${ANSWERS.toLocaleString("en")} raw answers p95`, value: fromAnswers.p95, baseline: shareOfAnswers.p95, unit: "ms", target: "", met: null },
    ];
  });
}

const TALLY_RUNS = 200;

/**
 * The time recordAnswerTallies takes inside a grading transaction (practice check: one answer),
 * for 200 of the heavy learner's graded answers in turn. Their tallies already count them (the
 * generator built them), so each call counts one again — the same statements and rows a new
 * answer costs; the throwaway database's figures do not matter.
 */
async function tallyUpdateRows(kind: DatabaseKind): Promise<BenchRow[]> {
  return withBenchDatabase(kind, async (db) => {
    const world = await seedReadinessWorld(db, { answers: ANSWERS, background: 0, backgroundAnswers: 0 });
    const items = await db.prisma.attemptItem.findMany({ where: { attempt: { userId: world.learnerId } }, select: { id: true }, take: TALLY_RUNS + 20 });
    const timeInTransaction = async (work: (tx: Prisma.TransactionClient, itemId: string) => Promise<unknown>) => {
      const samples: number[] = [];
      for (const [index, item] of items.entries()) {
        await db.prisma.$transaction(async (tx) => {
          const start = performance.now();
          await work(tx, item.id);
          if (index >= 20) samples.push(performance.now() - start); // the first 20 warm up
        });
      }
      return summarise(samples);
    };
    const update = await timeInTransaction((tx, itemId) => recordAnswerTallies(tx, world.learnerId, { attemptItemId: itemId }));
    const trivial = await timeInTransaction((tx) => tx.$queryRaw`SELECT 1`);
    const benchmark = `readiness per answer, ${DATABASE_LABEL[kind]}`;
    return [
      { benchmark, metric: "tally update in the grading transaction p95 (baseline: SELECT 1 there)", value: update.p95, baseline: trivial.p95, unit: "ms", target: `< ${TARGET_MS} ms`, met: update.p95 < TARGET_MS },
      { benchmark, metric: "same, p50", value: update.p50, baseline: trivial.p50, unit: "ms", target: "", met: null },
    ];
  });
}

export async function run(): Promise<BenchRow[]> {
  const rows = await tallyUpdateRows("pglite");
  if (await postgresReachable()) rows.push(...(await tallyUpdateRows("postgres")));
  else console.warn("the tally update on PostgreSQL not measured: the server is unreachable (set BENCH_PG_URL).");
  return [...rows, ...eloRows(), ...(await refreshRows())];
}

if (isMain(import.meta.url)) {
  printRows(`Readiness cost per answer (Node ${process.version})`, await run());
  process.exit(0);
}
