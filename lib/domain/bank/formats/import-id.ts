import { SLUG_PATTERN } from "../source-schema.ts";

/** A source identifier (`Q_01`, `Item 7`) as a bank id (`q-01`, `item-7`); undefined when nothing usable is left. */
export function slugify(value: string): string | undefined {
  const slug = value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return SLUG_PATTERN.test(slug) ? slug : undefined;
}

/**
 * The id of a question whose source has none: exam, skill area and the start of the content hash.
 * The same content imported twice gets the same id, so the duplicate is caught rather than doubled.
 */
export function derivedId(examCode: string, skillAreaKey: string, contentHash: string): string {
  return `${slugify(examCode) ?? "exam"}-${skillAreaKey}-${contentHash.slice(0, 8)}`;
}
