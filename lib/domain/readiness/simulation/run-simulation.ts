// Measures the readiness model against what synthetic learners then do on a hidden real exam,
// beside two baselines a learner could compute themselves. Learners are split in two: the
// training half reports its results (to the baselines' fits, and — a share of it — to the
// model's cut); every figure is measured on the other half.

import { createRng, deriveSeed } from "../../practice/random.ts";
import { estimateAbility } from "../ability.ts";
import { calibrateItems, type Calibration } from "../calibrate-items.ts";
import { cutPrior, cutSummary, updateCut, type CutPosterior, type OutcomeEvidence } from "../cut.ts";
import { buildExamModel, type ExamModel } from "../exam-model.ts";
import { fitLogistic } from "../fit-logistic.ts";
import { thetaGrid } from "../numeric.ts";
import { auc, brier, expectedCalibrationError, logLoss, reliabilityBins, type Forecast, type ReliabilityBin } from "../metrics.ts";
import { computeReadiness, predictScoreSurvival, type ReadinessOptions } from "../readiness.ts";
import { fitRecalibration, IDENTITY, type Recalibration } from "../recalibration.ts";
import { MIN_ANSWERS_FOR_READINESS } from "../status.ts";
import { practiseAndSit, type LearnerHistory } from "./practise.ts";
import { makeItems, makeLearner, SIMULATED_EXAM, type TrueItem, type WorldOptions } from "./world.ts";

export type SimulationConfig = {
  seed: number;
  learners: number;
  /** Per-learner answer counts, log-uniform between these. */
  answers: { min: number; max: number };
  /** True correlation of a learner's area abilities. */
  rho: number;
  itemsPerArea: number;
  hiddenItemsPerArea: number;
  /** The real exam's questions are this much harder (logits) than the bank's. */
  hiddenDifficultyShift: number;
  /** The hidden cut: share of the real form to get right. */
  trueCut: number;
  /** Share of the training half whose results reach the model's cut; of those, the share that include the score. */
  reportShare: number;
  scoreShare: number;
  world?: WorldOptions;
  model: { halfLifeDays?: number; rho?: number | "estimate"; priorCutPercent?: number; readiness?: ReadinessOptions; tolerance?: number; calibrationGridSize?: number; recalibrate?: boolean };
};

export const DEFAULT_SIMULATION: SimulationConfig = {
  seed: 20_251,
  learners: 3000,
  answers: { min: 30, max: 1000 },
  rho: 0.6,
  itemsPerArea: 40,
  hiddenItemsPerArea: 60,
  hiddenDifficultyShift: 0.2,
  trueCut: 0.7,
  reportShare: 0.5,
  scoreShare: 0.6,
  model: {},
};

export type PairedDifference = { mean: number; standardError: number };

export type PredictorScore = { name: string; brier: number; logLoss: number; ece: number; auc: number; bins: ReliabilityBin[] };

export type SimulationResult = {
  config: SimulationConfig;
  testLearners: number;
  passRate: number;
  /** Test learners below the answer minimum, whom the product would tell to answer more first. */
  insufficientShare: number;
  model: PredictorScore;
  /** The model with the prior cut alone, before any reported result. */
  modelPriorCut: PredictorScore;
  lastSimulation: PredictorScore;
  practiceScore: PredictorScore;
  /** Paired Brier differences on the test half, baseline minus model (positive: the model is better), with their standard errors. */
  brierGain: { practiceScore: PairedDifference; lastSimulation: PairedDifference };
  calibration: { rho: number; repeatShift: number; iterations: number; bError: number; aCorrelation: number; aRatio: number };
  cut: { mean: number; low: number; high: number; reports: number };
  recalibration: Recalibration;
  seconds: { practice: number; calibrate: number; predict: number };
};

type Learner = { history: LearnerHistory; train: boolean };

