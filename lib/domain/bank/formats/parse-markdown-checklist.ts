import { createCollector, type DraftCollector } from "./draft-collector.ts";
import type { FieldLocation, ParsedDrafts } from "./draft-question.ts";
import { runImport } from "./finish-import.ts";
import type { ImportInput, ImportOptions, ImportResult } from "./import-types.ts";

// The checklist style of public question collections (docs/import-formats.md): `### stem`, stem
// lines up to the first `- [x]` / `- [ ]` option, then optional explanation and reference lines.
// `#` and `##` headings are sections, offered to the skill-area mapping.

const SECTION = /^(#{1,2})\s+(.+?)\s*#*\s*$/;
const QUESTION = /^###\s+(.+?)\s*#*\s*$/;
const OPTION = /^\s*[-*+]\s+\[([ xX])\]\s*(.*)$/;
const FENCE = /^\s*(```|~~~)/;
const EXPLANATION_LABEL = /^\s*(?:\*\*|__)?(?:answer\s+)?explanation\s*:?\s*(?:\*\*|__)?\s*:?\s*(.*)$/i;
const REFERENCE_LABEL = /^\s*(?:\*\*|__)?(?:references?|sources?|learn more|see also)\s*:?\s*(?:\*\*|__)?\s*:?\s*(.*)$/i;
const URL = /https?:\/\/[^\s)<>\]]+/g;
const HAS_URL = /https?:\/\//;
/** Markdown links to anchors in the same page (`[⬆ Back to Top](#table-of-contents)`) are navigation, not content. */
const ANCHOR_LINK = /\[[^\]]*\]\(#[^)]*\)/g;

type Option = { text: string; correct: boolean; line: number };
type Open = {
  line: number;
  section?: { name: string; line: number };
  stem: string[];
  options: Option[];
  phase: "stem" | "options" | "after";
  after: "explanation" | "references" | undefined;
  explanation: string[];
  explanationLine?: number;
  references: string[];
  referencesLine?: number;
  fenceLine?: number;
};

export function parseMarkdownChecklist(input: ImportInput, options: ImportOptions): ImportResult {
  return runImport(input, options, "Markdown checklist", (text) => readChecklist(text, options));
}

function readChecklist(text: string, options: ImportOptions): ParsedDrafts {
  const collector = createCollector(options);
  const lines = text.split(/\r?\n/);
  let section: { name: string; line: number } | undefined;
  let open: Open | undefined;
  let index = 0;
  let fence: string | undefined;
  const close = () => {
    if (open) finish(open, `questions[${index++}]`, collector);
    open = undefined;
  };

  for (const [i, line] of lines.entries()) {
    const lineNumber = i + 1;
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence !== undefined || fenceMark) {
      if (fence === undefined) fence = fenceMark;
      else if (fenceMark === fence) fence = undefined;
      if (open) {
        open.fenceLine = fence === undefined ? undefined : (open.fenceLine ?? lineNumber);
        appendText(open, line, lineNumber);
      }
      continue;
    }
    const sectionMatch = SECTION.exec(line);
    if (sectionMatch) {
      close();
      section = { name: sectionMatch[2]!, line: lineNumber };
      continue;
    }
    const question = QUESTION.exec(line);
    if (question) {
      close();
      open = { line: lineNumber, ...(section ? { section } : {}), stem: [question[1]!], options: [], phase: "stem", after: undefined, explanation: [], references: [] };
      if (collector.full()) break;
      continue;
    }
    const option = OPTION.exec(line);
    if (option) {
      if (!open) {
        collector.fileProblem(lineNumber, "a checklist option outside a question (no ### heading above it)");
        if (collector.full()) break;
      } else if (open.phase === "after") {
        collector.fileProblem(lineNumber, "an option after the question's explanation or references; options must follow one another");
      } else {
        open.phase = "options";
        open.options.push({ text: option[2]!.trim(), correct: option[1] !== " ", line: lineNumber });
      }
      continue;
    }
    if (!open) continue;
    const last = open.options.at(-1);
    if (open.phase === "options" && last && /^\s{2,}\S/.test(line)) {
      last.text += `\n${line.trim()}`;
      continue;
    }
    appendText(open, line, lineNumber);
  }
  if (open && fence !== undefined) {
    collector.reject({ line: open.fenceLine ?? open.line, path: `questions[${index}]` }, "a code block is opened and never closed (is the file truncated?)");
    return collector;
  }
  close();
  return collector;
}

function appendText(open: Open, line: string, lineNumber: number): void {
  if (open.phase === "stem") {
    open.stem.push(line);
    return;
  }
  if (!line.trim()) {
    if (open.after === "explanation") open.explanation.push("");
    return;
  }
  if (open.options.length > 0) open.phase = "after";
  const withoutAnchors = line.replace(ANCHOR_LINK, "").replace(/[*_\s|]/g, "");
  if (!withoutAnchors && !HAS_URL.test(line)) return;

  const explanation = EXPLANATION_LABEL.exec(line);
  const reference = REFERENCE_LABEL.exec(line);
  const rest = explanation?.[1] ?? reference?.[1] ?? line;
  if (explanation) {
    open.after = "explanation";
    open.explanationLine ??= lineNumber;
  } else if (reference) {
    open.after = "references";
    open.referencesLine ??= lineNumber;
  }
  const urls = rest.match(URL) ?? [];
  const onlyLinks = rest.replace(/\[[^\]]*\]\([^)]*\)/g, "").replace(URL, "").replace(/^[\s*+-]+|[\s.,;]+$/g, "") === "";
  if (urls.length > 0 && (open.after === "references" || onlyLinks)) {
    open.references.push(...urls);
    open.referencesLine ??= lineNumber;
    return;
  }
  if (rest.trim()) {
    open.explanation.push(rest.trim());
    open.explanationLine ??= lineNumber;
    if (open.after !== "explanation") open.after = "explanation";
  }
}

function finish(open: Open, path: string, collector: DraftCollector): void {
  if (open.options.length === 0) {
    return collector.reject({ line: open.line, path }, "no options (- [x] correct, - [ ] wrong) follow the question (is the file truncated?)");
  }
  const locations = new Map<string, FieldLocation>([["", { line: open.line }]]);
  if (open.section) locations.set("skillArea", { line: open.section.line });
  if (open.explanationLine !== undefined) locations.set("explanation", { line: open.explanationLine });
  if (open.referencesLine !== undefined) locations.set("references", { line: open.referencesLine });
  open.options.forEach((option, i) => locations.set(`options[${i}]`, { line: option.line }));
  const options = open.options.map((option) => ({ text: option.text, correct: option.correct }));
  const explanation = open.explanation.join("\n").replace(/\n{3,}/g, "\n\n").trim();
  collector.add({
    basePath: path,
    line: open.line,
    locations,
    ...(open.section ? { categories: [open.section.name] } : {}),
    stem: open.stem.join("\n").trim(),
    ...(explanation ? { explanation } : {}),
    ...(open.references.length ? { references: [...new Set(open.references)] } : {}),
    body: open.options.filter((o) => o.correct).length > 1 ? { type: "multiple", options, partialCredit: false } : { type: "single", options },
  });
}
