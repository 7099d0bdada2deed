import { createCollector, type DraftCollector } from "./draft-collector.ts";
import type { DraftBody, DraftQuestion, FieldLocation, ParsedDrafts } from "./draft-question.ts";
import { runImport } from "./finish-import.ts";
import { slugify } from "./import-id.ts";
import type { ImportInput, ImportOptions, ImportResult } from "./import-types.ts";
import { childElements, findElements, firstChild, type MarkupElement } from "./markup-node.ts";
import { markupToMarkdown } from "./markup-to-markdown.ts";
import { parseXml } from "./parse-xml.ts";
import { responseDeclarations, scoringOf, type ResponseDeclaration, type Scoring } from "./qti-response.ts";
import { startTags } from "./xml-locator.ts";

// QTI 3.0 (docs/import-formats.md): one qti-assessment-item per file. A choice interaction is a
// single (max-choices 1) or multiple choice, an order interaction an ordering question, and an
// item of several two-choice Yes/No interactions a yes/no series (as toQti writes it).

const SUPPORTED = new Set(["qti-choice-interaction", "qti-order-interaction"]);
const FEEDBACK = new Set(["qti-feedback-inline", "qti-feedback-block", "qti-modal-feedback"]);
const YES = /^(yes|true)$/i;
const NO = /^(no|false)$/i;
const NOT_ITEMS: Readonly<Record<string, string>> = {
  manifest: "an IMS content-package manifest, not an item",
  "qti-assessment-test": "an assessment test (it refers to items; import the item files)",
  "qti-assessment-section": "an assessment section, not an item",
  "qti-assessment-stimulus": "a shared stimulus, not an item",
};

type Lines = { item: number; choices: Map<MarkupElement, number>; interactions: Map<MarkupElement, number>; declarations: Map<string, number> };

export function parseQti(input: ImportInput, options: ImportOptions): ImportResult {
  return runImport(input, options, "QTI", (text) => readQti(text, options));
}

function readQti(text: string, options: ImportOptions): ParsedDrafts {
  const collector = createCollector(options);
  const parsed = parseXml(text);
  if ("error" in parsed) {
    collector.fileProblem(parsed.error.line, parsed.error.message);
    return collector;
  }
  const root = parsed.root;
  const notItem = NOT_ITEMS[root.name];
  if (notItem) {
    collector.skipped.push({ file: options.fileName, line: 1, reason: notItem });
  } else if (root.name === "assessmentitem") {
    collector.unsupported({ line: 1, path: "" }, "a QTI 2.x item (only QTI 3.0 qti-assessment-item is read)");
  } else if (root.name !== "qti-assessment-item") {
    collector.fileProblem(1, `not a QTI 3.0 item: the root element is <${root.name}>, not <qti-assessment-item>`);
  } else {
    readItem(root, linesOf(text, root), collector, options.fileName);
  }
  return collector;
}

function linesOf(text: string, root: MarkupElement): Lines {
  const tags = startTags(text);
  const choiceTags = tags.filter((tag) => tag.name === "qti-simple-choice");
  const interactionTags = tags.filter((tag) => tag.name.endsWith("-interaction"));
  const choices = new Map<MarkupElement, number>();
  findElements(root, (e) => e.name === "qti-simple-choice").forEach((element, i) => choices.set(element, choiceTags[i]?.line ?? 1));
  const interactions = new Map<MarkupElement, number>();
  findElements(root, (e) => e.name.endsWith("-interaction")).forEach((element, i) => interactions.set(element, interactionTags[i]?.line ?? 1));
  const declarations = new Map<string, number>();
  for (const tag of tags) {
    const identifier = /identifier\s*=\s*"([^"]*)"/.exec(tag.attributes)?.[1];
    if (tag.name === "qti-response-declaration" && identifier !== undefined) declarations.set(identifier, tag.line);
  }
  return { item: tags.find((tag) => tag.name === "qti-assessment-item")?.line ?? 1, choices, interactions, declarations };
}

