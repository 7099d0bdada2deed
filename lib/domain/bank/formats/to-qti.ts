import type { QuestionContent } from "../../questions/content.ts";
import type { ExportedQuestion } from "../serialise-bank.ts";
import { escapeXmlAttribute } from "./html-entities.ts";
import { inlineHtml, markdownToHtml } from "./markdown-to-html.ts";

const NAMESPACE = "http://www.imsglobal.org/spec/qti/v3p0/ns";
const SCHEMA = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd";
const TEMPLATES = "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates";

/**
 * One QTI 3.0 item per question. Single and multiple choice become a choice interaction (partial
 * credit as map_response with ±1 per choice), ordering an order interaction whose correct response
 * lists the placed steps (distractors are left out of it, and min/max-choices say how many to
 * place), and a yes/no series one Yes/No choice interaction per statement scored one point each.
 * Each `why` is inline feedback on its choice; the explanation and the references are modal
 * feedback (EXPLANATION, REFERENCES). A case study's scenario is not part of the item.
 */
export function toQti(question: ExportedQuestion): string {
  const content = question.content;
  const parts = content.type === "yesno" ? seriesParts(content) : choiceParts(content);
  const feedback = [
    question.explanation.trim() ? modal("EXPLANATION", "Explanation", markdownToHtml(question.explanation)) : "",
    question.references.length ? modal("REFERENCES", "References", `<ul>${question.references.map((url) => `<li><a href="${escapeXmlAttribute(url)}">${inlineHtml(url)}</a></li>`).join("")}</ul>`) : "",
  ].filter(Boolean);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<qti-assessment-item xmlns="${NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${NAMESPACE} ${SCHEMA}"` +
      ` identifier="${escapeXmlAttribute(question.id)}" title="${escapeXmlAttribute(question.topic)}" adaptive="false" time-dependent="false" xml:lang="en">`,
    ...parts.declarations,
    `<qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"/>`,
    `<qti-outcome-declaration identifier="FEEDBACK" cardinality="single" base-type="identifier"/>`,
    `<qti-item-body>`,
    markdownToHtml(question.stem),
    ...parts.interactions,
    `</qti-item-body>`,
    parts.processing,
    ...feedback,
    `</qti-assessment-item>`,
    "",
  ].join("\n");
}

type Parts = { declarations: string[]; interactions: string[]; processing: string };

function choiceParts(content: Exclude<QuestionContent, { type: "yesno" }>): Parts {
  const choiceId = (index: number) => String.fromCharCode(65 + index);
  const choices = content.options.map((option, i) => simpleChoice(choiceId(i), option.text, option.why));
  if (content.type === "ordering") {
    const placed = content.options.map((option, i) => ({ id: choiceId(i), position: option.position })).filter((o) => o.position !== undefined).sort((a, b) => a.position! - b.position!);
    const limits = placed.length < content.options.length ? ` min-choices="${placed.length}" max-choices="${placed.length}"` : "";
    return {
      declarations: [declaration("RESPONSE", "ordered", placed.map((o) => o.id))],
      interactions: [`<qti-order-interaction response-identifier="RESPONSE" shuffle="false"${limits}>`, ...choices, `</qti-order-interaction>`],
      processing: template("match_correct"),
    };
  }
  const correct = content.options.flatMap((option, i) => (option.correct ? [choiceId(i)] : []));
  const single = content.type === "single";
  const partial = content.type === "multiple" && content.partialCredit;
  const mapping = partial
    ? `<qti-mapping lower-bound="0" default-value="0">${content.options.map((o, i) => `<qti-map-entry map-key="${choiceId(i)}" mapped-value="${o.correct ? 1 : -1}"/>`).join("")}</qti-mapping>`
    : "";
  return {
    declarations: [declaration("RESPONSE", single ? "single" : "multiple", correct, mapping)],
    interactions: [`<qti-choice-interaction response-identifier="RESPONSE" shuffle="false" max-choices="${single ? 1 : content.options.length}">`, ...choices, `</qti-choice-interaction>`],
    processing: template(partial ? "map_response" : "match_correct"),
  };
}

function seriesParts(content: Extract<QuestionContent, { type: "yesno" }>): Parts {
  const declarations: string[] = [];
  const interactions: string[] = [];
  const conditions: string[] = [];
  content.statements.forEach((statement, i) => {
    const letter = String.fromCharCode(65 + i);
    const response = `RESPONSE_${letter}`;
    const yes = `${letter}_YES`;
    const no = `${letter}_NO`;
    const correct = statement.answer ? yes : no;
    declarations.push(declaration(response, "single", [correct]));
    interactions.push(
      `<qti-choice-interaction response-identifier="${response}" shuffle="false" max-choices="1">`,
      `<qti-prompt>${markdownToHtml(statement.text)}</qti-prompt>`,
      simpleChoice(yes, "Yes", statement.answer ? statement.why : ""),
      simpleChoice(no, "No", statement.answer ? "" : statement.why),
      `</qti-choice-interaction>`,
    );
    conditions.push(
      `<qti-response-condition><qti-response-if><qti-match><qti-variable identifier="${response}"/><qti-correct identifier="${response}"/></qti-match>` +
        `<qti-set-outcome-value identifier="SCORE"><qti-sum><qti-variable identifier="SCORE"/><qti-base-value base-type="float">1</qti-base-value></qti-sum></qti-set-outcome-value>` +
        `</qti-response-if></qti-response-condition>`,
    );
  });
  return { declarations, interactions, processing: `<qti-response-processing>\n${conditions.join("\n")}\n</qti-response-processing>` };
}

function simpleChoice(identifier: string, text: string, why: string): string {
  const feedback = why.trim() ? `<qti-feedback-inline outcome-identifier="FEEDBACK" identifier="${identifier}" show-hide="show">${inlineHtml(why)}</qti-feedback-inline>` : "";
  return `<qti-simple-choice identifier="${identifier}">${inlineHtml(text)}${feedback}</qti-simple-choice>`;
}

function declaration(identifier: string, cardinality: string, values: string[], mapping = ""): string {
  const correct = `<qti-correct-response>${values.map((value) => `<qti-value>${value}</qti-value>`).join("")}</qti-correct-response>`;
  return `<qti-response-declaration identifier="${identifier}" cardinality="${cardinality}" base-type="identifier">${correct}${mapping}</qti-response-declaration>`;
}

function template(name: string): string {
  return `<qti-response-processing template="${TEMPLATES}/${name}.xml"/>`;
}

function modal(identifier: string, title: string, html: string): string {
  return `<qti-modal-feedback outcome-identifier="FEEDBACK" identifier="${identifier}" show-hide="show" title="${title}"><qti-content-body>${html}</qti-content-body></qti-modal-feedback>`;
}
