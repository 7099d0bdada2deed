import type { QuestionStatus } from "../source-schema.ts";
import type { ImportProblem, SkippedEntry } from "./import-types.ts";

// What a format parser produces before the shared checks: the question as the source states it,
// with the source's locations, so every later problem can point at a line (and a CSV column).

export type FieldLocation = { line?: number; column?: number; /** Replaces the field path, e.g. a CSV column name. */ field?: string };

export type DraftChoice = { text: string; correct: boolean; why?: string };
export type DraftStatement = { text: string; answer: boolean; why?: string };
export type DraftStep = { text: string; position?: number; why?: string };

export type DraftBody =
  | { type: "single"; options: DraftChoice[] }
  | { type: "multiple"; options: DraftChoice[]; partialCredit: boolean }
  | { type: "yesno"; statements: DraftStatement[] }
  | { type: "ordering"; options: DraftStep[] };

export type DraftQuestion = {
  /** Field path of the question in its file, `questions[3]`; empty when the file is the question (QTI). */
  basePath: string;
  line?: number;
  /** Keyed by field path inside the question (`options[1].why`); a missing key falls back to its parent. */
  locations?: ReadonlyMap<string, FieldLocation>;
  id?: string;
  /** Category, tags or section heading, most specific first, for the skill-area mapping. */
  categories?: readonly string[];
  topic?: string;
  difficulty?: number;
  status?: QuestionStatus;
  caseStudyId?: string;
  stem: string;
  explanation?: string;
  references?: readonly string[];
  body: DraftBody;
};

export type ParsedDrafts = {
  drafts: DraftQuestion[];
  /** Problems found while reading (each already cost its entry: counted in `rejected`), or about the file. */
  problems: ImportProblem[];
  skipped: SkippedEntry[];
  rejected: number;
};

export function joinPath(base: string, relative: string): string {
  if (!relative) return base;
  if (!base) return relative;
  return relative.startsWith("[") ? `${base}${relative}` : `${base}.${relative}`;
}

/** The most specific location known for a field path: the path itself, else its nearest parent. */
export function locate(draft: DraftQuestion, relative: string): FieldLocation {
  let path = relative;
  for (;;) {
    const found = draft.locations?.get(path);
    if (found) return found;
    if (!path) return { ...(draft.line === undefined ? {} : { line: draft.line }) };
    path = parentPath(path);
  }
}

function parentPath(path: string): string {
  const cut = Math.max(path.lastIndexOf("."), path.lastIndexOf("["));
  return cut <= 0 ? "" : path.slice(0, cut);
}