export function runSimulation(config: SimulationConfig, clock: () => number = () => 0): SimulationResult {
  const rng = createRng(config.seed);
  const bank = makeItems("bank", config.itemsPerArea, 0, rng);
  const hidden = makeItems("real", config.hiddenItemsPerArea, config.hiddenDifficultyShift, rng);

  const t0 = clock();
  const learners: Learner[] = Array.from({ length: config.learners }, (_, i) => {
    const own = createRng(deriveSeed(config.seed, i + 1));
    const traits = makeLearner(config.rho, config.answers, own, config.world);
    return { history: practiseAndSit(traits, bank, hidden, config.trueCut, own), train: i % 2 === 0 };
  });

  const t1 = clock();
  const areaKeys = SIMULATED_EXAM.skillAreas.map((a) => a.key);
  const calibration = calibrateItems(
    bank.map((item) => ({ id: item.id, skillAreaKey: item.skillAreaKey, authorDifficulty: item.difficulty })),
    areaKeys,
    learners.flatMap((learner, i) => learner.history.answers.map((answer) => ({ learnerId: String(i), itemId: answer.itemId, correct: answer.correct, at: answer.at }))),
    { rho: config.model.rho ?? "estimate", tolerance: config.model.tolerance, grid: config.model.calibrationGridSize ? thetaGrid(config.model.calibrationGridSize) : undefined },
  );
  const exam = buildExamModel(SIMULATED_EXAM, calibration.items.values());

  const t2 = clock();
  const abilityOf = (learner: Learner) =>
    estimateAbility({
      answers: learner.history.answers,
      items: calibration.items,
      skillAreaKeys: areaKeys,
      now: learner.history.examAt,
      rho: calibration.rho,
      repeatShift: calibration.repeatShift,
      halfLifeDays: config.model.halfLifeDays,
    });
  const predictRng = createRng(deriveSeed(config.seed, 0));
  const reports: OutcomeEvidence[] = [];
  const reporters: ReturnType<typeof estimateAbility>[] = [];
  learners.forEach((learner) => {
    if (!learner.train || predictRng() >= config.reportShare) return;
    const ability = abilityOf(learner);
    reporters.push(ability);
    reports.push({
      survival: predictScoreSurvival(exam, ability, predictRng, config.model.readiness),
      questionCount: exam.questionCount,
      passed: learner.history.passed,
      scaledScore: predictRng() < config.scoreShare ? learner.history.scaledScore : null,
      passMark: 700,
    });
  });
  const prior = cutPrior(config.model.priorCutPercent);
  const cut = updateCut(prior, reports);
  const recalibration = config.model.recalibrate === false ? IDENTITY : fitRecalibration(reporters.map((ability, i) => ({ p: readinessOf(exam, ability, cut, predictRng, config), passed: reports[i]!.passed })));

  const test = learners.filter((l) => !l.train);
  const train = learners.filter((l) => l.train);
  const outcome = (l: Learner): 0 | 1 => (l.history.passed ? 1 : 0);
  const ours: Forecast[] = [];
  const oursPrior: Forecast[] = [];
  for (const learner of test) {
    const ability = abilityOf(learner);
    ours.push({ p: readinessOf(exam, ability, cut, predictRng, config, recalibration), y: outcome(learner) });
    oursPrior.push({ p: readinessOf(exam, ability, prior, predictRng, config), y: outcome(learner) });
  }
  const lastSim = fitLogistic(train.map(lastSimulationFeatures), train.map(outcome));
  const practice = fitLogistic(train.map(practiceFeatures), train.map(outcome));
  const lastSimForecasts = test.map((l) => ({ p: lastSim.predict(lastSimulationFeatures(l)), y: outcome(l) }));
  const practiceForecasts = test.map((l) => ({ p: practice.predict(practiceFeatures(l)), y: outcome(l) }));
  const t3 = clock();

  return {
    config,
    testLearners: test.length,
    passRate: test.filter((l) => l.history.passed).length / test.length,
    insufficientShare: test.filter((l) => l.history.answers.length < MIN_ANSWERS_FOR_READINESS).length / test.length,
    model: score("readiness model", ours),
    modelPriorCut: score("readiness model, prior cut only", oursPrior),
    lastSimulation: score("last simulation ≥ 70 %", lastSimForecasts),
    practiceScore: score("mean practice score", practiceForecasts),
    brierGain: { practiceScore: pairedGain(practiceForecasts, ours), lastSimulation: pairedGain(lastSimForecasts, ours) },
    calibration: { rho: calibration.rho, repeatShift: calibration.repeatShift, iterations: calibration.iterations, ...recovery(calibration, bank) },
    cut: { ...pick(cutSummary(cut)), reports: reports.length },
    recalibration,
    seconds: { practice: (t1 - t0) / 1000, calibrate: (t2 - t1) / 1000, predict: (t3 - t2) / 1000 },
  };
}

