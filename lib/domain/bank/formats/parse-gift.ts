import { QUESTION_STATUSES, type QuestionStatus } from "../source-schema.ts";
import { createCollector, type DraftCollector } from "./draft-collector.ts";
import { typeFromWeights, type WeightedType } from "./choice-weights.ts";
import type { DraftChoice, DraftQuestion, FieldLocation, ParsedDrafts } from "./draft-question.ts";
import { runImport } from "./finish-import.ts";
import { findLastUnescaped, findUnescaped, giftTextToMarkdown, unescapeGift, type GiftTextFormat } from "./gift-text.ts";
import type { ImportInput, ImportOptions, ImportResult } from "./import-types.ts";
import { lineIndex } from "./line-index.ts";
import { trueFalseToSeries } from "./true-false.ts";

// Moodle GIFT (docs/import-formats.md). Questions are separated by blank lines; `//` lines are
// comments, except that `// key: value` lines opening a question carry what GIFT has no syntax
// for (id, difficulty, status, case study, references, partial credit), as toGift writes them.

const META_LINE = /^\s*\/\/\s*([a-z][a-z-]*)\s*:\s*(.*?)\s*$/i;
const WEIGHT = /^\s*%(-?\d+(?:\.\d+)?)%/;
const TRUE_FALSE = /^(T|TRUE|F|FALSE)$/i;

type Meta = { id?: string; difficulty?: number; status?: QuestionStatus; caseStudyId?: string; references: string[]; partialCredit?: boolean; lines: Map<string, number> };
type Block = { body: string; lineAt: (offset: number) => number; meta: Meta };
type Answer = { marker: "=" | "~"; weight?: number; text: string; why: string; line: number };

export function parseGift(input: ImportInput, options: ImportOptions): ImportResult {
  return runImport(input, options, "GIFT", (text) => readGift(text, options));
}

function readGift(text: string, options: ImportOptions): ParsedDrafts {
  const collector = createCollector(options);
  const lines = text.split(/\r?\n/);
  let category: { name: string; line: number } | undefined;
  let index = 0;
  let start = -1;
  for (let i = 0; i <= lines.length; i++) {
    const blank = i === lines.length || !lines[i]!.trim();
    if (!blank && start < 0) start = i;
    if (!blank || start < 0) continue;
    const blockLines = lines.slice(start, i);
    const firstLine = start + 1;
    start = -1;
    const meta = readMeta(blockLines, firstLine, collector);
    // Comment lines become empty lines, so an offset in the body still maps to its line.
    const body = blockLines.map((line) => (line.trimStart().startsWith("//") ? "" : line)).join("\n");
    const lineAt = lineIndex(body, firstLine);
    let from = body.search(/\S/);
    if (from < 0) continue;
    if (body.startsWith("$CATEGORY:", from)) {
      const eol = body.indexOf("\n", from);
      const end = eol < 0 ? body.length : eol;
      category = { name: unescapeGift(body.slice(from + "$CATEGORY:".length, end)).trim(), line: lineAt(from) };
      from = body.slice(end).search(/\S/);
      if (from < 0) continue;
      from += end;
    }
    if (meta) readQuestion({ body, lineAt, meta }, from, `questions[${index}]`, category, collector);
    else collector.reject({ line: firstLine, path: `questions[${index}]` }, "the question is left out because of the problems in its comment lines");
    index += 1;
    if (collector.full()) break;
  }
  return collector;
}

