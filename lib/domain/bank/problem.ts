/** One thing wrong with the bank source, located so an author can jump straight to it. */
export type BankProblem = {
  file: string;
  /** 1-based; absent only when the problem has no place in a file (for example a missing exam in the database). */
  line?: number;
  column?: number;
  /** Field path inside the file, such as `questions[4].options[2].why`; empty for the file as a whole. */
  path: string;
  message: string;
};

export type PathSegment = string | number;

export function formatPath(path: readonly PathSegment[]): string {
  return path.map((segment, i) => (typeof segment === "number" ? `[${segment}]` : i === 0 ? segment : `.${segment}`)).join("");
}

/** `file:line:column path: message` — the shape editors and terminals turn into a link. */
export function formatProblem(problem: BankProblem): string {
  const place = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}${problem.column === undefined ? "" : `:${problem.column}`}`;
  return problem.path ? `${place} ${problem.path}: ${problem.message}` : `${place} ${problem.message}`;
}
