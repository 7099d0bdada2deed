import type { ExportedQuestion } from "../serialise-bank.ts";
import type { ExportNote } from "./export-note.ts";
import { escapeGift } from "./gift-text.ts";
import { seriesToTrueFalse } from "./true-false.ts";

export type GiftExport = {
  text: string;
  /** Questions GIFT cannot hold (ordering). */
  skipped: ExportNote[];
  /** Questions written with less than they hold (a yes/no series split into true/false questions, a case study's scenario left out). */
  lossy: ExportNote[];
};

/**
 * Moodle GIFT, in the `[markdown]` text format. `$CATEGORY: <exam>/<skill area>` starts each
 * skill area; `// key: value` comment lines above a question keep what GIFT has no syntax for
 * (Moodle ignores them, parseGift reads them back). A multiple choice is written with Moodle
 * weights: each correct option 100/n %, each wrong one −100/n %.
 */
export function toGift(questions: readonly ExportedQuestion[]): GiftExport {
  const blocks: string[] = [];
  const skipped: ExportNote[] = [];
  const lossy: ExportNote[] = [];
  let category = "";
  for (const question of questions) {
    if (question.content.type === "ordering") {
      skipped.push({ id: question.id, reason: "GIFT has no ordering question" });
      continue;
    }
    const next = `${question.examCode}/${question.skillAreaKey}`;
    if (next !== category) {
      blocks.push(`$CATEGORY: ${escapeGift(next)}`);
      category = next;
    }
    if (question.caseStudyId) lossy.push({ id: question.id, reason: `the scenario of case study ${question.caseStudyId} is not included` });
    if (question.content.type === "yesno") {
      const statements = question.content.statements;
      if (statements.length > 1) lossy.push({ id: question.id, reason: `a yes/no series of ${statements.length} statements is written as ${statements.length} true/false questions` });
      statements.forEach((statement) => {
        const id = statements.length > 1 ? `${question.id}-${statement.id}` : question.id;
        const why = statement.why.trim() ? `#${escapeGift(statement.why)}#${escapeGift(statement.why)}` : "";
        blocks.push(`${meta(question, id)}${heading(question)}${escapeGift(seriesToTrueFalse(question.stem, statement.text))}{${statement.answer ? "TRUE" : "FALSE"}${why}${generalFeedback(question, "")}}`);
      });
      continue;
    }
    const content = question.content;
    const correctCount = content.options.filter((o) => o.correct).length;
    const weight = formatWeight(100 / correctCount);
    const answers = content.options.map((option) => {
      const marker = content.type === "single" ? (option.correct ? "=" : "~") : option.correct ? `~%${weight}%` : `~%-${weight}%`;
      return `\t${marker}${escapeGift(option.text)}${option.why.trim() ? `#${escapeGift(option.why)}` : ""}`;
    });
    blocks.push(`${meta(question, question.id)}${heading(question)}${escapeGift(question.stem)}{\n${answers.join("\n")}\n${generalFeedback(question, "\t")}}`);
  }
  return { text: blocks.length ? `${blocks.join("\n\n")}\n` : "", skipped, lossy };
}

function meta(question: ExportedQuestion, id: string): string {
  const lines = [`// id: ${id}`, `// difficulty: ${question.difficulty}`, `// status: ${question.status}`];
  if (question.caseStudyId) lines.push(`// case-study: ${question.caseStudyId}`);
  for (const reference of question.references) lines.push(`// reference: ${reference}`);
  // Moodle always scores split weights per option; this keeps an all-or-nothing question so.
  if (question.content.type === "multiple" && !question.content.partialCredit) lines.push("// partial-credit: no");
  return `${lines.join("\n")}\n`;
}

function heading(question: ExportedQuestion): string {
  return `${question.topic.trim() ? `::${escapeGift(question.topic)}::` : ""}[markdown]`;
}

function generalFeedback(question: ExportedQuestion, indent: string): string {
  if (!question.explanation.trim()) return "";
  return `${indent}####${escapeGift(question.explanation)}${indent ? "\n" : ""}`;
}

function formatWeight(weight: number): string {
  return String(Number(weight.toFixed(5)));
}
