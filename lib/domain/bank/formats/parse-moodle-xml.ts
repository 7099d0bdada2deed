import { createCollector, type DraftCollector } from "./draft-collector.ts";
import type { DraftQuestion, FieldLocation, ParsedDrafts } from "./draft-question.ts";
import { typeFromWeights } from "./choice-weights.ts";
import { runImport } from "./finish-import.ts";
import { slugify } from "./import-id.ts";
import type { ImportInput, ImportOptions, ImportResult } from "./import-types.ts";
import { childElements, firstChild, textContent, type MarkupElement } from "./markup-node.ts";
import { markupToMarkdown } from "./markup-to-markdown.ts";
import { parseHtml } from "./parse-html.ts";
import { parseXml } from "./parse-xml.ts";
import { trueFalseToSeries } from "./true-false.ts";
import { startTags, type StartTag } from "./xml-locator.ts";

// Moodle XML (docs/import-formats.md): <quiz> of <question type="…">. Categories and tags feed the
// skill-area mapping; multichoice, multichoiceset and truefalse are read, every other type is
// unsupported. Lines come from the start tags of the raw text, matched to elements by order.

type Category = { name: string; line?: number };

export function parseMoodleXml(input: ImportInput, options: ImportOptions): ImportResult {
  return runImport(input, options, "Moodle XML", (text) => readMoodleXml(text, options));
}

function readMoodleXml(text: string, options: ImportOptions): ParsedDrafts {
  const collector = createCollector(options);
  const parsed = parseXml(text);
  if ("error" in parsed) {
    collector.fileProblem(parsed.error.line, parsed.error.message);
    return collector;
  }
  if (parsed.root.name !== "quiz") {
    collector.fileProblem(1, `not a Moodle XML file: the root element is <${parsed.root.name}>, not <quiz>`);
    return collector;
  }
  const questionTags: StartTag[] = [];
  const answerLines: number[][] = [];
  for (const tag of startTags(text)) {
    if (tag.name === "question") {
      questionTags.push(tag);
      answerLines.push([]);
    } else if (tag.name === "answer") answerLines.at(-1)?.push(tag.line);
  }
  let category: Category | undefined;
  childElements(parsed.root, "question").forEach((question, k) => {
    const tag = questionTags[k];
    const type = question.attrs.type ?? "";
    if (type === "category") {
      const name = plain(firstChild(question, "category")).trim();
      category = name ? { name, ...(tag ? { line: tag.line } : {}) } : undefined;
      return;
    }
    readQuestion(question, type, { path: `questions[${k}]`, tag, answerLines: answerLines[k] ?? [], category }, collector);
  });
  return collector;
}

type Place = { path: string; tag: StartTag | undefined; answerLines: number[]; category: Category | undefined };

function readQuestion(question: MarkupElement, type: string, place: Place, collector: DraftCollector): void {
  const line = place.tag?.line;
  const at = { ...(line === undefined ? {} : { line }), path: place.path };
  if (type !== "multichoice" && type !== "multichoiceset" && type !== "truefalse") {
    return collector.unsupported(at, `a Moodle ${type || "untyped"} question has no PassPath type`);
  }
  const answers = childElements(question, "answer");
  const locations = new Map<string, FieldLocation>([["", { ...(line === undefined ? {} : { line }) }]]);
  if (place.category?.line !== undefined) locations.set("skillArea", { line: place.category.line });
  const idNumber = plain(firstChild(question, "idnumber")).trim();
  const tags = childElements(firstChild(question, "tags") ?? emptyElement(), "tag").map((tag) => plain(tag).trim()).filter(Boolean);
  const categories = [...tags, ...(place.category ? [place.category.name] : [])];
  const name = plain(firstChild(question, "name")).trim();
  const explanation = rich(firstChild(question, "generalfeedback"));
  const stem = rich(firstChild(question, "questiontext"));
  const common: Omit<DraftQuestion, "stem" | "body"> = {
    basePath: place.path,
    ...(line === undefined ? {} : { line }),
    locations,
    ...(idNumber && slugify(idNumber) ? { id: slugify(idNumber)! } : {}),
    ...(categories.length ? { categories } : {}),
    ...(name ? { topic: name } : {}),
    ...(explanation ? { explanation } : {}),
  };

  if (type === "truefalse") {
    const right = answers.find((answer) => fraction(answer) === 100);
    if (!right) return collector.reject(at, "no answer has fraction 100 (the answer key is missing)");
    const value = rich(right).toLowerCase();
    if (value !== "true" && value !== "false") return collector.reject(at, `the correct answer of a true/false question must be true or false, not "${value}"`);
    const why = rich(firstChild(right, "feedback")) || answers.map((answer) => rich(firstChild(answer, "feedback"))).find(Boolean) || "";
    const series = trueFalseToSeries(stem);
    locations.set("statements[0]", { ...(line === undefined ? {} : { line }) });
    return collector.add({ ...common, stem: series.stem, body: { type: "yesno", statements: [{ text: series.statement, answer: value === "true", ...(why ? { why } : {}) }] } });
  }

  const weights = answers.map(fraction);
  const single = plain(firstChild(question, "single")).trim() !== "false" && type === "multichoice";
  const typed = type === "multichoiceset" ? allOrNothing(weights) : typeFromWeights(weights, single);
  if ("message" in typed) return collector.reject(at, typed.message);
  place.answerLines.forEach((answerLine, i) => locations.set(`options[${i}]`, { line: answerLine }));
  const options = answers.map((answer) => {
    const why = rich(firstChild(answer, "feedback"));
    return { text: rich(answer), correct: fraction(answer) > 0, ...(why ? { why } : {}) };
  });
  collector.add({ ...common, stem, body: typed.type === "single" ? { type: "single", options } : { type: "multiple", options, partialCredit: typed.partialCredit } });
}

/** Moodle's all-or-nothing multiple choice (qtype_multichoiceset): every answer with credit is correct. */
function allOrNothing(weights: number[]): { type: "single" } | { type: "multiple"; partialCredit: false } | { message: string } {
  const correct = weights.filter((w) => w > 0).length;
  if (correct === 0) return { message: "no answer earns credit (the answer key is missing)" };
  return correct === 1 ? { type: "single" } : { type: "multiple", partialCredit: false };
}

function fraction(answer: MarkupElement): number {
  const value = Number(answer.attrs.fraction ?? "0");
  return Number.isFinite(value) ? value : 0;
}

/** The Markdown of an element holding `<text>` in its `format` (html by default, as Moodle writes it). */
function rich(element: MarkupElement | undefined): string {
  if (!element) return "";
  const text = plain(firstChild(element, "text"));
  const format = element.attrs.format ?? "html";
  return format === "html" || format === "moodle_auto_format" ? markupToMarkdown(parseHtml(text)) : text.trim();
}

function plain(element: MarkupElement | undefined): string {
  if (!element) return "";
  const text = firstChild(element, "text");
  return textContent(text ?? element);
}

function emptyElement(): MarkupElement {
  return { name: "", attrs: {}, children: [] };
}
