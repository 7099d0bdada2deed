import type { DraftQuestion, ParsedDrafts } from "./draft-question.ts";
import type { ImportOptions, ImportProblem } from "./import-types.ts";

/** Parsers stop reading a file once it has this many problems, so garbage costs no more time than a real file. */
export const PARSE_PROBLEM_LIMIT = 1000;

export type DraftCollector = ParsedDrafts & {
  add(draft: DraftQuestion): void;
  /** An entry that cannot become a draft. */
  reject(at: { line?: number; column?: number; path: string }, message: string): void;
  /** A question kind PassPath has no type for: skipped when asked, else a problem. */
  unsupported(at: { line?: number; path: string }, reason: string): void;
  /** A problem with the file rather than with one entry. */
  fileProblem(line: number | undefined, message: string): void;
  full(): boolean;
};

export function createCollector(options: ImportOptions): DraftCollector {
  const file = options.fileName;
  const problem = (kind: ImportProblem["kind"], at: { line?: number; column?: number; path: string }, message: string): ImportProblem => ({
    kind,
    file,
    ...(at.line === undefined ? {} : { line: at.line }),
    ...(at.column === undefined ? {} : { column: at.column }),
    path: at.path,
    message,
  });
  const collector: DraftCollector = {
    drafts: [],
    problems: [],
    skipped: [],
    rejected: 0,
    add(draft) {
      collector.drafts.push(draft);
    },
    reject(at, message) {
      collector.problems.push(problem("invalid", at, message));
      collector.rejected += 1;
    },
    unsupported(at, reason) {
      if (options.skipUnsupported) {
        collector.skipped.push({ file, ...(at.line === undefined ? {} : { line: at.line }), reason });
      } else {
        collector.problems.push(problem("unsupported", at, `${reason} (pass skipUnsupported to leave it out)`));
        collector.rejected += 1;
      }
    },
    fileProblem(line, message) {
      collector.problems.push(problem("invalid", { ...(line === undefined ? {} : { line }), path: "" }, message));
    },
    full() {
      if (collector.problems.length < PARSE_PROBLEM_LIMIT) return false;
      collector.fileProblem(undefined, `stopped reading after ${PARSE_PROBLEM_LIMIT} problems`);
      return true;
    },
  };
  return collector;
}