function readinessOf(exam: ExamModel, ability: ReturnType<typeof estimateAbility>, cut: CutPosterior, rng: () => number, config: SimulationConfig, recalibration = IDENTITY): number {
  return computeReadiness(exam, ability, cut, rng, { ...config.model.readiness, recalibration }).probability;
}

/** Baseline "last simulation ≥ 70 %": two indicators (took one; the last one reached 70 %), fitted by logistic regression. */
export function lastSimulationFeatures(learner: { history: LearnerHistory }): number[] {
  const last = learner.history.attempts.filter((a) => a.mode === "EXAM").at(-1);
  return last ? [1, last.right >= 0.7 * last.total ? 1 : 0] : [0, 0];
}

/** Baseline "mean practice score": the share right over all practice answers, fitted by logistic regression. */
export function practiceFeatures(learner: { history: LearnerHistory }): number[] {
  const answers = learner.history.answers;
  return [answers.length ? answers.filter((a) => a.correct).length / answers.length : 0];
}

function pairedGain(baseline: readonly Forecast[], model: readonly Forecast[]): PairedDifference {
  const d = baseline.map((b, i) => (b.p - b.y) ** 2 - (model[i]!.p - model[i]!.y) ** 2);
  const mean = d.reduce((s, x) => s + x, 0) / d.length;
  const variance = d.reduce((s, x) => s + (x - mean) ** 2, 0) / (d.length - 1);
  return { mean, standardError: Math.sqrt(variance / d.length) };
}

function score(name: string, forecasts: Forecast[]): PredictorScore {
  return { name, brier: brier(forecasts), logLoss: logLoss(forecasts), ece: expectedCalibrationError(forecasts), auc: auc(forecasts), bins: reliabilityBins(forecasts) };
}

/** How well the calibration recovered the bank: RMSE of b and the correlation of a with the truth. */
function recovery(calibration: Calibration, bank: readonly TrueItem[]) {
  const pairs = bank.map((item) => ({ truth: item, fit: calibration.items.get(item.id)! }));
  // The ability scale is set by the learners, so b is recovered up to a shift; the error is measured around it.
  const shift = pairs.reduce((s, p) => s + p.fit.b - p.truth.b, 0) / pairs.length;
  const bError = Math.sqrt(pairs.reduce((s, p) => s + (p.fit.b - p.truth.b - shift) ** 2, 0) / pairs.length);
  const aRatio = pairs.reduce((s, p) => s + p.fit.a, 0) / pairs.reduce((s, p) => s + p.truth.a, 0);
  return { bError, aCorrelation: correlation(pairs.map((p) => p.truth.a), pairs.map((p) => p.fit.a)), aRatio };
}

function correlation(x: readonly number[], y: readonly number[]): number {
  const mx = x.reduce((s, v) => s + v, 0) / x.length;
  const my = y.reduce((s, v) => s + v, 0) / y.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  x.forEach((xi, i) => {
    sxy += (xi - mx) * (y[i]! - my);
    sxx += (xi - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

function pick(summary: ReturnType<typeof cutSummary>) {
  return { mean: summary.mean, low: summary.low, high: summary.high };
}
