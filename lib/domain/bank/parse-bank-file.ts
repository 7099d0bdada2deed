import { isMap, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import { examFolderName, findExam, type BankCatalog } from "./catalog.ts";
import { normaliseCaseStudy, normaliseQuestion, type NormalisedCaseStudy, type NormalisedQuestion } from "./normalise-question.ts";
import { formatPath, type BankProblem, type PathSegment } from "./problem.ts";
import {
  caseStudyFileSchema,
  caseStudyQuestionSchema,
  questionCommonSchema,
  skillAreaFileQuestionSchema,
  skillAreaFileSchema,
  type SourceQuestion,
} from "./source-schema.ts";
import { locatePath } from "./yaml-location.ts";

export type BankFile = { path: string; text: string };

export type ParsedBankFile = {
  path: string;
  examCode?: string;
  caseStudy?: NormalisedCaseStudy;
  /** The questions that passed every check; a question with any problem is left out and counted in `rejected`. */
  questions: NormalisedQuestion[];
  rejected: number;
  problems: BankProblem[];
};

const UNKNOWN_FIELD_HINTS: Record<string, string> = {
  correct: "unknown field (correct belongs to single and multiple options; ordering steps use position)",
  position: "unknown field (position belongs to ordering steps)",
  statements: "unknown field (statements belong to yesno questions)",
  options: "unknown field (a yesno question lists statements, not options)",
  partialCredit: "unknown field (partialCredit applies to multiple questions only)",
  answer: "unknown field (answer belongs to yesno statements; options use correct)",
};

type Located = { path: PathSegment[]; message: string; atKey?: boolean };

/**
 * Parses one bank file and checks it against the source format (and, given a catalog, that its exam
 * and skill areas exist). Every problem in the file is reported, each with its line and field path.
 */
export function parseBankFile(file: BankFile, catalog?: BankCatalog): ParsedBankFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const located = (found: Located): BankProblem => {
    const { line, column } = locatePath(doc, lineCounter, found.path, found.atKey);
    return { file: file.path, line, column, path: formatPath(found.path), message: found.message };
  };

  if (doc.errors.length > 0) {
    return { path: file.path, questions: [], rejected: countQuestionEntries(doc), problems: doc.errors.map((error) => yamlProblem(file.path, error)) };
  }
  const raw: unknown = doc.toJS();
  if (!isRecord(raw)) {
    return { path: file.path, questions: [], rejected: 0, problems: [located({ path: [], message: "a bank file must be a mapping with exam and questions" })] };
  }

  const isCaseStudy = "caseStudy" in raw;
  const rawQuestions = Array.isArray(raw.questions) ? (raw.questions as unknown[]) : [];
  const result = (isCaseStudy ? caseStudyFileSchema : skillAreaFileSchema).safeParse(raw);
  const found: Located[] = result.success ? [] : result.error.issues.flatMap((issue) => fromIssue(issue, []));
  if (!result.success) found.push(...commonFieldIssuesOfUntypedQuestions(result.error.issues, rawQuestions));
  found.push(...catalogIssues(file.path, raw, rawQuestions, catalog));

  const badQuestions = new Set<number>();
  let fileLevel = false;
  for (const issue of found) {
    if (issue.path[0] === "questions" && typeof issue.path[1] === "number") badQuestions.add(issue.path[1]);
    else fileLevel = true;
  }

  const problems = found.map(located).sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  const examCode = typeof raw.exam === "string" ? raw.exam : undefined;
  if (fileLevel || examCode === undefined) return { path: file.path, examCode, questions: [], rejected: rawQuestions.length, problems };

  const questionSchema = isCaseStudy ? caseStudyQuestionSchema : skillAreaFileQuestionSchema;
  // Reached only without file-level problems, so the case study itself is valid even when a question is not.
  const caseStudy = isCaseStudy ? caseStudyFileSchema.shape.caseStudy.parse(raw.caseStudy) : undefined;
  const questions: NormalisedQuestion[] = [];
  rawQuestions.forEach((rawQuestion, i) => {
    if (badQuestions.has(i)) return;
    const parsed = result.success ? (result.data.questions[i] as SourceQuestion) : questionSchema.parse(rawQuestion);
    const { line } = locatePath(doc, lineCounter, ["questions", i]);
    questions.push(
      normaliseQuestion(parsed, {
        examCode,
        skillAreaKey: typeof raw.skillArea === "string" ? raw.skillArea : "",
        ...(caseStudy ? { caseStudyId: caseStudy.id } : {}),
        source: { file: file.path, line, path: formatPath(["questions", i]) },
      }),
    );
  });

  return {
    path: file.path,
    examCode,
    ...(caseStudy ? { caseStudy: normaliseCaseStudy(caseStudy, examCode, { file: file.path, line: locatePath(doc, lineCounter, ["caseStudy"]).line, path: "caseStudy" }) } : {}),
    questions,
    rejected: badQuestions.size,
    problems,
  };
}

