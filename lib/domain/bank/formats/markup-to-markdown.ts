import { isElement, textContent, type MarkupElement, type MarkupNode } from "./markup-node.ts";

const BLOCK_CONTAINERS = new Set([
  "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "figure", "figcaption", "center", "address",
  "body", "html", "dl", "dt", "dd", "qti-content-body", "qti-prompt", "qti-item-body", "qti-rubric-block",
]);
const BLOCK_HANDLED = new Set(["ul", "ol", "pre", "blockquote", "table", "hr", "h1", "h2", "h3", "h4", "h5", "h6"]);
/** Never shown as text: scripts, styles, embedded frames and media, forms. */
const DROPPED = new Set(["script", "style", "iframe", "object", "embed", "noscript", "template", "head", "title", "svg", "video", "audio", "canvas", "form", "input", "button", "select", "textarea"]);
const SAFE_LINK = /^(https?:|mailto:)/i;
const UNSAFE_IMAGE = /^(javascript|vbscript|data|file):/i;

export type MarkdownOptions = { /** Elements to leave out, with their content (for example QTI interactions inside an item body). */ skip?: (element: MarkupElement) => boolean };

/**
 * HTML (or QTI XHTML) as the Markdown the bank stores: paragraphs, lists, code blocks, tables,
 * emphasis, links and images. Only http(s)/mailto links and images without a script or data URL
 * survive, and scripts, styles, frames and forms are dropped with their content. Text that looks
 * like a tag (`<queue>-poison`) stays text: the bank's Markdown, imported or authored, is rendered
 * without raw HTML.
 */
export function markupToMarkdown(nodes: readonly MarkupNode[], options: MarkdownOptions = {}): string {
  const out: string[] = [];
  blocks(nodes, out, options);
  return out.join("\n\n").replace(/\n{3,}/g, "\n\n").trim();
}

function blocks(nodes: readonly MarkupNode[], out: string[], options: MarkdownOptions): void {
  let inline = "";
  const flush = () => {
    const text = inline
      .split("\n")
      .map((line) => line.trim())
      .join("\n")
      .replace(/\n{2,}/g, "\n")
      .trim();
    if (text) out.push(text);
    inline = "";
  };
  for (const node of nodes) {
    if (!isElement(node)) {
      inline += inlineText(node);
      continue;
    }
    if (DROPPED.has(node.name) || options.skip?.(node)) continue;
    if (BLOCK_CONTAINERS.has(node.name)) {
      flush();
      blocks(node.children, out, options);
    } else if (BLOCK_HANDLED.has(node.name)) {
      flush();
      const block = blockOf(node, options);
      if (block) out.push(block);
    } else {
      inline += inlineOf(node, options);
    }
  }
  flush();
}

function blockOf(element: MarkupElement, options: MarkdownOptions): string {
  switch (element.name) {
    case "ul":
    case "ol":
      return listOf(element, options);
    case "pre":
      return codeBlockOf(element);
    case "blockquote":
      return markupToMarkdown(element.children, options)
        .split("\n")
        .map((line) => (line ? `> ${line}` : ">"))
        .join("\n");
    case "table":
      return tableOf(element, options);
    case "hr":
      return "---";
    default: {
      const level = Number(element.name.slice(1));
      const text = inlineChildren(element, options).replace(/\s+/g, " ").trim();
      return text ? `${"#".repeat(level)} ${text}` : "";
    }
  }
}

function listOf(list: MarkupElement, options: MarkdownOptions): string {
  const items = list.children.filter((node): node is MarkupElement => isElement(node) && node.name === "li");
  return items
    .map((item, i) => {
      const marker = list.name === "ol" ? `${i + 1}. ` : "- ";
      const [first = "", ...rest] = markupToMarkdown(item.children, options).split("\n");
      const indent = " ".repeat(marker.length);
      return [marker + first, ...rest.map((line) => (line ? indent + line : line))].join("\n");
    })
    .join("\n");
}

