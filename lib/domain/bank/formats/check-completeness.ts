import { formatPath } from "../problem.ts";
import { skillAreaFileQuestionSchema, type SourceQuestion } from "../source-schema.ts";
import type { DraftQuestion } from "./draft-question.ts";
import type { DraftIssue } from "./validate-draft.ts";

const IMAGE = /!\[[^\]\n]*\]\(\s*<?([^)\s>]+)/g;

/**
 * What a valid draft still lacks before it can be published: the bank's own rules (a `why` per
 * option, an explanation, an official reference, a topic, 3–6 options …) checked by the bank's
 * schema, plus what the schema cannot see — a difficulty the source never gave, and images that
 * are not web addresses (a relative path or a Moodle file reference shows nothing in the app).
 */
export function checkCompleteness(draft: DraftQuestion, source: SourceQuestion): DraftIssue[] {
  const issues: DraftIssue[] = [];
  const parsed = skillAreaFileQuestionSchema.safeParse(source);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = formatPath(issue.path.map((segment) => (typeof segment === "number" ? segment : String(segment))));
      issues.push({ path, message: issue.message === "must not be empty" ? "is missing" : issue.message });
    }
  }
  if (draft.difficulty === undefined) issues.push({ path: "difficulty", message: `is not given in this format; set to ${source.difficulty}` });
  for (const [path, text] of texts(source)) {
    for (const match of text.matchAll(IMAGE)) {
      const url = match[1] ?? "";
      if (!url.startsWith("https://")) issues.push({ path, message: `image ${url} is not an https:// address; upload it and link to it` });
    }
  }
  return issues.map((issue) => ({ path: issue.path, message: `${issue.message} (allowed in a draft; needed to publish)` }));
}

function texts(source: SourceQuestion): [string, string][] {
  const list = source.type === "yesno" ? "statements" : "options";
  const entries = source.type === "yesno" ? source.statements : source.options;
  return [["stem", source.stem], ...entries.map((entry, i): [string, string] => [`${list}[${i}].text`, entry.text]), ["explanation", source.explanation]];
}
