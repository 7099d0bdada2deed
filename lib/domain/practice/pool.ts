// The question pool an attempt is drawn from, and what exam and quiz assembly share.

import type { QuestionType } from "../questions/content.ts";
import { shuffle, type Rng } from "./random.ts";

/** A published question as assembly sees it: no content, just what selection depends on. */
export type PoolQuestion = {
  id: string;
  skillAreaKey: string;
  caseStudyId?: string | null;
  difficulty: number;
  type: QuestionType;
};

export type AssembledItem = {
  questionId: string;
  /** The real exams put case studies in their own section after the other questions. */
  section: "main" | "case-study";
  caseStudyId?: string;
};

/** A skill area that cannot supply its share: `available` is all it has under the filters. */
export type Shortfall = { skillAreaKey: string; wanted: number; available: number };

export type AssemblyResult = {
  items: AssembledItem[];
  /** Empty when the bank filled the requested total as asked. */
  shortfall: Shortfall[];
  /** The total `items` holds: the requested one, or the largest smaller one the bank can fill. */
  nearestPossibleTotal: number;
};

/** Inclusive difficulty range, e.g. [1, 3]. */
export type DifficultyRange = readonly [number, number];

export function assertTotal(total: number): void {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`total must be a non-negative integer, got ${total}`);
}

/**
 * The pool sorted by id, so that an attempt depends on the seed and the pool's contents but not
 * on the order the database happened to return the rows in.
 */
export function canonicalPool(pool: readonly PoolQuestion[]): PoolQuestion[] {
  const sorted = [...pool].sort((a, b) => compareIds(a.id, b.id));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.id === sorted[i - 1]!.id) throw new Error(`question ${sorted[i]!.id} appears twice in the pool`);
  }
  return sorted;
}

/** Code-unit order: unlike localeCompare, the same on every machine and runtime. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function assertDifficulty(range: DifficultyRange | undefined): void {
  if (range !== undefined && !(range[0] <= range[1])) throw new RangeError(`difficulty range ${range[0]}–${range[1]} is empty`);
}

export function inDifficulty(question: PoolQuestion, range: DifficultyRange | undefined): boolean {
  return range === undefined || (question.difficulty >= range[0] && question.difficulty <= range[1]);
}

/** Unseen first, then seen; a uniformly random order within each group. */
export function rankByPreference<T>(units: readonly T[], isSeen: (unit: T) => boolean, rng: Rng): T[] {
  const shuffled = shuffle(units, rng);
  return [...shuffled.filter((u) => !isSeen(u)), ...shuffled.filter(isSeen)];
}

export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

export function caseStudyOf(question: PoolQuestion): string | undefined {
  return question.caseStudyId ?? undefined;
}