function readMeta(lines: string[], firstLine: number, collector: DraftCollector): Meta | undefined {
  const meta: Meta = { references: [], lines: new Map() };
  let valid = true;
  for (const [i, line] of lines.entries()) {
    if (!line.trimStart().startsWith("//")) break;
    const match = META_LINE.exec(line);
    if (!match) continue;
    const key = match[1]!.toLowerCase();
    const value = match[2]!;
    const at = { line: firstLine + i, path: `// ${key}` };
    const bad = (message: string) => {
      collector.fileProblem(at.line, `// ${key}: ${message}`);
      valid = false;
    };
    if (key === "id") meta.id = value;
    else if (key === "difficulty") meta.difficulty = Number(value);
    else if (key === "case-study") meta.caseStudyId = value;
    else if (key === "reference" || key === "references") meta.references.push(...value.split(/[\s;]+/).filter(Boolean));
    else if (key === "status") {
      if ((QUESTION_STATUSES as readonly string[]).includes(value)) meta.status = value as QuestionStatus;
      else bad(`must be ${QUESTION_STATUSES.join(", ")}`);
    } else if (key === "partial-credit") {
      if (/^(yes|true)$/i.test(value)) meta.partialCredit = true;
      else if (/^(no|false)$/i.test(value)) meta.partialCredit = false;
      else bad("must be yes or no");
    } else continue;
    meta.lines.set(key, at.line);
  }
  return valid ? meta : undefined;
}

function readQuestion(block: Block, from: number, path: string, category: { name: string; line: number } | undefined, collector: DraftCollector): void {
  const { body, lineAt } = block;
  const line = lineAt(from);
  let pos = from;
  let title: string | undefined;
  if (body.startsWith("::", pos)) {
    const end = findUnescaped(body, "::", pos + 2);
    if (end < 0) return collector.reject({ line, path: `${path}.title` }, "the title opened with :: is not closed");
    title = unescapeGift(body.slice(pos + 2, end)).trim();
    pos = end + 2;
  }
  const open = findUnescaped(body, "{", pos);
  if (open < 0) return collector.unsupported({ line, path }, "a description (text without an answer block) is not a question");
  const close = findUnescaped(body, "}", open + 1);
  if (close < 0) return collector.reject({ line: lineAt(open), path }, "the answer block opened with { is not closed (is the file truncated?)");
  if (findUnescaped(body, "{", close + 1) >= 0) return collector.unsupported({ line, path }, "a question with several answer blocks (embedded answers) has no PassPath type");

  const after = body.slice(close + 1);
  const question = giftTextToMarkdown(body.slice(pos, open) + (after.trim() ? `_____${after}` : ""), "moodle");
  const gf = findLastUnescaped(body, "####", open + 1, close);
  const answersEnd = gf < 0 ? close : gf;
  const explanation = gf < 0 ? undefined : giftTextToMarkdown(body.slice(gf + 4, close), question.format).text;
  const answers = body.slice(open + 1, answersEnd).trim();

  const locations = new Map<string, FieldLocation>([["", { line }]]);
  if (category) locations.set("skillArea", { line: category.line });
  if (gf >= 0) locations.set("explanation", { line: lineAt(gf) });
  for (const [key, metaLine] of block.meta.lines) locations.set(key === "case-study" ? "caseStudyId" : key === "reference" ? "references" : key, { line: metaLine });
  const common: Omit<DraftQuestion, "stem" | "body"> = {
    basePath: path,
    line,
    locations,
    ...(block.meta.id === undefined ? {} : { id: block.meta.id }),
    ...(category ? { categories: [category.name] } : {}),
    ...(title ? { topic: title } : {}),
    ...(block.meta.difficulty === undefined ? {} : { difficulty: block.meta.difficulty }),
    ...(block.meta.status ? { status: block.meta.status } : {}),
    ...(block.meta.caseStudyId ? { caseStudyId: block.meta.caseStudyId } : {}),
    ...(block.meta.references.length ? { references: block.meta.references } : {}),
    ...(explanation ? { explanation } : {}),
  };

  if (!answers) return collector.unsupported({ line, path }, "an essay question ({}) has no PassPath type");
  if (answers.startsWith("#")) return collector.unsupported({ line, path }, "a numerical question ({#…}) has no PassPath type");
  const start = open + 1;
  if (findUnescaped(body, "~", start, answersEnd) >= 0) {
    const read = readChoices(body, start, answersEnd, question.format, lineAt);
    if ("message" in read) return collector.reject({ line: read.line, path }, read.message);
    const typed = choiceType(read.answers, block.meta.partialCredit);
    if ("message" in typed) return collector.reject({ line, path }, typed.message);
    read.answers.forEach((answer, i) => locations.set(`options[${i}]`, { line: answer.line }));
    const options: DraftChoice[] = read.answers.map((a) => ({ text: a.text, correct: isCorrect(a), ...(a.why ? { why: a.why } : {}) }));
    return collector.add({ ...common, stem: question.text, body: typed.type === "single" ? { type: "single", options } : { type: "multiple", options, partialCredit: typed.partialCredit } });
  }
  if (findUnescaped(body, "=", start, answersEnd) >= 0 && findUnescaped(body, "->", start, answersEnd) >= 0) {
    return collector.unsupported({ line, path }, "a matching question (=… -> …) has no PassPath type");
  }
  const hash = findUnescaped(body, "#", start, answersEnd);
  const value = body.slice(start, hash < 0 ? answersEnd : hash).trim();
  if (!TRUE_FALSE.test(value)) return collector.unsupported({ line, path }, "a short-answer question (only = answers) has no PassPath type");

  // {T#feedback when answered wrongly#feedback when answered rightly}
  const secondHash = hash < 0 ? -1 : findUnescaped(body, "#", hash + 1, answersEnd);
  const wrong = hash < 0 ? "" : giftTextToMarkdown(body.slice(hash + 1, secondHash < 0 ? answersEnd : secondHash), question.format).text;
  const right = secondHash < 0 ? "" : giftTextToMarkdown(body.slice(secondHash + 1, answersEnd), question.format).text;
  const series = trueFalseToSeries(question.text);
  const why = right || wrong;
  locations.set("statements[0]", { line: lineAt(open) });
  collector.add({ ...common, stem: series.stem, body: { type: "yesno", statements: [{ text: series.statement, answer: /^T/i.test(value), ...(why ? { why } : {}) }] } });
}

