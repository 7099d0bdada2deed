import { pointsFor, type QuestionContent, type QuestionType } from "@/lib/domain/questions/content.ts";
import { caseStudyContentHash, questionContentHash } from "./content-hash.ts";
import type { QuestionStatus, SourceQuestion } from "./source-schema.ts";

/** Where a question or case study is written: file, line and field path (`questions[3]`). */
export type SourceLocation = { file: string; line: number; path: string };

/** A question as it is stored: the bank source resolved to option ids, booleans and a content hash. */
export type NormalisedQuestion = {
  id: string;
  examCode: string;
  skillAreaKey: string;
  caseStudyId?: string;
  topic: string;
  type: QuestionType;
  difficulty: number;
  status: QuestionStatus;
  stem: string;
  content: QuestionContent;
  explanation: string;
  references: string[];
  contentHash: string;
  points: number;
  source: SourceLocation;
};

export type CaseStudyTab = { title: string; body: string };

export type NormalisedCaseStudy = {
  id: string;
  examCode: string;
  title: string;
  tabs: CaseStudyTab[];
  contentHash: string;
  source: SourceLocation;
};

export type QuestionContext = { examCode: string; skillAreaKey: string; caseStudyId?: string; source: SourceLocation };

/** Option ids are letters in display order: a, b, c … */
export function optionId(index: number): string {
  return String.fromCharCode(97 + index);
}

export function toContent(question: SourceQuestion): QuestionContent {
  switch (question.type) {
    case "single":
    case "multiple": {
      const options = question.options.map((o, i) => ({ id: optionId(i), text: o.text, correct: o.correct === true, why: o.why }));
      return question.type === "single" ? { type: "single", options } : { type: "multiple", options, partialCredit: question.partialCredit === true };
    }
    case "yesno":
      return { type: "yesno", statements: question.statements.map((s, i) => ({ id: optionId(i), text: s.text, answer: s.answer === "yes", why: s.why })) };
    case "ordering":
      return {
        type: "ordering",
        options: question.options.map((o, i) => ({ id: optionId(i), text: o.text, ...(o.position === undefined ? {} : { position: o.position }), why: o.why })),
      };
  }
}

export function normaliseQuestion(question: SourceQuestion, context: QuestionContext): NormalisedQuestion {
  const content = toContent(question);
  const visible = {
    examCode: context.examCode,
    skillAreaKey: question.skillArea ?? context.skillAreaKey,
    ...(context.caseStudyId ? { caseStudyId: context.caseStudyId } : {}),
    type: question.type,
    difficulty: question.difficulty,
    stem: question.stem,
    content,
    explanation: question.explanation,
    references: question.references,
  };
  return {
    id: question.id,
    ...visible,
    topic: question.topic,
    status: question.status,
    contentHash: questionContentHash(visible),
    points: pointsFor(content),
    source: context.source,
  };
}

export function normaliseCaseStudy(caseStudy: { id: string; title: string; tabs: CaseStudyTab[] }, examCode: string, source: SourceLocation): NormalisedCaseStudy {
  const tabs = caseStudy.tabs.map((tab) => ({ title: tab.title, body: tab.body }));
  return { id: caseStudy.id, examCode, title: caseStudy.title, tabs, contentHash: caseStudyContentHash({ examCode, title: caseStudy.title, tabs }), source };
}
