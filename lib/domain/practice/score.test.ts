import { describe, expect, it } from "vitest";
import { questionContentSchema, type QuestionContent, type Response } from "../questions/content.ts";
import { scoreAttempt, scoreItem, type ItemToScore } from "./score.ts";

const choices = (correct: string, all: string) =>
  [...all].map((id) => ({ id, text: `Option ${id}`, correct: correct.includes(id), why: "Because." }));
const single = questionContentSchema.parse({ type: "single", options: choices("b", "abcd") });
const chooseTwo = questionContentSchema.parse({ type: "multiple", options: choices("ac", "abcd") });
const partial = questionContentSchema.parse({ type: "multiple", partialCredit: true, options: choices("abc", "abcde") });
const yesno = questionContentSchema.parse({
  type: "yesno",
  statements: [
    { id: "a", text: "One", answer: true, why: "Because." },
    { id: "b", text: "Two", answer: false, why: "Because." },
    { id: "c", text: "Three", answer: true, why: "Because." },
  ],
});
// Answer: a, c, b. d is a distractor.
const ordering = questionContentSchema.parse({
  type: "ordering",
  options: [
    { id: "a", text: "First", position: 1, why: "Because." },
    { id: "b", text: "Third", position: 3, why: "Because." },
    { id: "c", text: "Second", position: 2, why: "Because." },
    { id: "d", text: "Never", why: "Because." },
  ],
});

const pick = (choice: string): Response => ({ type: "single", choice });
const picks = (ids: string): Response => ({ type: "multiple", choices: [...ids] });
const says = (answers: Record<string, boolean>): Response => ({ type: "yesno", answers });
const seq = (ids: string): Response => ({ type: "ordering", sequence: [...ids] });
const points = (content: QuestionContent, response: Response | null) => scoreItem(content, response).pointsEarned;

describe("scoreItem: single", () => {
  it("is all or nothing", () => {
    expect(scoreItem(single, pick("b"))).toMatchObject({ pointsEarned: 1, pointsPossible: 1, isCorrect: true });
    expect(scoreItem(single, pick("a"))).toMatchObject({ pointsEarned: 0, isCorrect: false, detail: { answered: true, wrongChosen: 1 } });
  });

  it("scores no answer, an unknown id and a response of another type as 0, unanswered", () => {
    for (const response of [null, pick("z"), picks("b")]) {
      expect(scoreItem(single, response)).toMatchObject({ pointsEarned: 0, isCorrect: false, detail: { answered: false } });
    }
  });
});

describe("scoreItem: multiple, all or nothing", () => {
  it("needs exactly the correct set", () => {
    expect(scoreItem(chooseTwo, picks("ca"))).toMatchObject({ pointsEarned: 1, pointsPossible: 1, isCorrect: true });
    expect(points(chooseTwo, picks("a"))).toBe(0);
    expect(points(chooseTwo, picks("ab"))).toBe(0);
  });

  it("scores over-selection 0 even when every correct option is among the choices", () => {
    expect(scoreItem(chooseTwo, picks("acd"))).toMatchObject({ pointsEarned: 0, detail: { overSelected: true, correctChosen: 2, wrongChosen: 1 } });
    expect(points(chooseTwo, picks("abcd"))).toBe(0);
  });

  it("ignores repeated and unknown ids, and scores an empty choice 0", () => {
    expect(points(chooseTwo, picks("aac"))).toBe(1);
    expect(scoreItem(chooseTwo, picks("acz"))).toMatchObject({ pointsEarned: 1, detail: { overSelected: false } });
    expect(scoreItem(chooseTwo, picks(""))).toMatchObject({ pointsEarned: 0, detail: { answered: false } });
  });
});

describe("scoreItem: multiple with partial credit", () => {
  it("gives a point per correct choice and takes one per wrong choice, never below 0", () => {
    expect(scoreItem(partial, picks("abc"))).toMatchObject({ pointsEarned: 3, pointsPossible: 3, isCorrect: true });
    expect(scoreItem(partial, picks("ab"))).toMatchObject({ pointsEarned: 2, isCorrect: false });
    expect(points(partial, picks("abd"))).toBe(1);
    expect(points(partial, picks("ade"))).toBe(0);
    expect(scoreItem(partial, picks("abcde"))).toMatchObject({ pointsEarned: 1, detail: { overSelected: true } });
    expect(points(partial, null)).toBe(0);
  });
});

