import { normaliseText } from "../normalise-text.ts";
import { SLUG_PATTERN } from "../source-schema.ts";
import type { DraftQuestion } from "./draft-question.ts";

export type DraftIssue = { path: string; message: string };

// Option ids are single letters, so no question can hold more entries than that.
const MAX_ENTRIES = 26;
/** The stored content's minimums (lib/domain/questions/content.ts); the bank format asks for more, reported as incomplete. */
const MIN_ENTRIES = { single: 2, multiple: 3, yesno: 1, ordering: 2 } as const;

/** What makes a draft impossible to store: without these it has no well-defined answer key. */
export function validateDraft(draft: DraftQuestion): DraftIssue[] {
  const issues: DraftIssue[] = [];
  if (!draft.stem.trim()) issues.push({ path: "stem", message: "the question has no text" });
  if (draft.id !== undefined && !SLUG_PATTERN.test(draft.id)) issues.push({ path: "id", message: `id "${draft.id}" must be lower-case letters and digits joined by single hyphens` });
  if (draft.difficulty !== undefined && !(Number.isInteger(draft.difficulty) && draft.difficulty >= 1 && draft.difficulty <= 5)) {
    issues.push({ path: "difficulty", message: "must be a whole number from 1 to 5" });
  }

  const body = draft.body;
  const list = body.type === "yesno" ? "statements" : "options";
  const entries: readonly { text: string }[] = body.type === "yesno" ? body.statements : body.options;
  issues.push(...entryIssues(list, entries, MIN_ENTRIES[body.type], body.type));

  if (body.type === "single" || body.type === "multiple") {
    const correct = body.options.filter((o) => o.correct).length;
    if (body.type === "single" && correct === 0) issues.push({ path: list, message: "no option is marked correct (the answer key is missing)" });
    if (body.type === "single" && correct > 1) issues.push({ path: list, message: `${correct} options are marked correct; a single-choice question needs exactly one` });
    if (body.type === "multiple" && correct < 2) issues.push({ path: list, message: `a multiple-choice question needs at least two correct options (found ${correct})` });
  }
  if (body.type === "ordering") issues.push(...positionIssues(body.options.map((o) => o.position)));
  return issues;
}

function entryIssues(list: string, entries: readonly { text: string }[], min: number, type: string): DraftIssue[] {
  const issues: DraftIssue[] = [];
  if (entries.length < min || entries.length > MAX_ENTRIES) {
    issues.push({ path: list, message: `a ${type} question needs ${min} to ${MAX_ENTRIES} ${list} (found ${entries.length})` });
  }
  const seen = new Map<string, number>();
  entries.forEach((entry, i) => {
    if (!entry.text.trim()) {
      issues.push({ path: `${list}[${i}].text`, message: "has no text" });
      return;
    }
    const key = normaliseText(entry.text);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else issues.push({ path: `${list}[${i}].text`, message: `same text as ${list}[${first}] (duplicate option)` });
  });
  return issues;
}

function positionIssues(positions: readonly (number | undefined)[]): DraftIssue[] {
  const issues: DraftIssue[] = [];
  const firstAt = new Map<number, number>();
  positions.forEach((position, i) => {
    if (position === undefined) return;
    const first = firstAt.get(position);
    if (first === undefined) firstAt.set(position, i);
    else issues.push({ path: `options[${i}].position`, message: `position ${position} is also given to options[${first}]` });
  });
  const placed = [...firstAt.keys()].sort((a, b) => a - b);
  if (placed.length < 2) issues.push({ path: "options", message: `an ordering question needs at least two steps in the answer sequence (found ${placed.length})` });
  else if (placed.some((p, i) => p !== i + 1)) issues.push({ path: "options", message: `the answer sequence must run from 1 to ${placed.length} without gaps (found ${placed.join(", ")})` });
  return issues;
}
