import type { BankFile } from "../parse-bank-file.ts";
import { serialiseExamBank, type ExportedCaseStudy, type ExportedQuestion } from "../serialise-bank.ts";
import type { ExportNote } from "./export-note.ts";

export type NativeExport = { files: BankFile[]; skipped: ExportNote[] };

/**
 * The bank's own source format (docs/question-format.md), written by the bank's serialiser for
 * each exam: one file per skill area and one per case study, paths relative to prisma/banks. What
 * the serialiser cannot place — a question whose case study was not given, a case study without
 * questions — is listed instead of dropped silently.
 */
export function toNativeYaml(questions: readonly ExportedQuestion[], caseStudies: readonly ExportedCaseStudy[] = []): NativeExport {
  const studies = new Set(caseStudies.map((study) => study.id));
  const used = new Set(questions.map((question) => question.caseStudyId));
  const skipped: ExportNote[] = [
    ...questions.filter((q) => q.caseStudyId && !studies.has(q.caseStudyId)).map((q) => ({ id: q.id, reason: `its case study ${q.caseStudyId} was not given` })),
    ...caseStudies.filter((study) => !used.has(study.id)).map((study) => ({ id: study.id, reason: "a case study without questions is not written" })),
  ];
  const exams = [...new Set([...questions.map((q) => q.examCode), ...caseStudies.map((c) => c.examCode)])].sort();
  const files = exams.flatMap((exam) => serialiseExamBank(exam, questions, caseStudies));
  return { files, skipped };
}
