import type { BankCatalog } from "../catalog.ts";
import type { NormalisedQuestion } from "../normalise-question.ts";
import type { BankProblem } from "../problem.ts";

export const IMPORT_FORMATS = ["native", "gift", "moodle-xml", "qti", "csv", "markdown"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Raw file content: text, or bytes (a Buffer) so that an encoding other than UTF-8 can be recognised. */
export type ImportInput = string | Uint8Array;

export type ImportOptions = {
  fileName: string;
  examCode: string;
  /** Skill area of every question whose source names none (or names a category that is not a skill-area id). */
  skillAreaKey?: string;
  /** Category, tag, section heading or CSV skill_area value → skill-area key. When given, an unmapped value is a problem. */
  mapping?: Readonly<Record<string, string>>;
  /** List question kinds PassPath cannot represent in `skipped` instead of reporting them as problems. */
  skipUnsupported?: boolean;
  /** When given, the exam and every skill-area key are checked against it. */
  catalog?: BankCatalog;
};

/**
 * - invalid: the entry cannot be imported as it is (no key, duplicate options, unreadable file …).
 * - unsupported: a question kind PassPath has no type for (essay, numerical, matching …).
 * - incomplete: importable as a draft, but publishing needs it (a `why`, an explanation, references …).
 */
export type ImportProblemKind = "invalid" | "unsupported" | "incomplete";

/** A bank problem (file, line, field path, message) with what it means for an import. */
export type ImportProblem = BankProblem & { kind: ImportProblemKind };

export type SkippedEntry = { file: string; line?: number; reason: string };

/** An imported question has the stored shape; `source` points at where it was read. */
export type ImportedQuestion = NormalisedQuestion;

export type ImportResult = {
  /** Questions without blocking problems; those with `incomplete` problems are among them. */
  questions: ImportedQuestion[];
  problems: ImportProblem[];
  /** Unsupported entries left out because `skipUnsupported` was set. */
  skipped: SkippedEntry[];
  /** Entries left out because of an invalid or unsupported problem. */
  rejected: number;
};

/** An import is all or nothing: while any problem blocks, nothing should be written. Incomplete ones only block publishing. */
export function blocksImport(problem: ImportProblem): boolean {
  return problem.kind !== "incomplete";
}
