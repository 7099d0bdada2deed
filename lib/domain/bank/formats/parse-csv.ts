import { parse } from "csv-parse/sync";
import { QUESTION_STATUSES, type QuestionStatus } from "../source-schema.ts";
import { columnName, CSV_COLUMNS, CSV_LETTERS, REQUIRED_CSV_COLUMNS } from "./csv-columns.ts";
import { createCollector, type DraftCollector } from "./draft-collector.ts";
import type { DraftBody, DraftQuestion, FieldLocation, ParsedDrafts } from "./draft-question.ts";
import { runImport } from "./finish-import.ts";
import type { ImportInput, ImportOptions, ImportResult } from "./import-types.ts";

// CSV with a header row naming the columns of csv-columns.ts (docs/import-formats.md). Each later
// row is one question; problems point at the row's line and the cell's column.

type Row = { cells: string[]; line: number };
type Cell = { value: string; at: FieldLocation };
type Columns = Map<string, number>;

const TYPES = ["single", "multiple", "yesno", "ordering"] as const;
type CsvType = (typeof TYPES)[number];

export function parseCsv(input: ImportInput, options: ImportOptions): ImportResult {
  return runImport(input, options, "CSV", (text) => readCsv(text, options));
}

function readCsv(text: string, options: ImportOptions): ParsedDrafts {
  const collector = createCollector(options);
  let rows: Row[];
  try {
    rows = records(text);
  } catch (error) {
    const lines = (error as { lines?: unknown }).lines;
    collector.fileProblem(typeof lines === "number" ? lines : undefined, `CSV: ${error instanceof Error ? error.message : String(error)}`);
    return collector;
  }
  const [header, ...data] = rows;
  if (!header) return collector;
  const columns = readHeader(header, collector);
  if (!columns) return collector;
  for (const [i, row] of data.entries()) {
    readRow(row, `rows[${i}]`, columns, header.cells.length, options, collector);
    if (collector.full()) break;
  }
  return collector;
}

function records(text: string): Row[] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = [",", ";", "\t"].reduce((best, candidate) => (count(firstLine, candidate) > count(firstLine, best) ? candidate : best));
  const parsed = parse(text, { delimiter, bom: true, info: true, raw: true, relax_column_count: true, skip_empty_lines: true }) as unknown as { record: string[]; info: { lines: number }; raw: string }[];
  return parsed.map(({ record, info, raw }) => {
    // info.lines is the record's last line; a quoted cell may span several.
    const spanned = count(raw.replace(/^[\r\n]+/, "").replace(/\r?\n$/, ""), "\n");
    return { cells: record, line: info.lines - spanned };
  });
}

function readHeader(header: Row, collector: DraftCollector): Columns | undefined {
  const columns: Columns = new Map();
  let valid = true;
  header.cells.forEach((cell, i) => {
    const name = columnName(cell);
    const at = { line: header.line, column: i + 1, path: cell };
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) {
      collector.reject(at, `unknown column "${cell}" (the columns are ${CSV_COLUMNS.join(", ")})`);
      valid = false;
    } else if (columns.has(name)) {
      collector.reject(at, `column ${name} appears twice`);
      valid = false;
    } else {
      columns.set(name, i);
    }
  });
  const missing = REQUIRED_CSV_COLUMNS.filter((name) => !columns.has(name));
  if (missing.length > 0) {
    collector.fileProblem(header.line, `the first row must be the header; it lacks ${missing.join(", ")}`);
    valid = false;
  }
  return valid ? columns : undefined;
}

