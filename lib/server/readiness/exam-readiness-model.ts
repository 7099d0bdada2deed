import "server-only";
import { AppError } from "@/lib/errors.ts";
import { createRng } from "@/lib/domain/practice/random.ts";
import { DEFAULT_RAW_CUT_PERCENT } from "@/lib/domain/practice/scaled-score.ts";
import { estimateAbility, type Ability } from "@/lib/domain/readiness/ability.ts";
import { calibrateItems, type Calibration, type CalibrationResponse } from "@/lib/domain/readiness/calibrate-items.ts";
import { cutPrior, updateCut, type CutPosterior, type OutcomeEvidence } from "@/lib/domain/readiness/cut.ts";
import { buildExamModel, type ExamModel } from "@/lib/domain/readiness/exam-model.ts";
import { computeReadiness, predictScoreSurvival } from "@/lib/domain/readiness/readiness.ts";
import { fitRecalibration, type Recalibration } from "@/lib/domain/readiness/recalibration.ts";
import { MIN_ANSWERS_FOR_READINESS } from "@/lib/domain/readiness/status.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { loadExamAnswers } from "./load-graded-answers.ts";

// Everything about an exam the readiness figure shares across learners: the questions' calibrated
// parameters, the blueprint with its moment tables, and the cut and calibration line learned from
// reported results.
// Computing it reads every graded answer of the exam, so it is kept in memory per exam and
// rebuilt in the background once it is older than CALIBRATION_TTL_MS; the stale one keeps
// serving meanwhile. (Persisting it — a table of item parameters written by a scheduled job —
// is the step after this when one process no longer sees every request.)

export type ExamReadinessModel = {
  examCode: string;
  passMark: number;
  skillAreas: { key: string; name: string }[];
  calibration: Calibration;
  exam: ExamModel;
  cut: CutPosterior;
  recalibration: Recalibration;
  /** Reported results that taught the cut and the calibration line. */
  reports: number;
  builtAt: number;
};

export const CALIBRATION_TTL_MS = 10 * 60_000;
/** The latest few results per learner count: enough for retakes, too few for one account to move the cut. */
const REPORTS_PER_LEARNER = 3;
const DAY_MS = 86_400_000;

/** `version` counts invalidations, so a rebuild that started before the latest one stays stale. */
type Entry = { model: ExamReadinessModel | null; pending: Promise<ExamReadinessModel> | null; version: number; builtVersion: number };
const cache = new WeakMap<PrismaClient, Map<string, Entry>>();

function entryFor(prisma: PrismaClient, examCode: string): Entry {
  let exams = cache.get(prisma);
  if (!exams) cache.set(prisma, (exams = new Map()));
  let entry = exams.get(examCode);
  if (!entry) exams.set(examCode, (entry = { model: null, pending: null, version: 0, builtVersion: -1 }));
  return entry;
}

function startBuild(prisma: PrismaClient, examCode: string, entry: Entry): Promise<ExamReadinessModel> {
  const version = entry.version;
  const build: Promise<ExamReadinessModel> = buildExamReadinessModel(prisma, examCode, entry.model?.calibration).then(
    (model) => {
      if (entry.pending === build) entry.pending = null;
      entry.model = model;
      entry.builtVersion = version;
      return model;
    },
    (error: unknown) => {
      if (entry.pending === build) entry.pending = null;
      throw error;
    },
  );
  entry.pending = build;
  return build;
}

/** The exam's readiness model, from memory when there is one (rebuilt in the background when old). */
export async function getExamReadinessModel(prisma: PrismaClient, examCode: string): Promise<ExamReadinessModel> {
  const entry = entryFor(prisma, examCode);
  const old = entry.model === null || entry.builtVersion !== entry.version || Date.now() - entry.model.builtAt > CALIBRATION_TTL_MS;
  const pending = old && !entry.pending ? startBuild(prisma, examCode, entry) : entry.pending;
  if (!entry.model) return pending!;
  // Serve the one we have; a failed background rebuild is logged and retried on a later request.
  pending?.catch((error: unknown) => console.error(`The readiness model of ${examCode} could not be rebuilt.`, error));
  return entry.model;
}

/** Marks the exam's model for rebuilding (a new reported result); the next request starts it. */
export function markExamReadinessModelStale(prisma: PrismaClient, examCode: string): void {
  entryFor(prisma, examCode).version += 1;
}

