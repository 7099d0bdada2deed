// What leaves lib/server/readiness: plain data, no answer keys (item statistics name which option
// is the key, and only authors and admins receive them).

export type SkillAbilityDto = {
  key: string;
  name: string;
  /** Posterior mean and SD of the ability in the area (logits; 0 is the average learner). */
  abilityMean: number;
  abilitySd: number;
  answered: number;
  /** Share of the answers in the area that were right; null without answers. */
  correctRate: number | null;
};

export type ReadinessDriverDto = {
  skillAreaKey: string;
  name: string;
  /** Share of a real form (normalised outline midpoint). */
  weight: number;
  ability: number;
  /** Pass probability the area costs now: the gain if it were at the cut level. */
  costInProbability: number;
};

export type ReadinessDto =
  | { status: "insufficient-data"; examCode: string; answered: number; needed: number; perSkill: SkillAbilityDto[]; computedAt: string }
  | {
      status: "estimate";
      examCode: string;
      /** Probability of passing a real form now, and its 10th–90th percentile range. */
      probability: number;
      low: number;
      high: number;
      /** Every skill area, the costliest first. */
      drivers: ReadinessDriverDto[];
      perSkill: SkillAbilityDto[];
      basedOnAnswers: number;
      computedAt: string;
    };

export type ExamOutcomeDto = { id: string; examCode: string; takenOn: string; passed: boolean; score: number | null; updated: boolean };

export type ItemChoiceDto = { id: string; label: string; isKey: boolean; chosenCount: number; strongShare: number | null; weakShare: number | null };

export type ItemStatisticsDto = {
  questionId: string;
  status: "DRAFT" | "PUBLISHED" | "RETIRED";
  skillAreaKey: string;
  skillAreaName: string;
  /** The stem's first line, to recognise the question by. */
  stemPreview: string;
  authorDifficulty: number;
  timesAnswered: number;
  learners: number;
  percentCorrect: number | null;
  pointBiserial: number | null;
  /** Calibrated 2PL parameters; from the author's difficulty alone while `learners` is 0. */
  irt: { a: number; b: number };
  choices: ItemChoiceDto[];
  flags: ("negative-discrimination" | "distractor-favoured-by-strong")[];
};
