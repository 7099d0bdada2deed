import type { SourceQuestion } from "../source-schema.ts";
import type { DraftQuestion } from "./draft-question.ts";

/** Formats without a difficulty get the middle of the scale, reported as incomplete so an author sets it. */
export const DEFAULT_DIFFICULTY = 3;

/** A draft in the bank's source shape (docs/question-format.md), text trimmed, missing text as "". */
export function draftToSource(draft: DraftQuestion, id: string, skillAreaKey: string): SourceQuestion {
  const common = {
    id,
    skillArea: skillAreaKey,
    topic: (draft.topic ?? "").trim(),
    difficulty: draft.difficulty ?? DEFAULT_DIFFICULTY,
    status: draft.status ?? "draft",
    stem: draft.stem.trim(),
    explanation: (draft.explanation ?? "").trim(),
    references: (draft.references ?? []).map((url) => url.trim()).filter(Boolean),
  };
  const why = (value: string | undefined) => (value ?? "").trim();
  const body = draft.body;
  switch (body.type) {
    case "single":
      return { ...common, type: "single", options: body.options.map((o) => ({ text: o.text.trim(), ...(o.correct ? { correct: true } : {}), why: why(o.why) })) };
    case "multiple":
      return {
        ...common,
        type: "multiple",
        options: body.options.map((o) => ({ text: o.text.trim(), ...(o.correct ? { correct: true } : {}), why: why(o.why) })),
        ...(body.partialCredit ? { partialCredit: true } : {}),
      };
    case "yesno":
      return { ...common, type: "yesno", statements: body.statements.map((s) => ({ text: s.text.trim(), answer: s.answer ? "yes" : "no", why: why(s.why) })) };
    case "ordering":
      return {
        ...common,
        type: "ordering",
        options: body.options.map((o) => ({ text: o.text.trim(), ...(o.position === undefined ? {} : { position: o.position }), why: why(o.why) })),
      };
  }
}
