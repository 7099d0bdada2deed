/** The stem of a one-statement yes/no series made from a true/false question that has no scenario of its own. */
export const TRUE_FALSE_STEM = "Select Yes if the statement is true. Otherwise, select No.";

/**
 * A true/false question's text as a yes/no series: the last paragraph is the statement and the
 * paragraphs before it the scenario; a single paragraph is the statement under a standard stem.
 */
export function trueFalseToSeries(text: string): { stem: string; statement: string } {
  const trimmed = text.trim();
  let cut = -1;
  for (const match of trimmed.matchAll(/\n[ \t]*\n/g)) cut = match.index;
  if (cut < 0) return { stem: TRUE_FALSE_STEM, statement: trimmed };
  return { stem: trimmed.slice(0, cut).trim(), statement: trimmed.slice(cut).trim() };
}

/** The reverse of trueFalseToSeries: the text of a true/false question for one statement. */
export function seriesToTrueFalse(stem: string, statement: string): string {
  return stem.trim() === TRUE_FALSE_STEM ? statement : `${stem.trim()}\n\n${statement}`;
}
