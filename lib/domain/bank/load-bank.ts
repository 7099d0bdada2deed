import type { BankCatalog } from "./catalog.ts";
import type { NormalisedCaseStudy, NormalisedQuestion, SourceLocation } from "./normalise-question.ts";
import { parseBankFile, type BankFile } from "./parse-bank-file.ts";
import type { BankProblem } from "./problem.ts";

export type LoadedBank = {
  questions: NormalisedQuestion[];
  caseStudies: NormalisedCaseStudy[];
  /** Every problem of every file; an import writes nothing while there is one. */
  problems: BankProblem[];
  /** Question entries left out because of a problem. */
  rejected: number;
};

export type LoadedBankFiles = LoadedBank & {
  /** The catalog exams the files are written for, even those whose every question was rejected (the quality gate reports them). */
  examCodes: string[];
};

/**
 * Loads a whole bank: each file on its own (format, exam, skill areas, folder), then what only the
 * set of files can tell — a question or case-study id used twice.
 */
export function loadBank(files: readonly BankFile[], catalog: BankCatalog): LoadedBankFiles {
  const questions: NormalisedQuestion[] = [];
  const caseStudies: NormalisedCaseStudy[] = [];
  const problems: BankProblem[] = [];
  let rejected = 0;
  const examCodes = new Set<string>();
  const questionAt = new Map<string, SourceLocation>();
  const caseStudyAt = new Map<string, SourceLocation>();

  for (const file of files) {
    const parsed = parseBankFile(file, catalog);
    problems.push(...parsed.problems);
    rejected += parsed.rejected;
    if (parsed.examCode && catalog.some((exam) => exam.code === parsed.examCode)) examCodes.add(parsed.examCode);

    if (parsed.caseStudy) {
      const first = caseStudyAt.get(parsed.caseStudy.id);
      if (first) {
        problems.push(duplicate("case study", parsed.caseStudy.id, parsed.caseStudy.source, "caseStudy.id", first));
        rejected += parsed.questions.length;
        continue;
      }
      caseStudyAt.set(parsed.caseStudy.id, parsed.caseStudy.source);
      caseStudies.push(parsed.caseStudy);
    }

    for (const question of parsed.questions) {
      const first = questionAt.get(question.id);
      if (first) {
        problems.push(duplicate("question", question.id, question.source, `${question.source.path}.id`, first));
        rejected += 1;
        continue;
      }
      questionAt.set(question.id, question.source);
      questions.push(question);
    }
  }
  return { questions, caseStudies, problems, rejected, examCodes: [...examCodes].sort() };
}

function duplicate(what: string, id: string, at: SourceLocation, path: string, first: SourceLocation): BankProblem {
  return { file: at.file, line: at.line, path, message: `${what} id ${id} is already used at ${first.file}:${first.line}` };
}
