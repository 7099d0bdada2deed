import { Document, isMap, isSeq } from "yaml";
import { examFolderName } from "./catalog.ts";
import type { NormalisedCaseStudy, NormalisedQuestion } from "./normalise-question.ts";
import type { BankFile } from "./parse-bank-file.ts";

export type ExportedQuestion = Pick<
  NormalisedQuestion,
  "id" | "examCode" | "skillAreaKey" | "caseStudyId" | "topic" | "type" | "difficulty" | "status" | "stem" | "content" | "explanation" | "references"
>;
export type ExportedCaseStudy = Pick<NormalisedCaseStudy, "id" | "examCode" | "title" | "tabs">;

/**
 * Writes an exam's questions back in the source format: one file per skill area and one per case
 * study, under the exam's folder (`az-204/compute.yaml`, `az-204/case-contoso.yaml`). Reading the
 * files back gives the same content hashes.
 */
export function serialiseExamBank(examCode: string, questions: readonly ExportedQuestion[], caseStudies: readonly ExportedCaseStudy[]): BankFile[] {
  const folder = examFolderName(examCode);
  const files: BankFile[] = [];
  const ofExam = questions.filter((q) => q.examCode === examCode);

  const areas = [...new Set(ofExam.filter((q) => !q.caseStudyId).map((q) => q.skillAreaKey))].sort();
  for (const area of areas) {
    const inArea = ofExam.filter((q) => !q.caseStudyId && q.skillAreaKey === area);
    files.push({ path: `${folder}/${area}.yaml`, text: render({ exam: examCode, skillArea: area, questions: inArea.map((q) => sourceOf(q, false)) }) });
  }
  for (const caseStudy of [...caseStudies].filter((c) => c.examCode === examCode).sort((a, b) => a.id.localeCompare(b.id))) {
    const inCase = ofExam.filter((q) => q.caseStudyId === caseStudy.id);
    if (inCase.length === 0) continue;
    const name = caseStudy.id.startsWith("case-") ? caseStudy.id : `case-${caseStudy.id}`;
    files.push({
      path: `${folder}/${name}.yaml`,
      text: render({
        exam: examCode,
        caseStudy: { id: caseStudy.id, title: caseStudy.title, tabs: caseStudy.tabs.map((tab) => ({ title: tab.title, body: block(tab.body) })) },
        questions: inCase.map((q) => sourceOf(q, true)),
      }),
    });
  }
  return files;
}

function sourceOf(question: ExportedQuestion, inCaseStudy: boolean): Record<string, unknown> {
  const { content } = question;
  const body =
    content.type === "yesno"
      ? { statements: content.statements.map((s) => ({ text: s.text, answer: s.answer ? "yes" : "no", why: s.why })) }
      : content.type === "ordering"
        ? { options: content.options.map((o) => ({ text: o.text, ...(o.position === undefined ? {} : { position: o.position }), why: o.why })) }
        : {
            options: content.options.map((o) => ({ text: o.text, ...(o.correct ? { correct: true } : {}), why: o.why })),
            ...(content.type === "multiple" && content.partialCredit ? { partialCredit: true } : {}),
          };
  return {
    id: question.id,
    ...(inCaseStudy ? { skillArea: question.skillAreaKey } : {}),
    topic: question.topic,
    type: question.type,
    difficulty: question.difficulty,
    status: question.status,
    stem: block(question.stem),
    ...body,
    explanation: block(question.explanation),
    references: question.references,
  };
}

/** Markdown fields end with a newline so they are written as `|` blocks, the way authors write them; reading trims it again. */
function block(markdown: string): string {
  return `${markdown}\n`;
}

function render(content: Record<string, unknown>): string {
  const doc = new Document(content);
  // A blank line between questions, as authors write them.
  const questions = isMap(doc.contents) ? doc.contents.get("questions", true) : undefined;
  if (isSeq(questions)) questions.items.forEach((item, i) => i > 0 && isMap(item) && (item.spaceBefore = true));
  return doc.toString({ lineWidth: 0, blockQuote: "literal" });
}