function codeBlockOf(pre: MarkupElement): string {
  const code = pre.children.find((node): node is MarkupElement => isElement(node) && node.name === "code");
  const language = /(?:^|\s)(?:language|lang)-([\w+#-]+)/.exec(code?.attrs.class ?? "")?.[1] ?? "";
  const text = textContent(pre).replace(/\r\n?/g, "\n").replace(/^\n/, "").replace(/\n$/, "");
  const fence = text.includes("```") ? "~~~" : "```";
  return `${fence}${language}\n${text}\n${fence}`;
}

function tableOf(table: MarkupElement, options: MarkdownOptions): string {
  const rows: string[][] = [];
  const collect = (element: MarkupElement) => {
    for (const node of element.children) {
      if (!isElement(node)) continue;
      if (node.name === "tr") {
        rows.push(node.children.filter((cell): cell is MarkupElement => isElement(cell) && (cell.name === "td" || cell.name === "th")).map((cell) => cellText(cell, options)));
      } else if (node.name === "thead" || node.name === "tbody" || node.name === "tfoot") {
        collect(node);
      }
    }
  };
  collect(table);
  if (rows.length === 0) return "";
  const width = Math.max(...rows.map((row) => row.length));
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? "").join(" | ")} |`;
  return [line(rows[0]!), line(Array.from({ length: width }, () => "---")), ...rows.slice(1).map(line)].join("\n");
}

function cellText(cell: MarkupElement, options: MarkdownOptions): string {
  return markupToMarkdown(cell.children, options).replace(/\s*\n\s*/g, " ").replace(/\|/g, "\\|");
}

function inlineChildren(element: MarkupElement, options: MarkdownOptions): string {
  return element.children.map((node) => (isElement(node) ? inlineOf(node, options) : inlineText(node))).join("");
}

function inlineOf(element: MarkupElement, options: MarkdownOptions): string {
  if (DROPPED.has(element.name) || options.skip?.(element)) return "";
  switch (element.name) {
    case "br":
      return "\n";
    case "strong":
    case "b":
      return wrap("**", inlineChildren(element, options));
    case "em":
    case "i":
      return wrap("*", inlineChildren(element, options));
    case "code":
    case "kbd":
    case "samp":
    case "tt":
      return codeSpan(textContent(element));
    case "a": {
      const label = inlineChildren(element, options).trim();
      const href = (element.attrs.href ?? "").trim();
      if (!SAFE_LINK.test(href)) return label;
      return label && label !== href ? `[${label}](${href})` : href;
    }
    case "img": {
      const src = (element.attrs.src ?? "").trim();
      const alt = (element.attrs.alt ?? "").replace(/[[\]\n]/g, " ").trim();
      return src && !UNSAFE_IMAGE.test(src) ? `![${alt}](${src.replace(/ /g, "%20")})` : alt;
    }
    default:
      // Block content nested inside inline markup (a <p> in a <span>) still ends up as text.
      return BLOCK_CONTAINERS.has(element.name) || BLOCK_HANDLED.has(element.name) ? `\n${markupToMarkdown([element], options)}\n` : inlineChildren(element, options);
  }
}

/** Whitespace as a browser shows it, with newlines kept as Markdown soft breaks. */
function inlineText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\f\v\u00a0]+/g, " ")
    .replace(/ ?\n ?/g, "\n");
}

function wrap(mark: string, inner: string): string {
  const core = inner.trim();
  if (!core) return inner;
  const lead = inner.slice(0, inner.length - inner.trimStart().length);
  const trail = inner.slice(inner.trimEnd().length);
  return `${lead}${mark}${core}${mark}${trail}`;
}

function codeSpan(code: string): string {
  const text = code.replace(/\s*\n\s*/g, " ");
  if (!text.includes("`")) return `\`${text}\``;
  return `\`\` ${text} \`\``;
}
