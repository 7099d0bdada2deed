import { findExam } from "../catalog.ts";
import { normaliseQuestion } from "../normalise-question.ts";
import { checkCompleteness } from "./check-completeness.ts";
import { joinPath, locate, type DraftQuestion, type ParsedDrafts } from "./draft-question.ts";
import { draftToSource } from "./draft-to-source.ts";
import { derivedId } from "./import-id.ts";
import { decodeInput } from "./decode-input.ts";
import { blocksImport, type ImportInput, type ImportOptions, type ImportProblem, type ImportProblemKind, type ImportResult } from "./import-types.ts";
import { resolveSkillArea } from "./resolve-skill-area.ts";
import { validateDraft, type DraftIssue } from "./validate-draft.ts";

const EXAM_CODE = /^[A-Z]{2,}-\d{2,4}$/;
/** A file where nothing could be read and this many things are wrong is not that format at all: say so once. */
const COLLAPSE_AFTER = 20;
const MAX_LISTED = 200;

/** Decode, read with the format's reader, then finish: the whole of every importer except the reading. */
export function runImport(input: ImportInput, options: ImportOptions, formatName: string, read: (text: string) => ParsedDrafts): ImportResult {
  const decoded = decodeInput(input, options.fileName);
  if ("problem" in decoded) return { questions: [], problems: [decoded.problem], skipped: [], rejected: 0 };
  return finishImport(read(decoded.text), options, formatName);
}

/** The shared second half of every importer: check each draft, resolve its skill area, normalise it, report. */
export function finishImport(parsed: ParsedDrafts, options: ImportOptions, formatName: string): ImportResult {
  const file = options.fileName;
  const problems = [...parsed.problems];
  const questions: ImportResult["questions"] = [];
  let rejected = parsed.rejected;

  const examMessage = examProblem(options);
  if (examMessage) {
    problems.push({ kind: "invalid", file, path: "", message: examMessage });
    return summariseProblems({ questions, problems, skipped: parsed.skipped, rejected: rejected + parsed.drafts.length }, file, formatName);
  }

  for (const draft of parsed.drafts) {
    const invalid = validateDraft(draft);
    const area = resolveSkillArea(draft.categories, options);
    if ("message" in area) invalid.push({ path: "skillArea", message: area.message });
    if ("message" in area || invalid.length > 0) {
      problems.push(...invalid.map((issue) => located(file, draft, "invalid", issue)));
      rejected += 1;
      continue;
    }
    const source = draftToSource(draft, draft.id ?? "pending", area.key);
    problems.push(...checkCompleteness(draft, source).map((issue) => located(file, draft, "incomplete", issue)));
    const question = normaliseQuestion(source, {
      examCode: options.examCode,
      skillAreaKey: area.key,
      ...(draft.caseStudyId ? { caseStudyId: draft.caseStudyId } : {}),
      source: { file, line: draft.line ?? 1, path: draft.basePath },
    });
    questions.push({ ...question, id: draft.id ?? derivedId(options.examCode, area.key, question.contentHash) });
  }

  if (questions.length === 0 && problems.length === 0 && parsed.skipped.length === 0 && rejected === 0) {
    problems.push({ kind: "invalid", file, path: "", message: `no questions found in this ${formatName} file` });
  }
  return summariseProblems({ questions, problems, skipped: parsed.skipped, rejected }, file, formatName);
}

function examProblem(options: ImportOptions): string | undefined {
  if (!EXAM_CODE.test(options.examCode)) return `exam code "${options.examCode}" must look like AZ-204`;
  if (options.catalog && !findExam(options.catalog, options.examCode)) {
    return `unknown exam ${options.examCode} (the catalog has ${options.catalog.map((e) => e.code).join(", ")})`;
  }
  return undefined;
}

function located(file: string, draft: DraftQuestion, kind: ImportProblemKind, issue: DraftIssue): ImportProblem {
  const where = locate(draft, issue.path);
  return {
    kind,
    file,
    ...(where.line === undefined ? {} : { line: where.line }),
    ...(where.column === undefined ? {} : { column: where.column }),
    path: where.field ?? joinPath(draft.basePath, issue.path),
    message: issue.message,
  };
}

/** Garbage gets one clear problem instead of thousands; a long list is cut with a note of how many were left out. */
export function summariseProblems(unsorted: ImportResult, file: string, formatName: string): ImportResult {
  const problems = [...unsorted.problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const result = { ...unsorted, problems };
  const blocking = problems.filter(blocksImport);
  const first = blocking[0];
  if (result.questions.length === 0 && first && blocking.length > COLLAPSE_AFTER) {
    const at = first.line === undefined ? "" : ` at line ${first.line}`;
    const problem: ImportProblem = {
      kind: "invalid",
      file,
      ...(first.line === undefined ? {} : { line: first.line }),
      path: "",
      message: `not a readable ${formatName} file: no question could be read and there are ${blocking.length} problems (the first${at}: ${first.message})`,
    };
    return { ...result, problems: [problem] };
  }
  if (result.problems.length <= MAX_LISTED) return result;
  const omitted = result.problems.slice(MAX_LISTED);
  const note: ImportProblem = {
    kind: omitted.some(blocksImport) ? "invalid" : "incomplete",
    file,
    path: "",
    message: `${omitted.length} more problems in this file are not listed`,
  };
  return { ...result, problems: [...result.problems.slice(0, MAX_LISTED), note] };
}
