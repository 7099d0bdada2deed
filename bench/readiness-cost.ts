// What readiness costs per answer, each beside a trivial baseline measured in the same run:
//   1. the online Elo update (θ, b and counts) an answer makes, vs copying the two records;
//   2. refreshing the readiness figure after an answer — ability (EAP per area) and the Monte Carlo
//      pass probability with its drivers, from the learner's per-question tallies — vs summing the
//      share right over the same tallies;
//   3. the same from the 20 000 raw answers instead of the tallies (what the SQL tally saves).
// Neither runs on the answer-save path today: the figure is recomputed from the tallies when a page
// asks for it (bench/dashboard.ts measures that at the server). These say what it would add there.
// Data generator: ./readiness-data.ts (a learner with 20 000 graded answers, on in-memory PGlite).
//   npx tsx --conditions=react-server bench/readiness-cost.ts
import { createRng } from "../lib/domain/practice/random.ts";
import { estimateAbility } from "../lib/domain/readiness/ability.ts";
import { DEFAULT_HALF_LIFE_DAYS } from "../lib/domain/readiness/answers.ts";
import { eloUpdate, type EloRating } from "../lib/domain/readiness/elo.ts";
import { computeReadiness } from "../lib/domain/readiness/readiness.ts";
import { getExamReadinessModel } from "../lib/server/readiness/exam-readiness-model.ts";
import { loadLearnerAnswers, loadLearnerTallies } from "../lib/server/readiness/load-graded-answers.ts";
import { isMain, printRows, type BenchRow } from "./lib/bench-row.ts";
import { BENCH_EXAM, seedReadinessWorld, timeSync, withBenchDatabase } from "./readiness-data.ts";

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
        metric: `refresh the figure from ${tallies.length} tallies p95 (ability + Monte Carlo + drivers)`,
        value: fromTallies.p95,
        baseline: shareOfTallies.p95,
        unit: "ms",
        target: `< ${TARGET_MS} ms`,
        met: fromTallies.p95 < TARGET_MS,
      },
      { benchmark, metric: "same, p50", value: fromTallies.p50, baseline: shareOfTallies.p50, unit: "ms", target: "", met: null },
      { benchmark, metric: `same from the ${ANSWERS.toLocaleString("en")} raw answers p95`, value: fromAnswers.p95, baseline: shareOfAnswers.p95, unit: "ms", target: "", met: null },
    ];
  });
}

export async function run(): Promise<BenchRow[]> {
  return [...eloRows(), ...(await refreshRows())];
}

if (isMain(import.meta.url)) {
  printRows(`Readiness cost per answer (Node ${process.version})`, await run());
  process.exit(0);
}
