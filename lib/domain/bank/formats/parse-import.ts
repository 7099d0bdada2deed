import type { NormalisedCaseStudy, SourceLocation } from "../normalise-question.ts";
import type { ImportFormat, ImportInput, ImportOptions, ImportProblem, ImportResult } from "./import-types.ts";
import { parseCsv } from "./parse-csv.ts";
import { parseGift } from "./parse-gift.ts";
import { parseMarkdownChecklist } from "./parse-markdown-checklist.ts";
import { parseMoodleXml } from "./parse-moodle-xml.ts";
import { parseNative } from "./parse-native.ts";
import { parseQti } from "./parse-qti.ts";

export type ImportFile = { name: string; text: ImportInput };
export type ParseImportOptions = Omit<ImportOptions, "fileName">;
export type MergedImport = ImportResult & { caseStudies: NormalisedCaseStudy[] };

const PARSERS: Readonly<Record<Exclude<ImportFormat, "native">, (input: ImportInput, options: ImportOptions) => ImportResult>> = {
  gift: parseGift,
  "moodle-xml": parseMoodleXml,
  qti: parseQti,
  csv: parseCsv,
  markdown: parseMarkdownChecklist,
};

/**
 * Reads every file with the format's parser and merges the results, adding what only the set of
 * files shows: an id (or case-study id) used twice. Nothing is written here; the caller imports
 * all or nothing — while any problem blocks (blocksImport), it must import none of the questions.
 */
export function parseImport(format: ImportFormat, files: readonly ImportFile[], options: ParseImportOptions): MergedImport {
  const merged: MergedImport = { questions: [], caseStudies: [], problems: [], skipped: [], rejected: 0 };
  if (files.length === 0) {
    merged.problems.push({ kind: "invalid", file: "(no file)", path: "", message: "no files to import" });
    return merged;
  }
  const questionAt = new Map<string, SourceLocation>();
  const caseStudyAt = new Map<string, SourceLocation>();
  for (const file of files) {
    const fileOptions = { ...options, fileName: file.name };
    const result = format === "native" ? parseNative(file.text, fileOptions) : { ...PARSERS[format](file.text, fileOptions), caseStudies: [] };
    merged.problems.push(...result.problems);
    merged.skipped.push(...result.skipped);
    merged.rejected += result.rejected;
    for (const study of result.caseStudies) {
      const first = caseStudyAt.get(study.id);
      if (first) merged.problems.push(duplicate("case study", study.id, study.source, first));
      else {
        caseStudyAt.set(study.id, study.source);
        merged.caseStudies.push(study);
      }
    }
    for (const question of result.questions) {
      const first = questionAt.get(question.id);
      if (first) {
        merged.problems.push(duplicate("question", question.id, question.source, first));
        merged.rejected += 1;
      } else {
        questionAt.set(question.id, question.source);
        merged.questions.push(question);
      }
    }
  }
  return merged;
}

function duplicate(what: string, id: string, at: SourceLocation, first: SourceLocation): ImportProblem {
  return { kind: "invalid", file: at.file, line: at.line, path: at.path ? `${at.path}.id` : "id", message: `${what} id ${id} is already used at ${first.file}:${first.line}` };
}
