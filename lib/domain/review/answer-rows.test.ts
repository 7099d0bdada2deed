import { describe, expect, it } from "vitest";
import type { QuestionContent } from "../questions/content.ts";
import { toAnswerReveal, toQuestionView } from "../questions/view.ts";
import { answerRows } from "./answer-rows.ts";

const single: QuestionContent = {
  type: "single",
  options: [
    { id: "a", text: "Queue", correct: true, why: "decouples" },
    { id: "b", text: "Timer", correct: false, why: "not events" },
    { id: "c", text: "Webhook", correct: false, why: "public endpoint" },
  ],
};
const yesno: QuestionContent = {
  type: "yesno",
  statements: [
    { id: "a", text: "One", answer: true, why: "w1" },
    { id: "b", text: "Two", answer: false, why: "w2" },
  ],
};
const ordering: QuestionContent = {
  type: "ordering",
  options: [
    { id: "a", text: "First", position: 1, why: "w1" },
    { id: "b", text: "Second", position: 2, why: "w2" },
    { id: "c", text: "Never", why: "w3" },
  ],
};

const rows = (content: QuestionContent, order: string[], response: Parameters<typeof answerRows>[2]) => answerRows(toQuestionView(content, order), toAnswerReveal(content), response);

describe("answerRows", () => {
  it("lays out a choice question in the order the learner saw it", () => {
    const result = rows(single, ["c", "a", "b"], { type: "single", choice: "b" });
    expect(result).toEqual({
      type: "single",
      answered: true,
      options: [
        { id: "c", text: "Webhook", chosen: false, correct: false, why: "public endpoint" },
        { id: "a", text: "Queue", chosen: false, correct: true, why: "decouples" },
        { id: "b", text: "Timer", chosen: true, correct: false, why: "not events" },
      ],
    });
  });

  it("marks an unanswered question as such", () => {
    expect(rows(single, ["a", "b", "c"], null).answered).toBe(false);
  });

  it("shows each statement's given and right answer", () => {
    const result = rows(yesno, ["a", "b"], { type: "yesno", answers: { a: false } });
    expect(result).toMatchObject({
      type: "yesno",
      answered: true,
      statements: [
        { id: "a", given: false, answer: true },
        { id: "b", given: null, answer: false },
      ],
    });
  });

  it("sets the learner's sequence beside the right one and lists the distractors", () => {
    const result = rows(ordering, ["c", "b", "a"], { type: "ordering", sequence: ["b", "a"] });
    if (result.type !== "ordering") throw new Error("wrong type");
    expect(result.given.map((s) => s.text)).toEqual(["Second", "First"]);
    expect(result.expected.map((s) => s.text)).toEqual(["First", "Second"]);
    expect(result.distractors.map((s) => s.text)).toEqual(["Never"]);
  });
});