function readItem(item: MarkupElement, lines: Lines, collector: DraftCollector, file: string): void {
  const at = { line: lines.item, path: "" };
  const body = firstChild(item, "qti-item-body");
  if (!body) return collector.reject(at, "the item has no qti-item-body");
  const interactions = findElements(body, (e) => e.name.endsWith("-interaction"));
  const other = interactions.find((interaction) => !SUPPORTED.has(interaction.name));
  if (other) return collector.unsupported({ line: lines.interactions.get(other) ?? lines.item, path: "" }, `a ${other.name} has no PassPath type`);
  if (interactions.length === 0) return collector.reject(at, "the item has no choice or order interaction");
  if (firstChild(item, "qti-template-declaration") || firstChild(item, "qti-template-processing")) {
    return collector.unsupported(at, "an item with template variables (a cloned item) has no PassPath type");
  }
  if (findElements(item, (e) => e.name === "qti-assessment-stimulus-ref").length > 0) {
    return collector.unsupported(at, "an item that refers to a shared stimulus cannot be read on its own");
  }
  const scoring = scoringOf(item);
  if (typeof scoring === "object") return collector.unsupported(at, `${scoring.unsupported} is not supported (only match_correct, or map_response for multiple choice)`);

  const declarations = responseDeclarations(item);
  const modal = childElements(item, "qti-modal-feedback");
  const blocks = findElements(body, (e) => e.name === "qti-feedback-block");
  const choiceIds = new Set(findElements(body, (e) => e.name === "qti-simple-choice").map((choice) => choice.attrs.identifier ?? ""));
  const explanation = [...modal, ...blocks]
    .filter((feedback) => !choiceIds.has(feedback.attrs.identifier ?? "") && !isReferences(feedback))
    .map((feedback) => markdown(feedback))
    .filter(Boolean)
    .join("\n\n");
  const references = modal.filter(isReferences).flatMap((feedback) => findElements(feedback, (e) => e.name === "a").map((a) => (a.attrs.href ?? "").trim()));
  const whyById = new Map(modal.filter((feedback) => choiceIds.has(feedback.attrs.identifier ?? "")).map((feedback) => [feedback.attrs.identifier!, markdown(feedback)]));

  const read = interactions.length === 1 ? readSingleInteraction(interactions[0]!, declarations, scoring, whyById, lines) : readSeries(interactions, declarations, scoring, whyById, lines);
  if ("message" in read) {
    if (read.unsupported) return collector.unsupported({ line: read.line, path: "" }, read.message);
    return collector.reject({ line: read.line, path: "" }, read.message);
  }
  const stem = [markupToMarkdown(body.children, { skip: (e) => e.name.endsWith("-interaction") || FEEDBACK.has(e.name) }), read.prompt].filter(Boolean).join("\n\n");
  const id = slugify(item.attrs.identifier ?? "");
  read.locations.set("", { line: lines.item });
  const draft: DraftQuestion = {
    basePath: "",
    line: lines.item,
    locations: read.locations,
    ...(id ? { id } : {}),
    ...(folderOf(file) ? { categories: [folderOf(file)!] } : {}),
    ...(item.attrs.title?.trim() ? { topic: item.attrs.title.trim() } : {}),
    stem,
    ...(explanation ? { explanation } : {}),
    ...(references.length ? { references } : {}),
    body: read.body,
  };
  collector.add(draft);
}

type Read = { body: DraftBody; prompt: string; locations: Map<string, FieldLocation> } | { message: string; line: number; unsupported?: boolean };

function readSingleInteraction(interaction: MarkupElement, declarations: Map<string, ResponseDeclaration>, scoring: Scoring, whyById: Map<string, string>, lines: Lines): Read {
  const line = lines.interactions.get(interaction) ?? lines.item;
  const key = keyOf(interaction, declarations, lines);
  if ("message" in key) return key;
  if (scoring === "match-each") return { message: "per-response scoring on an item with one interaction is not supported", line, unsupported: true };
  const choices = childElements(interaction, "qti-simple-choice");
  const ids = choices.map((choice) => choice.attrs.identifier ?? "");
  const stray = key.correct.find((value) => !ids.includes(value));
  if (stray !== undefined) return { message: `the correct response names ${stray}, which is no choice of the interaction (the answer key points at no option)`, line: key.line };
  const locations = new Map<string, FieldLocation>([["options", { line: key.line }]]);
  choices.forEach((choice, i) => locations.set(`options[${i}]`, { line: lines.choices.get(choice) ?? line }));
  const prompt = markdown(firstChild(interaction, "qti-prompt"));
  const why = (choice: MarkupElement) => inlineFeedback(choice) || whyById.get(choice.attrs.identifier ?? "") || "";

  if (interaction.name === "qti-order-interaction") {
    if (scoring === "map-response") return { message: "map_response scoring of an order interaction is not supported", line, unsupported: true };
    const options = choices.map((choice, i) => {
      const position = key.correct.indexOf(ids[i]!);
      return { text: choiceText(choice), ...(position >= 0 ? { position: position + 1 } : {}), ...withWhy(why(choice)) };
    });
    return { body: { type: "ordering", options }, prompt, locations };
  }
  const options = choices.map((choice, i) => ({ text: choiceText(choice), correct: key.correct.includes(ids[i]!), ...withWhy(why(choice)) }));
  const maxChoices = Number(interaction.attrs["max-choices"] ?? "1");
  if (maxChoices === 1) {
    if (scoring === "map-response") return { message: "map_response scoring of a single-choice interaction is not supported", line, unsupported: true };
    return { body: { type: "single", options }, prompt, locations };
  }
  return { body: { type: "multiple", options, partialCredit: scoring === "map-response" }, prompt, locations };
}

