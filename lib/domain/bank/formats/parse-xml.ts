import { XMLParser, XMLValidator } from "fast-xml-parser";
import { lineIndex } from "./line-index.ts";
import type { MarkupElement, MarkupNode } from "./markup-node.ts";
import { MAX_MARKUP_DEPTH } from "./parse-html.ts";

export type XmlResult = { root: MarkupElement } | { error: { line?: number; message: string } };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  removeNSPrefix: true,
  allowBooleanAttributes: true,
});

type OrderedEntry = Record<string, unknown> & { ":@"?: Record<string, string> };

/**
 * A well-formed XML document as markup nodes (element names lower-cased, namespace prefixes
 * dropped), or where it stops being well-formed. A DOCTYPE is refused: its entity declarations
 * are the classic way to make a small file expand without bound.
 */
export function parseXml(text: string): XmlResult {
  const doctype = /<!DOCTYPE/i.exec(text);
  if (doctype) return { error: { line: lineAt(text, doctype.index), message: "a DOCTYPE declaration is not accepted (entity declarations could expand without bound)" } };
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (valid !== true) return { error: validationError(text, valid.err) };
  let entries: OrderedEntry[];
  try {
    entries = parser.parse(text) as OrderedEntry[];
  } catch (error) {
    // The parser refuses nesting deeper than its limit (100 elements) rather than recurse without bound.
    return { error: { line: 1, message: `XML: ${error instanceof Error ? error.message : String(error)}` } };
  }
  if (depthOf(entries) > MAX_MARKUP_DEPTH) return { error: { line: 1, message: `the XML is nested more than ${MAX_MARKUP_DEPTH} elements deep` } };
  const root = toNodes(entries).find((node): node is MarkupElement => typeof node !== "string");
  return root ? { root } : { error: { line: 1, message: "the file holds no XML element" } };
}

/** Depth of the parsed tree, without recursion, so a hostile nesting is measured before anything recurses over it. */
function depthOf(entries: OrderedEntry[]): number {
  let deepest = 0;
  const pending: [OrderedEntry[], number][] = [[entries, 1]];
  while (pending.length > 0) {
    const [list, depth] = pending.pop()!;
    deepest = Math.max(deepest, depth);
    if (depth > MAX_MARKUP_DEPTH) break;
    for (const entry of list) {
      for (const [key, value] of Object.entries(entry)) if (key !== ":@" && key !== "#text" && Array.isArray(value)) pending.push([value as OrderedEntry[], depth + 1]);
    }
  }
  return deepest;
}

function toNodes(entries: readonly OrderedEntry[]): MarkupNode[] {
  const nodes: MarkupNode[] = [];
  for (const entry of entries) {
    for (const [key, value] of Object.entries(entry)) {
      if (key === ":@") continue;
      if (key === "#text") nodes.push(String(value));
      else nodes.push({ name: key.toLowerCase(), attrs: attributes(entry[":@"]), children: Array.isArray(value) ? toNodes(value as OrderedEntry[]) : [] });
    }
  }
  return nodes;
}

function attributes(raw: Record<string, string> | undefined): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw ?? {})) attrs[name.slice(name.indexOf(":") + 1).toLowerCase()] = String(value);
  return attrs;
}

function validationError(text: string, err: { code: string; msg: string; line: number }): { line?: number; message: string } {
  // The validator reports elements still open at the end as "Invalid '[ "quiz", "question" ]' found" on line 1.
  const unclosed = /^Invalid '\[(.*)\]' found\.?$/s.exec(err.msg);
  if (unclosed) {
    const names = (unclosed[1] ?? "").replace(/["\s]/g, "").split(",").filter(Boolean);
    return { line: lineAt(text, text.length), message: `XML: the file ends while ${names.map((n) => `<${n}>`).join(", ")} ${names.length === 1 ? "is" : "are"} still open; is it truncated?` };
  }
  return { line: err.line, message: `XML: ${err.msg}` };
}

function lineAt(text: string, offset: number): number {
  return lineIndex(text)(offset);
}