function readRow(row: Row, path: string, columns: Columns, width: number, options: ImportOptions, collector: DraftCollector): void {
  const rowAt = { line: row.line, path };
  if (row.cells.length !== width) {
    const hint = row.cells.length < width ? "is the row, or the file, cut short?" : "is a comma inside a cell not quoted?";
    return collector.reject(rowAt, `the row has ${row.cells.length} cells, the header ${width} (${hint})`);
  }
  const cell = (name: string): Cell => {
    const index = columns.get(name);
    return { value: index === undefined ? "" : (row.cells[index] ?? "").trim(), at: { line: row.line, ...(index === undefined ? {} : { column: index + 1 }), field: name } };
  };
  const fail = (name: string, message: string) => collector.reject({ line: row.line, ...columnOf(columns, name), path: name }, message);

  const exam = cell("exam").value;
  if (exam && exam.toUpperCase() !== options.examCode.toUpperCase()) return fail("exam", `exam ${exam} does not match the exam of this import, ${options.examCode}`);
  const status = cell("status").value.toLowerCase();
  if (status && !(QUESTION_STATUSES as readonly string[]).includes(status)) return fail("status", `must be ${QUESTION_STATUSES.join(", ")}`);
  const partial = cell("partial_credit").value.toLowerCase();
  if (partial && !/^(yes|no|true|false|1|0)$/.test(partial)) return fail("partial_credit", "must be yes or no");
  const typeValue = cell("type").value.toLowerCase();
  if (typeValue && !(TYPES as readonly string[]).includes(typeValue)) return fail("type", `must be ${TYPES.join(", ")}`);

  const lastOption = CSV_LETTERS.findLastIndex((letter) => cell(`option_${letter}`).value !== "");
  const letters = CSV_LETTERS.slice(0, lastOption + 1);
  const gap = letters.find((letter) => cell(`option_${letter}`).value === "");
  if (gap) return fail(`option_${gap}`, `option_${gap} is empty but a later option is not`);
  const orphan = CSV_LETTERS.slice(lastOption + 1).find((letter) => cell(`why_${letter}`).value !== "");
  if (orphan) return fail(`why_${orphan}`, `why_${orphan} is given but option_${orphan} is empty`);

  const body = readBody(typeValue as CsvType | "", letters, cell, /^(yes|true|1)$/.test(partial));
  if ("message" in body) return fail(body.column, body.message);
  if (/^(yes|true|1)$/.test(partial) && body.type !== "multiple") return fail("partial_credit", "partial credit applies to multiple-choice questions only");

  const list = body.type === "yesno" ? "statements" : "options";
  const locations = new Map<string, FieldLocation>([["", { line: row.line }]]);
  const fields: [string, string][] = [
    ["id", "id"], ["topic", "topic"], ["stem", "stem"], ["explanation", "explanation"], ["references", "references"], ["difficulty", "difficulty"],
    ["skillArea", "skill_area"], ["partialCredit", "partial_credit"], ["type", "type"], ["status", "status"], [list, "option_a"],
  ];
  for (const [key, name] of fields) locations.set(key, cell(name).at);
  letters.forEach((letter, i) => {
    locations.set(`${list}[${i}]`, cell(`option_${letter}`).at);
    locations.set(`${list}[${i}].why`, cell(`why_${letter}`).at);
    locations.set(`${list}[${i}].position`, cell("correct").at);
  });

  const value = (name: string) => cell(name).value;
  const draft: DraftQuestion = {
    basePath: path,
    line: row.line,
    locations,
    ...(value("id") ? { id: value("id") } : {}),
    ...(value("skill_area") ? { categories: [value("skill_area")] } : {}),
    ...(value("topic") ? { topic: value("topic") } : {}),
    ...(value("difficulty") ? { difficulty: Number(value("difficulty")) } : {}),
    ...(status ? { status: status as QuestionStatus } : {}),
    stem: value("stem"),
    ...(value("explanation") ? { explanation: value("explanation") } : {}),
    references: value("references").split(/[\s;]+/).filter(Boolean),
    body,
  };
  collector.add(draft);
}

/** The options and answer key of a row. `correct` holds letters (B, A;C), a sequence for ordering (C;A;B), or yes/no per statement. */
function readBody(type: CsvType | "", letters: readonly string[], cell: (name: string) => Cell, partialCredit: boolean): DraftBody | { column: string; message: string } {
  const correct = cell("correct").value;
  if (!correct) return { column: "correct", message: "is empty (the answer key is missing)" };
  const tokens = correct.split(/[\s;,]+/).filter(Boolean);
  const text = (letter: string) => cell(`option_${letter}`).value;
  const why = (letter: string) => cell(`why_${letter}`).value;

  if (type === "yesno") {
    const answers = tokens.map((token) => (/^(yes|y|true)$/i.test(token) ? true : /^(no|n|false)$/i.test(token) ? false : undefined));
    const bad = tokens.find((_, i) => answers[i] === undefined);
    if (bad !== undefined) return { column: "correct", message: `"${bad}" is not yes or no (a yes/no row lists one answer per statement, e.g. yes;no;yes)` };
    if (answers.length !== letters.length) return { column: "correct", message: `gives ${answers.length} answers for ${letters.length} statements` };
    return { type: "yesno", statements: letters.map((letter, i) => ({ text: text(letter), answer: answers[i]!, ...(why(letter) ? { why: why(letter) } : {}) })) };
  }

  const picked: string[] = [];
  for (const token of tokens) {
    const letter = token.toLowerCase();
    if (!(CSV_LETTERS as readonly string[]).includes(letter)) return { column: "correct", message: `"${token}" is not an option letter A–F` };
    if (!letters.includes(letter)) return { column: "correct", message: `names ${token.toUpperCase()}, but option_${letter} is empty (the key points at no option)` };
    if (picked.includes(letter)) return { column: "correct", message: `names ${token.toUpperCase()} twice` };
    picked.push(letter);
  }
  if (type === "ordering") {
    return { type: "ordering", options: letters.map((letter) => ({ text: text(letter), ...(picked.includes(letter) ? { position: picked.indexOf(letter) + 1 } : {}), ...(why(letter) ? { why: why(letter) } : {}) })) };
  }
  const options = letters.map((letter) => ({ text: text(letter), correct: picked.includes(letter), ...(why(letter) ? { why: why(letter) } : {}) }));
  const resolved = type || (picked.length > 1 ? "multiple" : "single");
  return resolved === "multiple" ? { type: "multiple", options, partialCredit } : { type: "single", options };
}

function columnOf(columns: Columns, name: string): { column?: number } {
  const index = columns.get(name);
  return index === undefined ? {} : { column: index + 1 };
}

function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}
