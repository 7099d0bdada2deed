import { NEAR_DUPLICATE_THRESHOLD } from "./near-duplicates.ts";

/** What an exam's published bank must reach before it ships (docs/question-format.md). Shares are fractions of the published questions. */
export type ExamThresholds = {
  minPublished: number;
  minYesnoShare: number;
  minOrderingShare: number;
  /** At least this many ordering questions, for exams that only need ordering to be present. */
  minOrderingCount: number;
  /** Multiple-choice questions with more than one correct option. */
  minMultipleShare: number;
  /** Case studies with 4–6 published questions. */
  minCaseStudies: number;
  minDifficultyLevels: number;
  /** Yes/no series whose statements all have the same answer teach learners to guess; a few are realistic. */
  maxUniformYesnoShare: number;
  nearDuplicateSimilarity: number;
};

const COMMON = {
  minOrderingShare: 0,
  minOrderingCount: 0,
  minCaseStudies: 0,
  minDifficultyLevels: 3,
  maxUniformYesnoShare: 0.25,
  nearDuplicateSimilarity: NEAR_DUPLICATE_THRESHOLD,
} as const;

const ASSOCIATE_DEVELOPER_AND_EXPERT: ExamThresholds = {
  ...COMMON,
  minPublished: 150,
  minYesnoShare: 0.1,
  minOrderingShare: 0.05,
  minMultipleShare: 0.3,
  minCaseStudies: 2,
};

export const EXAM_THRESHOLDS: Readonly<Record<string, ExamThresholds>> = {
  "AZ-204": ASSOCIATE_DEVELOPER_AND_EXPERT,
  "AZ-400": ASSOCIATE_DEVELOPER_AND_EXPERT,
  "AZ-104": { ...COMMON, minPublished: 80, minYesnoShare: 0.1, minMultipleShare: 0.2, minCaseStudies: 1, minOrderingCount: 1 },
  "AZ-900": { ...COMMON, minPublished: 80, minYesnoShare: 0.1, minMultipleShare: 0.2 },
};

/** For an exam without its own thresholds: only the rules that hold for every bank. */
export const BASE_THRESHOLDS: ExamThresholds = { ...COMMON, minPublished: 1, minYesnoShare: 0, minMultipleShare: 0 };
