// Classical item statistics for authors, beside the IRT parameters: how often a question is
// answered and got right, whether it separates strong from weak learners (point-biserial), and
// which options the strong and the weak pick — a distractor the strong learners prefer, or a
// negative discrimination, is the usual sign of a wrong key or an ambiguous stem.
//
// Each learner counts once per question, by their first answer to it (later ones are partly
// remembered from the explanation). "Strong" and "weak" are the top and bottom 27 % (Kelley) of
// the learners who answered, by their share right on the exam's other questions.

import type { QuestionContent, Response } from "../questions/content.ts";

export type Choice = { id: string; label: string; isKey: boolean };

export type StatisticsResponse = {
  learnerId: string;
  itemId: string;
  correct: boolean;
  /** Choice ids (see `choicesOf`) the answer picked. */
  chosen: readonly string[];
  at: number;
};

export type ChoiceStatistics = Choice & {
  /** First answers that picked this choice. */
  chosenCount: number;
  /** Share of the strong and of the weak learners who picked it (null: group too small). */
  strongShare: number | null;
  weakShare: number | null;
};

export type ItemFlag = "negative-discrimination" | "distractor-favoured-by-strong";

export type ItemStatistics = {
  itemId: string;
  timesAnswered: number;
  learners: number;
  /** Share right among first answers (null without answers). */
  percentCorrect: number | null;
  /** Correlation of being right with the learner's share right on the rest (null: too few learners). */
  pointBiserial: number | null;
  choices: ChoiceStatistics[];
  flags: ItemFlag[];
};

/** Below this many learners a question is not flagged: chance alone moves its figures too much. */
export const MIN_LEARNERS_FOR_FLAGS = 20;
/** A learner's rest score needs this many other answers to place them among the strong or weak. */
export const MIN_REST_ANSWERS = 5;
export const GROUP_SHARE = 0.27;
/** How much more often the strong must pick a distractor than the weak before it is flagged. */
const DISTRACTOR_MARGIN = 0.1;

/** The choices an author reads statistics by: options, or yes/no per statement. */
export function choicesOf(content: QuestionContent): Choice[] {
  switch (content.type) {
    case "single":
    case "multiple":
      return content.options.map((o) => ({ id: o.id, label: o.text, isKey: o.correct }));
    case "ordering":
      // A step with a position belongs in the sequence; placing one without is choosing a distractor.
      return content.options.map((o) => ({ id: o.id, label: o.text, isKey: o.position !== undefined }));
    case "yesno":
      return content.statements.flatMap((s) => [
        { id: `${s.id}:yes`, label: `${s.text} — Yes`, isKey: s.answer },
        { id: `${s.id}:no`, label: `${s.text} — No`, isKey: !s.answer },
      ]);
  }
}

/** The choice ids a response picked, in the ids of `choicesOf`. */
export function chosenOf(response: Response | null): string[] {
  if (!response) return [];
  switch (response.type) {
    case "single":
      return [response.choice];
    case "multiple":
      return [...response.choices];
    case "ordering":
      return [...response.sequence];
    case "yesno":
      return Object.entries(response.answers).map(([id, yes]) => `${id}:${yes ? "yes" : "no"}`);
  }
}

/**
 * What the statistics of one question are made of, countable in one pass over the first answers
 * (so the database can count them too: lib/server/readiness/item-statistics-sql.ts).
 */
export type ItemCounts = {
  itemId: string;
  timesAnswered: number;
  /** Learners who answered it, and how many of them were right the first time. */
  learners: number;
  right: number;
  pointBiserial: number | null;
  /** Learners in each of the strong and weak groups (0 when the groups are too small to compare). */
  groupSize: number;
  /** Per choice id: first answers that picked it, and how many of them came from the strong and the weak group. */
  chosen: ReadonlyMap<string, { all: number; strong: number; weak: number }>;
};

/** Learners in each of the strong and weak groups when `rated` learners have a rest score. */
export function groupSizeOf(rated: number): number {
  const size = Math.floor(rated * GROUP_SHARE);
  return size >= 5 ? size : 0;
}

export function computeItemStatistics(items: readonly { itemId: string; choices: readonly Choice[] }[], responses: readonly StatisticsResponse[]): ItemStatistics[] {
  const counts = countItems(responses);
  return items.map((item) => itemStatisticsOf(item.choices, counts.get(item.itemId) ?? emptyCounts(item.itemId)));
}

