// What a learner sees of a question's content before their answer is final (`QuestionView`), and
// what they see once it is (`AnswerReveal`). The view is built field by field from an allow-list,
// so nothing added to the stored content later can reach the browser by accident.

import { choiceIds, pointsFor, type QuestionContent } from "./content.ts";

export type OptionView = { id: string; text: string };

export type QuestionView =
  | { type: "single"; points: number; options: OptionView[] }
  /** `selectCount`: the real exam's stem says "choose two", so the count is no secret. */
  | { type: "multiple"; points: number; options: OptionView[]; selectCount: number; partialCredit: boolean }
  | { type: "yesno"; points: number; statements: OptionView[] }
  /** `slots`: how many steps the answer sequence has ("perform in sequence: three actions"). */
  | { type: "ordering"; points: number; options: OptionView[]; slots: number };

/** The key and the rationale of every option — only for a question whose answer is final. */
export type AnswerReveal =
  | { type: "single" | "multiple"; correctIds: string[]; options: { id: string; correct: boolean; why: string }[] }
  | { type: "yesno"; statements: { id: string; answer: boolean; why: string }[] }
  | { type: "ordering"; sequence: string[]; options: { id: string; position: number | null; why: string }[] };

/** `optionOrder` is the attempt's display order (AttemptItem.optionOrder): a permutation of the question's ids. */
export function toQuestionView(content: QuestionContent, optionOrder: readonly string[]): QuestionView {
  assertPermutation(choiceIds(content), optionOrder);
  const points = pointsFor(content);
  switch (content.type) {
    case "single":
      return { type: "single", points, options: inOrder(content.options, optionOrder) };
    case "multiple":
      return {
        type: "multiple",
        points,
        options: inOrder(content.options, optionOrder),
        selectCount: content.options.filter((o) => o.correct).length,
        partialCredit: content.partialCredit,
      };
    case "yesno":
      return { type: "yesno", points, statements: inOrder(content.statements, optionOrder) };
    case "ordering":
      return {
        type: "ordering",
        points,
        options: inOrder(content.options, optionOrder),
        slots: content.options.filter((o) => o.position !== undefined).length,
      };
  }
}

export function toAnswerReveal(content: QuestionContent): AnswerReveal {
  switch (content.type) {
    case "single":
    case "multiple":
      return {
        type: content.type,
        correctIds: content.options.filter((o) => o.correct).map((o) => o.id),
        options: content.options.map(({ id, correct, why }) => ({ id, correct, why })),
      };
    case "yesno":
      return { type: "yesno", statements: content.statements.map(({ id, answer, why }) => ({ id, answer, why })) };
    case "ordering":
      return {
        type: "ordering",
        sequence: content.options
          .filter((o) => o.position !== undefined)
          .sort((a, b) => a.position! - b.position!)
          .map((o) => o.id),
        options: content.options.map(({ id, position, why }) => ({ id, position: position ?? null, why })),
      };
  }
}

function inOrder(entries: readonly { id: string; text: string }[], order: readonly string[]): OptionView[] {
  const byId = new Map(entries.map((e) => [e.id, e.text]));
  return order.map((id) => ({ id, text: byId.get(id)! }));
}

function assertPermutation(ids: readonly string[], order: readonly string[]): void {
  const expected = [...ids].sort().join(",");
  if ([...order].sort().join(",") !== expected) {
    throw new Error(`option order [${order.join(",")}] is not a permutation of the question's ids [${ids.join(",")}]`);
  }
}