/** Several interactions are read only as a yes/no series: each a one-answer choice between Yes and No. */
function readSeries(interactions: MarkupElement[], declarations: Map<string, ResponseDeclaration>, scoring: Scoring, whyById: Map<string, string>, lines: Lines): Read {
  const first = lines.interactions.get(interactions[0]!) ?? lines.item;
  const notSeries = { message: "an item with several interactions is read only as a yes/no series (each a choice between Yes and No)", line: first, unsupported: true };
  if (scoring === "match-correct" || scoring === "map-response") return { ...notSeries, message: "an item with several interactions cannot be scored by a single-response template" };
  const locations = new Map<string, FieldLocation>();
  const statements = [];
  for (const [i, interaction] of interactions.entries()) {
    const choices = childElements(interaction, "qti-simple-choice");
    if (interaction.name !== "qti-choice-interaction" || choices.length !== 2) return notSeries;
    const yes = choices.find((choice) => YES.test(choiceText(choice)));
    const no = choices.find((choice) => NO.test(choiceText(choice)));
    if (!yes || !no) return notSeries;
    const key = keyOf(interaction, declarations, lines);
    if ("message" in key) return key;
    const correct = choices.find((choice) => choice.attrs.identifier === key.correct[0]);
    if (key.correct.length !== 1 || !correct) return { message: `the correct response of statement ${i + 1} must name its Yes or its No choice (the answer key points at no option)`, line: key.line };
    const why = inlineFeedback(correct) || choices.map(inlineFeedback).find(Boolean) || whyById.get(correct.attrs.identifier ?? "") || "";
    locations.set(`statements[${i}]`, { line: lines.interactions.get(interaction) ?? first });
    statements.push({ text: markdown(firstChild(interaction, "qti-prompt")), answer: correct === yes, ...withWhy(why) });
  }
  return { body: { type: "yesno", statements }, prompt: "", locations };
}

function keyOf(interaction: MarkupElement, declarations: Map<string, ResponseDeclaration>, lines: Lines): { correct: string[]; line: number } | { message: string; line: number } {
  const line = lines.interactions.get(interaction) ?? lines.item;
  const identifier = interaction.attrs["response-identifier"] ?? "";
  const declaration = declarations.get(identifier);
  if (!declaration) return { message: `no qti-response-declaration for the response ${identifier || "(unnamed)"}`, line };
  const declared = lines.declarations.get(identifier) ?? line;
  if (declaration.correct.length === 0) return { message: `the response ${identifier} has no qti-correct-response (the answer key is missing)`, line: declared };
  return { correct: declaration.correct, line: declared };
}

function choiceText(choice: MarkupElement): string {
  return markupToMarkdown(choice.children, { skip: (e) => FEEDBACK.has(e.name) });
}

function inlineFeedback(choice: MarkupElement): string {
  const feedback = findElements(choice, (e) => e.name === "qti-feedback-inline")[0];
  return feedback ? markdown(feedback) : "";
}

function markdown(element: MarkupElement | undefined): string {
  return element ? markupToMarkdown(element.children) : "";
}

function withWhy(why: string): { why?: string } {
  return why ? { why } : {};
}

function isReferences(feedback: MarkupElement): boolean {
  return (feedback.attrs.identifier ?? "").toUpperCase() === "REFERENCES";
}

/** Items in a folder of a package (`compute/item-1.xml`) offer the folder to the skill-area mapping. */
function folderOf(file: string): string | undefined {
  return file.split(/[\\/]/).slice(0, -1).at(-1) || undefined;
}