/** The question's statistics from its counts (the choices come from its current version). */
export function itemStatisticsOf(choices: readonly Choice[], counts: ItemCounts): ItemStatistics {
  const { groupSize } = counts;
  const choiceStats = choices.map((choice) => {
    const chosen = counts.chosen.get(choice.id) ?? { all: 0, strong: 0, weak: 0 };
    return {
      ...choice,
      chosenCount: chosen.all,
      strongShare: groupSize > 0 ? chosen.strong / groupSize : null,
      weakShare: groupSize > 0 ? chosen.weak / groupSize : null,
    };
  });
  const flags: ItemFlag[] = [];
  if (counts.learners >= MIN_LEARNERS_FOR_FLAGS) {
    if (counts.pointBiserial !== null && counts.pointBiserial < 0) flags.push("negative-discrimination");
    const favoured = choiceStats.some((c) => !c.isKey && c.strongShare !== null && c.weakShare !== null && c.strongShare >= c.weakShare + DISTRACTOR_MARGIN);
    if (favoured) flags.push("distractor-favoured-by-strong");
  }
  return {
    itemId: counts.itemId,
    timesAnswered: counts.timesAnswered,
    learners: counts.learners,
    percentCorrect: counts.learners ? counts.right / counts.learners : null,
    pointBiserial: counts.pointBiserial,
    choices: choiceStats,
    flags,
  };
}

export function emptyCounts(itemId: string): ItemCounts {
  return { itemId, timesAnswered: 0, learners: 0, right: 0, pointBiserial: null, groupSize: 0, chosen: new Map() };
}

/** The counts of every answered question, from the answers themselves. */
export function countItems(responses: readonly StatisticsResponse[]): Map<string, ItemCounts> {
  const firsts = new Map<string, StatisticsResponse>(); // learner|item → first answer
  const answered = new Map<string, number>();
  for (const response of [...responses].sort((x, y) => x.at - y.at)) {
    answered.set(response.itemId, (answered.get(response.itemId) ?? 0) + 1);
    const key = `${response.learnerId}|${response.itemId}`;
    if (!firsts.has(key)) firsts.set(key, response);
  }
  const totals = new Map<string, { right: number; all: number }>();
  const byItem = new Map<string, StatisticsResponse[]>();
  for (const first of firsts.values()) {
    const total = totals.get(first.learnerId) ?? { right: 0, all: 0 };
    total.all += 1;
    if (first.correct) total.right += 1;
    totals.set(first.learnerId, total);
    const list = byItem.get(first.itemId);
    if (list) list.push(first);
    else byItem.set(first.itemId, [first]);
  }

  const counts = new Map<string, ItemCounts>();
  for (const [itemId, answers] of byItem) {
    const rated = answers
      .map((answer) => {
        const total = totals.get(answer.learnerId)!;
        const restAll = total.all - 1;
        return { answer, rest: restAll >= MIN_REST_ANSWERS ? (total.right - (answer.correct ? 1 : 0)) / restAll : null };
      })
      .filter((r): r is { answer: StatisticsResponse; rest: number } => r.rest !== null)
      .sort((x, y) => x.rest - y.rest);
    const groupSize = groupSizeOf(rated.length);
    const weak = new Set(rated.slice(0, groupSize).map((r) => r.answer));
    const strong = new Set(rated.slice(rated.length - groupSize).map((r) => r.answer));
    const chosen = new Map<string, { all: number; strong: number; weak: number }>();
    for (const answer of answers) {
      for (const id of new Set(answer.chosen)) {
        const tally = chosen.get(id) ?? { all: 0, strong: 0, weak: 0 };
        tally.all += 1;
        if (strong.has(answer)) tally.strong += 1;
        if (weak.has(answer)) tally.weak += 1;
        chosen.set(id, tally);
      }
    }
    counts.set(itemId, {
      itemId,
      timesAnswered: answered.get(itemId)!,
      learners: answers.length,
      right: answers.filter((a) => a.correct).length,
      pointBiserial: rated.length >= 3 ? correlation(rated.map((r) => (r.answer.correct ? 1 : 0)), rated.map((r) => r.rest)) : null,
      groupSize,
      chosen,
    });
  }
  return counts;
}

function correlation(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  // Everyone right (or everyone equally strong): the question separates nobody, and the figure is undefined.
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;
}
