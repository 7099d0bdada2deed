// Scoring rules (design.md, Scoring). Responses are validated by the server before they are
// saved; ids a question does not have are ignored here rather than trusted or thrown on.

import { choiceIds, pointsFor, type QuestionContent, type Response } from "../questions/content.ts";
import { estimateScaledScore, type ScaleOptions } from "./scaled-score.ts";

/** Counts only, no ids: enough for "2 of 3 right" in review and for item statistics. */
export type ScoreDetail =
  | { type: "single" | "multiple"; answered: boolean; correctChosen: number; wrongChosen: number; correctTotal: number; overSelected: boolean }
  | { type: "yesno"; answered: boolean; statementsRight: number; statementsTotal: number }
  | { type: "ordering"; answered: boolean; stepsInPlace: number; slots: number; distractorsPlaced: number };

export type ItemScore = { pointsEarned: number; pointsPossible: number; isCorrect: boolean; detail: ScoreDetail };

type Of<T extends { type: string }, K extends T["type"]> = Extract<T, { type: K }>;

/** A missing response, an empty one, or one of another question type scores 0. */
export function scoreItem(content: QuestionContent, response: Response | null): ItemScore {
  const pointsPossible = pointsFor(content);
  const result = (pointsEarned: number, detail: ScoreDetail): ItemScore => ({
    pointsEarned,
    pointsPossible,
    isCorrect: pointsPossible > 0 && pointsEarned === pointsPossible,
    detail,
  });
  switch (content.type) {
    case "single":
    case "multiple": {
      const chosen = chosenIds(response?.type === content.type ? response : null);
      const picked = content.options.filter((o) => chosen.has(o.id));
      const correctChosen = picked.filter((o) => o.correct).length;
      const wrongChosen = picked.length - correctChosen;
      const correctTotal = content.options.filter((o) => o.correct).length;
      const allOrNothing = correctChosen === correctTotal && wrongChosen === 0 ? 1 : 0;
      const earned = content.type === "multiple" && content.partialCredit ? Math.max(0, correctChosen - wrongChosen) : allOrNothing;
      return result(earned, {
        type: content.type,
        answered: picked.length > 0,
        correctChosen,
        wrongChosen,
        correctTotal,
        overSelected: picked.length > correctTotal,
      });
    }
    case "yesno": {
      const answers = response?.type === "yesno" ? response.answers : {};
      const given = (id: string) => (Object.hasOwn(answers, id) ? answers[id] : undefined);
      const right = content.statements.filter((s) => given(s.id) === s.answer).length;
      return result(right, {
        type: "yesno",
        answered: content.statements.some((s) => given(s.id) !== undefined),
        statementsRight: right,
        statementsTotal: content.statements.length,
      });
    }
    case "ordering":
      return scoreOrdering(content, response?.type === "ordering" ? response : null, result);
  }
}

function chosenIds(response: Response | null): Set<string> {
  if (response?.type === "single") return new Set([response.choice]);
  if (response?.type === "multiple") return new Set(response.choices);
  return new Set();
}

function scoreOrdering(
  content: Of<QuestionContent, "ordering">,
  response: Of<Response, "ordering"> | null,
  result: (earned: number, detail: ScoreDetail) => ItemScore,
): ItemScore {
  const known = new Set(choiceIds(content));
  const placed = (response?.sequence ?? []).filter((id) => known.has(id));
  const expected = content.options
    .filter((o) => o.position !== undefined)
    .sort((a, b) => a.position! - b.position!)
    .map((o) => o.id);
  const exact = placed.length === expected.length && placed.every((id, i) => id === expected[i]);
  return result(exact ? 1 : 0, {
    type: "ordering",
    answered: placed.length > 0,
    stepsInPlace: placed.filter((id, i) => id === expected[i]).length,
    slots: expected.length,
    distractorsPlaced: placed.filter((id) => !expected.includes(id)).length,
  });
}

export type ItemToScore = { skillAreaKey: string; skillAreaName: string; content: QuestionContent; response: Response | null };
export type SkillAreaScore = { key: string; name: string; earned: number; possible: number; percent: number; questionCount: number };
export type AttemptScore = {
  pointsEarned: number;
  pointsPossible: number;
  /** Unrounded, 0–100; 0 for an attempt without questions. Round for display only. */
  rawPercent: number;
  /** An estimate on the 1–1000 scale (see estimateScaledScore). */
  scaledScore: number;
  passed: boolean;
  /** In order of each area's first question in the attempt. */
  perSkillArea: SkillAreaScore[];
  /** Each item's score, in the order given. */
  items: ItemScore[];
};

export function scoreAttempt(items: readonly ItemToScore[], options: ScaleOptions): AttemptScore {
  const scores = items.map((item) => scoreItem(item.content, item.response));
  const areas = new Map<string, SkillAreaScore>();
  items.forEach((item, i) => {
    const area = areas.get(item.skillAreaKey) ?? { key: item.skillAreaKey, name: item.skillAreaName, earned: 0, possible: 0, percent: 0, questionCount: 0 };
    area.earned += scores[i]!.pointsEarned;
    area.possible += scores[i]!.pointsPossible;
    area.questionCount += 1;
    areas.set(item.skillAreaKey, area);
  });
  const perSkillArea = [...areas.values()].map((a) => ({ ...a, percent: percentOf(a.earned, a.possible) }));

  const pointsEarned = scores.reduce((s, x) => s + x.pointsEarned, 0);
  const pointsPossible = scores.reduce((s, x) => s + x.pointsPossible, 0);
  const scaledScore = estimateScaledScore(pointsEarned, pointsPossible, options);
  return {
    pointsEarned,
    pointsPossible,
    rawPercent: percentOf(pointsEarned, pointsPossible),
    scaledScore,
    passed: pointsPossible > 0 && scaledScore >= options.passMark,
    perSkillArea,
    items: scores,
  };
}

function percentOf(earned: number, possible: number): number {
  // Multiplying first keeps 7 of 10 at exactly 70, where 7 / 10 * 100 gives 70.00000000000001.
  return possible === 0 ? 0 : (earned * 100) / possible;
}
