/**
 * Text reduced to what a reader compares: case, accents, whitespace, Markdown emphasis and a
 * trailing full stop do not make two options different. Code spans keep every character
 * (`0 30 9 * * 1-5` and `0 30 9 1-5 * *` are different answers).
 */
export function normaliseText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part.slice(1, -1) : part.replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, "$2").toLowerCase()))
    .join("")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.;:!]+$/, "")
    .trim();
}