function readChoices(body: string, start: number, end: number, format: GiftTextFormat, lineAt: (offset: number) => number): { answers: Answer[] } | { message: string; line: number } {
  const markers: number[] = [];
  for (let i = start; i < end; i++) {
    if (body[i] === "\\") i++;
    else if (body[i] === "=" || body[i] === "~") markers.push(i);
  }
  const first = markers[0] ?? end;
  if (body.slice(start, first).trim()) return { message: "text before the first answer: each answer must start with = or ~", line: lineAt(start) };
  const answers = markers.map((at, i): Answer => {
    let raw = body.slice(at + 1, markers[i + 1] ?? end);
    const weight = WEIGHT.exec(raw);
    if (weight) raw = raw.slice(weight[0].length);
    const hash = findUnescaped(raw, "#");
    return {
      marker: body[at] as "=" | "~",
      ...(weight ? { weight: Number(weight[1]) } : {}),
      text: giftTextToMarkdown(hash < 0 ? raw : raw.slice(0, hash), format).text,
      why: hash < 0 ? "" : giftTextToMarkdown(raw.slice(hash + 1), format).text,
      line: lineAt(at),
    };
  });
  return { answers };
}

function isCorrect(answer: Answer): boolean {
  return answer.marker === "=" || (answer.weight ?? 0) > 0;
}

/** `=` marks the one answer of a single choice; otherwise the `~%w%` weights decide (see typeFromWeights). */
function choiceType(answers: Answer[], partialCredit: boolean | undefined): WeightedType {
  const equals = answers.filter((a) => a.marker === "=").length;
  const weighted = answers.filter((a) => a.marker === "~" && (a.weight ?? 0) > 0).length;
  if (equals > 1) {
    return { message: `${equals} answers start with =: Moodle reads that as several fully correct answers of one single choice, which PassPath cannot score; keep one = or use ~%50% weights for a multiple-choice question` };
  }
  if (equals === 1) return weighted > 0 ? { message: "a single-choice question gives partial credit to another answer (~%w%), which PassPath cannot score" } : { type: "single" };
  if (weighted === 0) return { message: "no answer is correct (the answer key is missing): mark one with = or the correct ones with positive ~%weight%" };
  const typed = typeFromWeights(answers.map((a) => a.weight ?? 0), false);
  if ("message" in typed) return typed;
  return typed.type === "multiple" && partialCredit !== undefined ? { type: "multiple", partialCredit } : typed;
}
