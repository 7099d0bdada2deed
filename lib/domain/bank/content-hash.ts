import { createHash } from "node:crypto";
import type { QuestionContent, QuestionType } from "@/lib/domain/questions/content.ts";

/** What a learner or a grader sees of a question. Status and topic are deliberately absent: changing them is not a new version. */
export type HashedQuestionFields = {
  examCode: string;
  skillAreaKey: string;
  caseStudyId?: string;
  type: QuestionType;
  difficulty: number;
  stem: string;
  content: QuestionContent;
  explanation: string;
  references: readonly string[];
};

export type HashedCaseStudyFields = { examCode: string; title: string; tabs: readonly { title: string; body: string }[] };

export function questionContentHash(fields: HashedQuestionFields): string {
  return sha256(
    canonicalJson({
      examCode: fields.examCode,
      skillAreaKey: fields.skillAreaKey,
      caseStudyId: fields.caseStudyId ?? null,
      type: fields.type,
      difficulty: fields.difficulty,
      stem: fields.stem,
      content: fields.content,
      explanation: fields.explanation,
      references: fields.references,
    }),
  );
}

export function caseStudyContentHash(fields: HashedCaseStudyFields): string {
  return sha256(canonicalJson({ examCode: fields.examCode, title: fields.title, tabs: fields.tabs }));
}

/** JSON with object keys sorted at every depth and undefined members dropped, so key order never changes a hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? "null" : canonicalJson(item))).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, member]) => member !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`).join(",")}}`;
}

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
