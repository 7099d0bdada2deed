import type { NormalisedCaseStudy } from "../normalise-question.ts";
import { parseBankFile } from "../parse-bank-file.ts";
import { decodeInput } from "./decode-input.ts";
import { summariseProblems } from "./finish-import.ts";
import type { ImportInput, ImportOptions, ImportResult } from "./import-types.ts";

export type NativeImport = ImportResult & { caseStudies: NormalisedCaseStudy[] };

/**
 * The YAML reader takes about a second per megabyte of malformed text, and the largest bank file is
 * under 200 KB, so larger native files are refused before parsing.
 */
export const MAX_NATIVE_BYTES = 512 * 1024;

/**
 * A file of the bank's own format, read by the bank loader (parseBankFile) with all its rules, so
 * every problem blocks; the import's exam must be the file's. Mapping and skillAreaKey do not
 * apply: the file names its skill areas itself.
 */
export function parseNative(input: ImportInput, options: ImportOptions): NativeImport {
  const file = options.fileName;
  const refuse = (problem: ImportResult["problems"][number]): NativeImport => ({ questions: [], caseStudies: [], problems: [problem], skipped: [], rejected: 0 });
  const decoded = decodeInput(input, file);
  if ("problem" in decoded) return refuse(decoded.problem);
  if (decoded.text.length > MAX_NATIVE_BYTES) {
    return refuse({ kind: "invalid", file, path: "", message: `a question-bank file is limited to ${MAX_NATIVE_BYTES / 1024} KB; split it by skill area` });
  }
  // Every bank file is a mapping that starts its questions with a top-level `exam:`; without one, what follows is not worth a YAML parse.
  if (!/^exam:/m.test(decoded.text)) return refuse({ kind: "invalid", file, line: 1, path: "exam", message: "not a question-bank file: it has no top-level exam: line" });
  const parsed = parseBankFile({ path: file, text: decoded.text }, options.catalog);
  const problems: ImportResult["problems"] = parsed.problems.map((problem) => ({ ...problem, kind: "invalid" }));
  if (parsed.examCode !== undefined && parsed.examCode !== options.examCode) {
    problems.push({ kind: "invalid", file, line: 1, path: "exam", message: `the file is for ${parsed.examCode}, the import for ${options.examCode}` });
    return { questions: [], caseStudies: [], problems, skipped: [], rejected: parsed.rejected + parsed.questions.length };
  }
  const result = summariseProblems({ questions: parsed.questions, problems, skipped: [], rejected: parsed.rejected }, file, "question-bank YAML");
  return { ...result, caseStudies: parsed.caseStudy ? [parsed.caseStudy] : [] };
}
