import { decodeEntities } from "./html-entities.ts";
import type { MarkupElement, MarkupNode } from "./markup-node.ts";

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
const RAW_TEXT = new Set(["script", "style", "textarea", "title"]);
/** Opening one of these ends an open paragraph, as browsers do. */
const ENDS_PARAGRAPH = new Set(["p", "div", "ul", "ol", "li", "pre", "table", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "hr"]);
/** Opening one of these ends an open one of the same name (`<li>a<li>b`). */
const ENDS_SAME = new Set(["p", "li", "tr", "td", "th", "option"]);
const LT = 60;
const GT = 62;
/** `"`, `'`, `>`, `/`, `=`, `<`: characters that end an attribute name (as does whitespace). */
const ENDS_ATTRIBUTE_NAME = new Set([34, 39, 62, 47, 61, 60]);
/** Deeper elements are read as siblings: real text is never this deep, and conversion recurses per level. */
export const MAX_MARKUP_DEPTH = 100;

/**
 * A forgiving HTML reader for question text from other tools (Moodle's editor output, pasted
 * Word HTML): unclosed and stray tags are tolerated, and no scan runs past the next `<`, so
 * hostile input costs linear time.
 */
export function parseHtml(html: string): MarkupNode[] {
  const root: MarkupElement = { name: "#root", attrs: {}, children: [] };
  const stack: MarkupElement[] = [root];
  let top = root;
  // Text between tags is gathered and decoded once, so noise full of stray `<` makes few nodes.
  let text: string[] = [];
  const flushText = () => {
    if (text.length > 0) top.children.push(decodeEntities(text.join("")));
    text = [];
  };
  let lower: string | undefined;
  let i = 0;

  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      text.push(html.slice(i));
      break;
    }
    if (lt > i) text.push(html.slice(i, lt));
    const skip = skipMarkup(html, lt);
    if (skip !== undefined) {
      if (html.startsWith("<![CDATA[", lt)) text.push(html.slice(lt + 9, Math.max(lt + 9, skip - 3)));
      i = skip;
      continue;
    }
    const tag = readTag(html, lt);
    if (!tag) {
      text.push("<");
      i = lt + 1;
      continue;
    }
    flushText();
    i = tag.end;
    if (tag.closing) {
      const at = stack.findLastIndex((element) => element.name === tag.name);
      if (at > 0) stack.length = at;
      top = stack[stack.length - 1]!;
      continue;
    }
    if (top.name === "p" && ENDS_PARAGRAPH.has(tag.name)) stack.pop();
    if (ENDS_SAME.has(tag.name) && stack[stack.length - 1]!.name === tag.name) stack.pop();
    top = stack[stack.length - 1]!;
    const element: MarkupElement = { name: tag.name, attrs: tag.attrs, children: [] };
    top.children.push(element);
    if (RAW_TEXT.has(tag.name) && !tag.selfClosing) {
      lower ??= html.toLowerCase();
      const close = lower.indexOf(`</${tag.name}`, i);
      element.children.push(html.slice(i, close < 0 ? html.length : close));
      const end = close < 0 ? -1 : html.indexOf(">", close);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    if (!VOID.has(tag.name) && !tag.selfClosing && stack.length <= MAX_MARKUP_DEPTH) {
      stack.push(element);
      top = element;
    }
  }
  flushText();
  return root.children;
}

/** Where a comment, CDATA section, doctype or processing instruction at `lt` ends; undefined when there is none. */
function skipMarkup(html: string, lt: number): number | undefined {
  const next = html[lt + 1];
  if (next !== "!" && next !== "?") return undefined;
  const [close, from] = html.startsWith("<!--", lt) ? ["-->", lt + 4] : html.startsWith("<![CDATA[", lt) ? ["]]>", lt + 9] : [">", lt + 2];
  const end = html.indexOf(close, from);
  return end < 0 ? html.length : end + close.length;
}

type Tag = { name: string; attrs: Record<string, string>; closing: boolean; selfClosing: boolean; end: number };

/** The tag starting at `lt`, or undefined when it is not one (then `<` is text). Never reads past the next `<`. */
function readTag(html: string, lt: number): Tag | undefined {
  let j = lt + 1;
  const closing = html.charCodeAt(j) === 47; // "/"
  if (closing) j++;
  if (!isLetter(html.charCodeAt(j))) return undefined;
  const nameStart = j;
  while (j < html.length && isNameChar(html.charCodeAt(j))) j++;
  const name = localName(html.slice(nameStart, j));
  const attrs: Record<string, string> = {};
  for (;;) {
    j = skipSpace(html, j);
    const ch = html[j];
    if (ch === undefined || ch === "<") return undefined;
    if (ch === ">") return { name, attrs, closing, selfClosing: false, end: j + 1 };
    if (ch === "/" && html[j + 1] === ">") return { name, attrs, closing, selfClosing: true, end: j + 2 };
    const attributeStart = j;
    while (j < html.length && !ENDS_ATTRIBUTE_NAME.has(html.charCodeAt(j)) && html.charCodeAt(j) > 32) j++;
    if (j === attributeStart) {
      j++;
      continue;
    }
    const attribute = html.slice(attributeStart, j).toLowerCase();
    j = skipSpace(html, j);
    if (html[j] !== "=") {
      attrs[attribute] = "";
      continue;
    }
    j = skipSpace(html, j + 1);
    const quote = html[j];
    const valueStart = quote === '"' || quote === "'" ? j + 1 : j;
    let k = valueStart;
    if (valueStart > j) {
      const quoteCode = quote!.charCodeAt(0);
      while (k < html.length && html.charCodeAt(k) !== quoteCode && html.charCodeAt(k) !== LT) k++;
      if (html[k] !== quote) return undefined;
    } else {
      while (k < html.length && html.charCodeAt(k) > 32 && html.charCodeAt(k) !== LT && html.charCodeAt(k) !== GT) k++;
    }
    attrs[attribute] = decodeEntities(html.slice(valueStart, k));
    j = valueStart > j ? k + 1 : k;
  }
}

function skipSpace(html: string, from: number): number {
  let j = from;
  while (j < html.length && (html.charCodeAt(j) <= 32)) j++;
  return j;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isNameChar(code: number): boolean {
  return isLetter(code) || (code >= 48 && code <= 58) || code === 45 || code === 46 || code === 95; // digits, ":", "-", ".", "_"
}

function localName(name: string): string {
  return name.slice(name.indexOf(":") + 1).toLowerCase();
}