describe("scoreItem: yes/no series", () => {
  it("gives one point per statement judged right", () => {
    expect(scoreItem(yesno, says({ a: true, b: false, c: true }))).toMatchObject({ pointsEarned: 3, pointsPossible: 3, isCorrect: true });
    expect(scoreItem(yesno, says({ a: true, b: true, c: true }))).toMatchObject({
      pointsEarned: 2,
      isCorrect: false,
      detail: { statementsRight: 2, statementsTotal: 3 },
    });
  });

  it("gives nothing for statements left unanswered and ignores unknown ids", () => {
    expect(scoreItem(yesno, says({ a: true, z: true }))).toMatchObject({ pointsEarned: 1, detail: { answered: true } });
    expect(scoreItem(yesno, says({}))).toMatchObject({ pointsEarned: 0, detail: { answered: false } });
    expect(points(yesno, null)).toBe(0);
  });
});

describe("scoreItem: ordering", () => {
  it("needs the exact sequence of the placed steps", () => {
    expect(scoreItem(ordering, seq("acb"))).toMatchObject({ pointsEarned: 1, pointsPossible: 1, isCorrect: true });
    expect(scoreItem(ordering, seq("abc"))).toMatchObject({ pointsEarned: 0, detail: { stepsInPlace: 1, slots: 3 } });
    expect(points(ordering, seq("ac"))).toBe(0);
    expect(points(ordering, seq("acbb"))).toBe(0);
  });

  it("scores a placed distractor wrong, whether added or in place of a step", () => {
    expect(scoreItem(ordering, seq("acbd"))).toMatchObject({ pointsEarned: 0, detail: { distractorsPlaced: 1 } });
    expect(points(ordering, seq("adb"))).toBe(0);
  });

  it("ignores unknown ids and scores an empty sequence 0", () => {
    expect(points(ordering, seq("azcb"))).toBe(1);
    expect(scoreItem(ordering, seq(""))).toMatchObject({ pointsEarned: 0, detail: { answered: false } });
  });
});

describe("scoreAttempt", () => {
  const item = (skillAreaKey: string, content: QuestionContent, response: Response | null): ItemToScore => ({
    skillAreaKey,
    skillAreaName: skillAreaKey === "compute" ? "Develop Azure compute solutions" : "Develop for Azure storage",
    content,
    response,
  });
  const perfect: ItemToScore[] = [
    item("compute", single, pick("b")),
    item("compute", yesno, says({ a: true, b: false, c: true })),
    item("storage", chooseTwo, picks("ac")),
    item("storage", ordering, seq("acb")),
  ];

  it("adds up points, scales and breaks down by skill area", () => {
    const result = scoreAttempt(
      [
        item("compute", single, pick("b")), // 1 / 1
        item("storage", chooseTwo, picks("acd")), // 0 / 1, over-selected
        item("compute", yesno, says({ a: true, b: true, c: true })), // 2 / 3
        item("storage", ordering, seq("acb")), // 1 / 1
      ],
      { passMark: 700 },
    );
    expect(result).toMatchObject({ pointsEarned: 4, pointsPossible: 6, passed: false });
    expect(result.rawPercent).toBeCloseTo(66.667, 3);
    expect(result.scaledScore).toBe(666); // 1 + 699 × (4/6) / 0.7 = 666.7, floored
    expect(result.perSkillArea).toEqual([
      { key: "compute", name: "Develop Azure compute solutions", earned: 3, possible: 4, percent: 75, questionCount: 2 },
      { key: "storage", name: "Develop for Azure storage", earned: 1, possible: 2, percent: 50, questionCount: 2 },
    ]);
    expect(result.items.map((i) => i.pointsEarned)).toEqual([1, 0, 2, 1]);
  });

  it("scores every answer right as 100 %, 1000 and a pass", () => {
    expect(scoreAttempt(perfect, { passMark: 700 })).toMatchObject({ pointsEarned: 6, pointsPossible: 6, rawPercent: 100, scaledScore: 1000, passed: true });
  });

  it("scores an attempt with no answers as 0 %, 1 and a fail, every area at 0 %", () => {
    const result = scoreAttempt(perfect.map((i) => ({ ...i, response: null })), { passMark: 700 });
    expect(result).toMatchObject({ pointsEarned: 0, pointsPossible: 6, rawPercent: 0, scaledScore: 1, passed: false });
    expect(result.perSkillArea.map((a) => a.percent)).toEqual([0, 0]);
  });

  it("passes at exactly the cut", () => {
    const tenSingles = Array.from({ length: 10 }, (_, i) => item("compute", single, pick(i < 7 ? "b" : "a")));
    expect(scoreAttempt(tenSingles, { passMark: 700 })).toMatchObject({ rawPercent: 70, scaledScore: 700, passed: true });
    expect(scoreAttempt(tenSingles, { passMark: 700, rawCutPercent: 75 })).toMatchObject({ passed: false });
  });

  it("scores an attempt without questions as 0 %, not NaN", () => {
    expect(scoreAttempt([], { passMark: 700 })).toEqual({
      pointsEarned: 0,
      pointsPossible: 0,
      rawPercent: 0,
      scaledScore: 1,
      passed: false,
      perSkillArea: [],
      items: [],
    });
  });
});
