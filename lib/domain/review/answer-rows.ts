import type { Response } from "../questions/content.ts";
import type { AnswerReveal, QuestionView } from "../questions/view.ts";

// A graded question laid out for review: each option (in the order the learner saw them) with
// whether the learner chose it, whether it is right, and why — one shape for the attempt review
// and the notebook, whatever the question type.

export type ChoiceRow = { id: string; text: string; chosen: boolean; correct: boolean; why: string };
export type StatementRow = { id: string; text: string; given: boolean | null; answer: boolean; why: string };
export type StepRow = { id: string; text: string; why: string; position: number | null };

export type AnswerRows =
  | { type: "single" | "multiple"; answered: boolean; options: ChoiceRow[] }
  | { type: "yesno"; answered: boolean; statements: StatementRow[] }
  | { type: "ordering"; answered: boolean; given: StepRow[]; expected: StepRow[]; distractors: StepRow[] };

export function answerRows(view: QuestionView, reveal: AnswerReveal, response: Response | null): AnswerRows {
  switch (view.type) {
    case "single":
    case "multiple": {
      const key = reveal.type === "single" || reveal.type === "multiple" ? reveal.options : [];
      const byId = new Map(key.map((o) => [o.id, o]));
      const chosen = new Set(response?.type === "single" ? [response.choice] : response?.type === "multiple" ? response.choices : []);
      return {
        type: view.type,
        answered: chosen.size > 0,
        options: view.options.map((o) => ({ id: o.id, text: o.text, chosen: chosen.has(o.id), correct: byId.get(o.id)?.correct ?? false, why: byId.get(o.id)?.why ?? "" })),
      };
    }
    case "yesno": {
      const key = new Map((reveal.type === "yesno" ? reveal.statements : []).map((s) => [s.id, s]));
      const answers = response?.type === "yesno" ? response.answers : {};
      const statements = view.statements.map((s) => ({
        id: s.id,
        text: s.text,
        given: Object.hasOwn(answers, s.id) ? answers[s.id]! : null,
        answer: key.get(s.id)?.answer ?? false,
        why: key.get(s.id)?.why ?? "",
      }));
      return { type: "yesno", answered: statements.some((s) => s.given !== null), statements };
    }
    case "ordering": {
      const key = new Map((reveal.type === "ordering" ? reveal.options : []).map((o) => [o.id, o]));
      const text = new Map(view.options.map((o) => [o.id, o.text]));
      const row = (id: string): StepRow => ({ id, text: text.get(id) ?? id, why: key.get(id)?.why ?? "", position: key.get(id)?.position ?? null });
      const sequence = reveal.type === "ordering" ? reveal.sequence : [];
      const given = (response?.type === "ordering" ? response.sequence : []).filter((id) => text.has(id)).map(row);
      return {
        type: "ordering",
        answered: given.length > 0,
        given,
        expected: sequence.map(row),
        distractors: view.options.filter((o) => !sequence.includes(o.id)).map((o) => row(o.id)),
      };
    }
  }
}