/** Rebuilds now and waits for it: for callers that need the newest cut (tests, benchmarks). */
export async function refreshExamReadinessModel(prisma: PrismaClient, examCode: string): Promise<ExamReadinessModel> {
  const entry = entryFor(prisma, examCode);
  await entry.pending?.catch(() => undefined);
  entry.version += 1;
  return startBuild(prisma, examCode, entry);
}

async function buildExamReadinessModel(prisma: PrismaClient, examCode: string, previous?: Calibration): Promise<ExamReadinessModel> {
  const exam = await prisma.exam.findUnique({
    where: { code: examCode },
    select: { code: true, passMark: true, questionCount: true, skillAreas: { orderBy: { position: "asc" }, select: { key: true, name: true, weightMin: true, weightMax: true } } },
  });
  if (!exam) throw new AppError("NOT_FOUND", "Exam not found.");
  const [questions, responses, outcomes] = await Promise.all([
    prisma.question.findMany({ where: { examCode }, select: { id: true, status: true, difficulty: true, skillArea: { select: { key: true } } } }),
    loadExamAnswers(prisma, examCode),
    prisma.examOutcome.findMany({ where: { examCode }, orderBy: [{ takenOn: "desc" }, { createdAt: "desc" }], select: { userId: true, takenOn: true, passed: true, score: true } }),
  ]);

  const keys = exam.skillAreas.map((a) => a.key);
  const calibration = calibrateItems(
    questions.map((q) => ({ id: q.id, skillAreaKey: q.skillArea.key, authorDifficulty: q.difficulty })),
    keys,
    responses,
    { rho: "estimate", warmStart: previous },
  );
  const published = new Set(questions.filter((q) => q.status === "PUBLISHED").map((q) => q.id));
  const model = buildExamModel(
    { questionCount: exam.questionCount, skillAreas: exam.skillAreas },
    [...calibration.items.values()].filter((item) => published.has(item.id)),
  );
  const evidence = outcomeEvidence(outcomes, responses, calibration, model, keys, exam.passMark);
  const cut = updateCut(cutPrior(DEFAULT_RAW_CUT_PERCENT), evidence.map((e) => e.evidence));
  const recalibration = fitRecalibration(evidence.map((e, i) => ({ p: computeReadiness(model, e.ability, cut, createRng(i + 1)).probability, passed: e.evidence.passed })));
  return {
    examCode,
    passMark: exam.passMark,
    skillAreas: exam.skillAreas.map(({ key, name }) => ({ key, name })),
    calibration,
    exam: model,
    cut,
    recalibration,
    reports: evidence.length,
    builtAt: Date.now(),
  };
}

/** Each counted result beside what the model predicted for that learner at the end of that day. */
function outcomeEvidence(
  outcomes: { userId: string; takenOn: Date; passed: boolean; score: number | null }[],
  responses: readonly CalibrationResponse[],
  calibration: Calibration,
  model: ExamModel,
  keys: readonly string[],
  passMark: number,
): { evidence: OutcomeEvidence; ability: Ability }[] {
  const byLearner = new Map<string, CalibrationResponse[]>();
  for (const response of responses) {
    const list = byLearner.get(response.learnerId);
    if (list) list.push(response);
    else byLearner.set(response.learnerId, [response]);
  }
  const counted = new Map<string, number>();
  const evidence: { evidence: OutcomeEvidence; ability: Ability }[] = [];
  for (const outcome of outcomes) {
    const used = counted.get(outcome.userId) ?? 0;
    if (used >= REPORTS_PER_LEARNER) continue;
    const until = outcome.takenOn.getTime() + DAY_MS - 1;
    const answers = (byLearner.get(outcome.userId) ?? []).filter((r) => r.at <= until);
    // A result from someone we hardly saw practise tells us nothing about where the cut lies.
    if (answers.length < MIN_ANSWERS_FOR_READINESS) continue;
    counted.set(outcome.userId, used + 1);
    const ability = estimateAbility({ answers, items: calibration.items, skillAreaKeys: keys, now: until, rho: calibration.rho, repeatShift: calibration.repeatShift });
    evidence.push({
      ability,
      evidence: {
        survival: predictScoreSurvival(model, ability, createRng(evidence.length + 1)),
        questionCount: model.questionCount,
        passed: outcome.passed,
        scaledScore: outcome.score,
        passMark,
      },
    });
  }
  return evidence;
}
