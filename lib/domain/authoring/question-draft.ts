import { optionIdAt } from "./option-id.ts";
import type { QuestionContent, QuestionType } from "@/lib/domain/questions/content.ts";

// What the authoring form edits: every type's fields at once, so switching the type keeps the
// author's text. `toSourceQuestion` turns it into the bank's source shape, which the server checks
// with the bank's own zod schema — the form has no rules of its own.

export type DraftStatus = "draft" | "published" | "retired";

export type DraftOption = { text: string; correct: boolean; position: number | null; why: string };
export type DraftStatement = { text: string; answer: "yes" | "no"; why: string };

export type QuestionDraft = {
  skillArea: string;
  topic: string;
  difficulty: number;
  status: DraftStatus;
  type: QuestionType;
  stem: string;
  options: DraftOption[];
  statements: DraftStatement[];
  partialCredit: boolean;
  explanation: string;
  references: string[];
};

export function emptyDraft(skillArea: string): QuestionDraft {
  const option = (): DraftOption => ({ text: "", correct: false, position: null, why: "" });
  const statement = (): DraftStatement => ({ text: "", answer: "yes", why: "" });
  return {
    skillArea,
    topic: "",
    difficulty: 3,
    status: "draft",
    type: "single",
    stem: "",
    options: [option(), option(), option(), option()],
    statements: [statement(), statement(), statement()],
    partialCredit: false,
    explanation: "",
    references: [""],
  };
}

/** The bank source shape of docs/question-format.md, with only the fields of the draft's type. */
export function toSourceQuestion(draft: QuestionDraft, id: string): Record<string, unknown> {
  const common = {
    id,
    skillArea: draft.skillArea,
    topic: draft.topic,
    difficulty: draft.difficulty,
    status: draft.status,
    type: draft.type,
    stem: draft.stem,
    explanation: draft.explanation,
    references: draft.references.map((url) => url.trim()).filter(Boolean),
  };
  switch (draft.type) {
    case "single":
      return { ...common, options: draft.options.map((o) => ({ text: o.text, correct: o.correct, why: o.why })) };
    case "multiple":
      return { ...common, options: draft.options.map((o) => ({ text: o.text, correct: o.correct, why: o.why })), partialCredit: draft.partialCredit };
    case "yesno":
      return { ...common, statements: draft.statements.map((s) => ({ text: s.text, answer: s.answer, why: s.why })) };
    case "ordering":
      return { ...common, options: draft.options.map((o) => ({ text: o.text, ...(o.position === null ? {} : { position: o.position }), why: o.why })) };
  }
}

export type StoredQuestion = { skillAreaKey: string; topic: string | null; difficulty: number; status: DraftStatus; content: QuestionContent; stem: string; explanation: string; references: string[] };

/** The form's starting point for a stored question: its current version and row. */
export function draftFromStored(stored: StoredQuestion): QuestionDraft {
  const blank = emptyDraft(stored.skillAreaKey);
  const content = stored.content;
  const options: DraftOption[] =
    content.type === "yesno"
      ? blank.options
      : content.type === "ordering"
        ? content.options.map((o) => ({ text: o.text, correct: false, position: o.position ?? null, why: o.why }))
        : content.options.map((o) => ({ text: o.text, correct: o.correct, position: null, why: o.why }));
  return {
    skillArea: stored.skillAreaKey,
    topic: stored.topic ?? "",
    difficulty: stored.difficulty,
    status: stored.status,
    type: content.type,
    stem: stored.stem,
    options,
    statements: content.type === "yesno" ? content.statements.map((s) => ({ text: s.text, answer: s.answer ? "yes" : "no", why: s.why })) : blank.statements,
    partialCredit: content.type === "multiple" && content.partialCredit,
    explanation: stored.explanation,
    references: stored.references.length ? [...stored.references] : [""],
  };
}

/**
 * The content the preview shows while the author types: the same conversion as the bank loader's,
 * but tolerant of a half-written draft (empty texts, no key yet) so the preview never goes blank.
 */
export function previewContent(draft: QuestionDraft): QuestionContent {
  switch (draft.type) {
    case "single":
    case "multiple": {
      const options = draft.options.map((o, i) => ({ id: optionIdAt(i), text: o.text, correct: o.correct, why: o.why }));
      return draft.type === "single" ? { type: "single", options } : { type: "multiple", options, partialCredit: draft.partialCredit };
    }
    case "yesno":
      return { type: "yesno", statements: draft.statements.map((s, i) => ({ id: optionIdAt(i), text: s.text, answer: s.answer === "yes", why: s.why })) };
    case "ordering":
      return {
        type: "ordering",
        options: draft.options.map((o, i) => ({ id: optionIdAt(i), text: o.text, ...(o.position === null ? {} : { position: o.position }), why: o.why })),
      };
  }
}