function fromIssue(issue: z.core.$ZodIssue, prefix: PathSegment[]): Located[] {
  const path = [...prefix, ...issue.path.map((segment) => (typeof segment === "number" ? segment : String(segment)))];
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({ path: [...path, key], message: UNKNOWN_FIELD_HINTS[key] ?? "unknown field", atKey: true }));
  }
  return [{ path, message: issue.message }];
}

/** A question whose `type` is unusable is otherwise unchecked by the union; check its common fields so nothing waits for a second run. */
function commonFieldIssuesOfUntypedQuestions(issues: readonly z.core.$ZodIssue[], rawQuestions: unknown[]): Located[] {
  return issues.flatMap((issue) => {
    const [first, index, field] = issue.path;
    if (issue.code !== "invalid_union" || first !== "questions" || typeof index !== "number" || field !== "type") return [];
    const common = questionCommonSchema.safeParse(rawQuestions[index]);
    return common.success ? [] : common.error.issues.flatMap((inner) => fromIssue(inner, ["questions", index]));
  });
}

function catalogIssues(filePath: string, raw: Record<string, unknown>, rawQuestions: unknown[], catalog: BankCatalog | undefined): Located[] {
  if (!catalog || typeof raw.exam !== "string") return [];
  const exam = findExam(catalog, raw.exam);
  if (!exam) return [{ path: ["exam"], message: `unknown exam ${raw.exam} (the catalog has ${catalog.map((e) => e.code).join(", ")})` }];
  const folder = filePath.split(/[\\/]/).at(-2);
  const folderExam = catalog.find((candidate) => examFolderName(candidate.code) === folder);
  if (folderExam && folderExam !== exam) {
    return [{ path: ["exam"], message: `${exam.code} does not belong in the folder ${folder} (that is ${folderExam.code}); move the file to ${examFolderName(exam.code)}/` }];
  }
  const keys = exam.skillAreas.map((area) => area.key);
  const unknownArea = (key: unknown) => typeof key === "string" && !keys.includes(key);
  const message = (key: string) => `unknown skill area ${key} of ${exam.code} (expected one of ${keys.join(", ")})`;
  const issues: Located[] = [];
  if (unknownArea(raw.skillArea)) issues.push({ path: ["skillArea"], message: message(String(raw.skillArea)) });
  rawQuestions.forEach((question, i) => {
    const key = isRecord(question) ? question.skillArea : undefined;
    if (unknownArea(key)) issues.push({ path: ["questions", i, "skillArea"], message: message(String(key)) });
  });
  return issues;
}

function yamlProblem(file: string, error: Document["errors"][number]): BankProblem {
  const position = error.linePos?.[0];
  const message = (error.message.split("\n")[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, "");
  return { file, ...(position ? { line: position.line, column: position.col } : {}), path: "", message: `YAML: ${message}` };
}

function countQuestionEntries(doc: Document): number {
  const questions: unknown = isMap(doc.contents) ? doc.contents.get("questions", true) : undefined;
  return isSeq(questions) ? questions.items.length : 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
