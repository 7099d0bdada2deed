import { markupToMarkdown } from "./markup-to-markdown.ts";
import { parseHtml } from "./parse-html.ts";

export type GiftTextFormat = "moodle" | "html" | "plain" | "markdown";
const FORMAT_MARKER = /^\s*\[(moodle|html|plain|markdown)\]/;

/** Index of `needle` at or after `from` that is not part of a backslash escape, or -1. */
export function findUnescaped(text: string, needle: string, from = 0, to = text.length): number {
  for (let i = from; i < to; i++) {
    if (text[i] === "\\") i++;
    else if (text.startsWith(needle, i) && i + needle.length <= to) return i;
  }
  return -1;
}

/** The last unescaped `needle` in [from, to), or -1. */
export function findLastUnescaped(text: string, needle: string, from: number, to: number): number {
  let found = -1;
  for (let at = findUnescaped(text, needle, from, to); at >= 0; at = findUnescaped(text, needle, at + needle.length, to)) found = at;
  return found;
}

export function unescapeGift(text: string): string {
  return text.replace(/\\([\s\S])/g, (whole, ch: string) => (ch === "n" ? "\n" : ":#={}~\\".includes(ch) ? ch : whole));
}

export function escapeGift(text: string): string {
  return text.replace(/\r/g, "").replace(/[\\:#={}~]/g, "\\$&").replace(/\n/g, "\\n");
}

/** A piece of GIFT text as Markdown: its `[format]` marker (or the inherited one) decides whether HTML is converted. */
export function giftTextToMarkdown(raw: string, inherited: GiftTextFormat): { text: string; format: GiftTextFormat } {
  const marker = FORMAT_MARKER.exec(raw);
  const format = (marker?.[1] as GiftTextFormat | undefined) ?? inherited;
  const text = unescapeGift(marker ? raw.slice(marker[0].length) : raw).trim();
  return { text: format === "html" ? markupToMarkdown(parseHtml(text)) : text, format };
}
