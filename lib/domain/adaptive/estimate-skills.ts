// A learner's standing per skill area, kept deliberately simple (see README.md in this folder):
// recent accuracy shrunk towards the learner's overall accuracy, an ability on a logit scale that
// accounts for how hard the answered questions were, and the area's "need" — how much of the exam
// the learner stands to gain there.

export type SkillAreaWeight = { key: string; name: string; weightMin: number; weightMax: number };

/** One graded answer; the caller passes them newest first. */
export type GradedAnswer = { skillAreaKey: string; difficulty: number; isCorrect: boolean };

export type SkillEstimate = SkillAreaWeight & {
  /** The area's share of the exam: the midpoint of its weight range, normalised over the outline. */
  share: number;
  answered: number;
  correct: number;
  /** Estimated probability of answering an average question of the area right, 0–1. */
  accuracy: number;
  /** Ability in logits, on the same scale as `difficultyToLogit`. */
  ability: number;
  /** The question difficulty (1–5) this learner has even odds on in this area. */
  level: number;
  /** share × (1 − accuracy): the part of the exam's points the learner is expected to miss here. */
  need: number;
};

/** Only the latest answers per area count, so old mistakes stop weighing once a learner improves. */
export const RECENT_ANSWERS_PER_AREA = 30;
/** With no evidence at all, a learner is taken to have even odds on a middling question. */
export const PRIOR_ACCURACY = 0.5;
/** Pseudo-answers pulling the overall accuracy towards the prior, and each area towards the overall. */
export const OVERALL_PRIOR_WEIGHT = 2;
export const AREA_PRIOR_WEIGHT = 4;
/** Logits per step of the authors' 1–5 difficulty; 3 is the middle (0). */
export const LOGITS_PER_DIFFICULTY_STEP = 0.8;

export function difficultyToLogit(difficulty: number): number {
  return (difficulty - 3) * LOGITS_PER_DIFFICULTY_STEP;
}

export function logitToDifficulty(logit: number): number {
  return Math.min(5, Math.max(1, 3 + logit / LOGITS_PER_DIFFICULTY_STEP));
}

export function estimateSkills(areas: readonly SkillAreaWeight[], answersNewestFirst: readonly GradedAnswer[]): SkillEstimate[] {
  const known = new Set(areas.map((a) => a.key));
  const recent = new Map<string, GradedAnswer[]>();
  for (const answer of answersNewestFirst) {
    if (!known.has(answer.skillAreaKey)) continue;
    const list = recent.get(answer.skillAreaKey) ?? [];
    if (list.length < RECENT_ANSWERS_PER_AREA) list.push(answer);
    recent.set(answer.skillAreaKey, list);
  }
  const all = [...recent.values()].flat();
  const overallAccuracy = (count(all) + PRIOR_ACCURACY * OVERALL_PRIOR_WEIGHT) / (all.length + OVERALL_PRIOR_WEIGHT);
  const overallDifficulty = all.length ? mean(all.map((a) => difficultyToLogit(a.difficulty))) : 0;

  const midpoints = areas.map((a) => (a.weightMin + a.weightMax) / 2);
  const total = midpoints.reduce((s, x) => s + x, 0);
  return areas.map((area, i) => {
    const answers = recent.get(area.key) ?? [];
    const correct = count(answers);
    const accuracy = (correct + overallAccuracy * AREA_PRIOR_WEIGHT) / (answers.length + AREA_PRIOR_WEIGHT);
    // Rasch: P(right) = σ(θ − b). Right on average at this accuracy over questions of mean b gives θ.
    const meanDifficulty = answers.length ? mean(answers.map((a) => difficultyToLogit(a.difficulty))) : overallDifficulty;
    const ability = logit(accuracy) + meanDifficulty;
    const share = total > 0 ? midpoints[i]! / total : 1 / areas.length;
    return { ...area, share, answered: answers.length, correct, accuracy, ability, level: logitToDifficulty(ability), need: share * (1 - accuracy) };
  });
}

function count(answers: readonly GradedAnswer[]): number {
  return answers.filter((a) => a.isCorrect).length;
}

function mean(values: readonly number[]): number {
  return values.reduce((s, x) => s + x, 0) / values.length;
}

function logit(p: number): number {
  const q = Math.min(0.99, Math.max(0.01, p));
  return Math.log(q / (1 - q));
}
