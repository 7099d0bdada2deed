import { escapeXml, escapeXmlAttribute } from "./html-entities.ts";

const FENCE = /^(```|~~~)\s*([\w+#-]*)\s*$/;
const BULLET = /^[-*+] (.*)$/;
const NUMBERED = /^\d+\. (.*)$/;

/**
 * The bank's Markdown as XHTML for QTI: fenced code, paragraphs, bullet and numbered lists, and
 * inline code, bold, italics, links and images. Anything else (tables, headings) stays as literal
 * text in a paragraph. Line breaks inside a paragraph are kept as they are, so reading the XHTML
 * back (markupToMarkdown) gives the same Markdown.
 */
export function markdownToHtml(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) out.push(paragraphHtml(paragraph));
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = FENCE.exec(line);
    if (fence) {
      flush();
      const code: string[] = [];
      let j = i + 1;
      while (j < lines.length && lines[j]!.trim() !== fence[1]) code.push(lines[j++]!);
      const language = fence[2] ? ` class="language-${escapeXmlAttribute(fence[2])}"` : "";
      out.push(`<pre><code${language}>${escapeXml(code.join("\n"))}</code></pre>`);
      i = j;
    } else if (!line.trim()) {
      flush();
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return out.join("\n");
}

function paragraphHtml(lines: string[]): string {
  const list = BULLET.test(lines[0]!) ? { tag: "ul" as const, marker: BULLET } : NUMBERED.test(lines[0]!) ? { tag: "ol" as const, marker: NUMBERED } : undefined;
  if (!list) return `<p>${inlineHtml(lines.map((line) => line.trim()).join("\n"))}</p>`;
  // A line that does not start a new item continues the one before (an indented wrap).
  const items: string[][] = [];
  for (const line of lines) {
    const item = list.marker.exec(line);
    if (item) items.push([item[1]!]);
    else items.at(-1)!.push(line.trim());
  }
  return `<${list.tag}>${items.map((item) => `<li>${inlineHtml(item.join("\n"))}</li>`).join("")}</${list.tag}>`;
}

/** One paragraph's inline Markdown as XHTML. */
export function inlineHtml(text: string): string {
  // Code spans first: nothing inside them is Markdown.
  return text
    .split(/(`[^`\n]+`)/)
    .map((part, i) => (i % 2 === 1 ? `<code>${escapeXml(part.slice(1, -1))}</code>` : spanHtml(part)))
    .join("");
}

function spanHtml(text: string): string {
  return escapeXml(text)
    .replace(/!\[([^\]\n]*)\]\(([^)\s]+)\)/g, (_, alt: string, src: string) => `<img src="${attribute(src)}" alt="${attribute(alt)}"/>`)
    .replace(/\[([^\]\n]+)\]\(([^)\s]+)\)/g, (_, label: string, href: string) => `<a href="${attribute(href)}">${label}</a>`)
    .replace(/\*\*([^*\n]+)\*\*/g, "<strong>$1</strong>")
    .replace(/(^|[^*])\*([^*\s][^*\n]*?)\*(?!\*)/g, "$1<em>$2</em>");
}

/** Undo the text escaping for an attribute value (it was escaped with the text) and escape it as an attribute. */
function attribute(value: string): string {
  return escapeXmlAttribute(value.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"));
}
