import type { QuestionContent } from "@/lib/domain/questions/content.ts";

export type VersionText = { stem: string; content: QuestionContent; explanation: string; references: readonly string[] };

/**
 * A question version as plain lines — stem, options with their key and why, explanation,
 * references — so two versions can be compared with a line diff an author can read.
 */
export function versionToLines(version: VersionText): string[] {
  return [
    "Stem:",
    ...indent(version.stem),
    "",
    ...answerLines(version.content),
    "",
    "Explanation:",
    ...indent(version.explanation),
    "",
    "References:",
    ...version.references.map((url) => `  - ${url}`),
  ];
}

function answerLines(content: QuestionContent): string[] {
  switch (content.type) {
    case "single":
    case "multiple":
      return [
        content.type === "multiple" ? `Options (choose ${content.options.filter((o) => o.correct).length}${content.partialCredit ? ", partial credit" : ""}):` : "Options (choose one):",
        ...content.options.flatMap((o) => entry(o.id, o.correct ? "[correct]" : "[wrong]", o.text, o.why)),
      ];
    case "yesno":
      return ["Statements:", ...content.statements.flatMap((s) => entry(s.id, s.answer ? "[yes]" : "[no]", s.text, s.why))];
    case "ordering":
      return ["Steps:", ...content.options.flatMap((o) => entry(o.id, o.position === undefined ? "[distractor]" : `[step ${o.position}]`, o.text, o.why))];
  }
}

function entry(id: string, mark: string, text: string, why: string): string[] {
  const [first = "", ...rest] = text.split("\n");
  return [`  ${id}. ${mark} ${first}`, ...rest.map((line) => `     ${line}`), ...why.split("\n").map((line, i) => `     ${i === 0 ? "why: " : "     "}${line}`)];
}

function indent(text: string): string[] {
  return text.split("\n").map((line) => (line ? `  ${line}` : ""));
}
