/** Option letters of the CSV format, in display order. */
export const CSV_LETTERS = ["a", "b", "c", "d", "e", "f"] as const;

/** Columns of the CSV import, in the order the template lists them (docs/import-formats.md). */
export const CSV_COLUMNS = [
  "id",
  "exam",
  "skill_area",
  "topic",
  "type",
  "difficulty",
  "stem",
  ...CSV_LETTERS.map((letter) => `option_${letter}`),
  "correct",
  ...CSV_LETTERS.map((letter) => `why_${letter}`),
  "explanation",
  "references",
  "partial_credit",
  "status",
] as const;

export const REQUIRED_CSV_COLUMNS = ["stem", "option_a", "option_b", "correct"] as const;

/** A header cell as a column name: `Option A`, `option-a` and `OPTION_A` all name option_a. */
export function columnName(header: string): string {
  return header.trim().toLowerCase().replace(/[\s-]+/g, "_");
}
