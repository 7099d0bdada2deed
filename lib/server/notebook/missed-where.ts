import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client.ts";

export type NotebookFilters = { examCode?: string; skillArea?: string; q?: string };

/** A final answer: checked in practice, or in a submitted attempt. */
export function gradedItemsWhere(userId: string): Prisma.AttemptItemWhereInput {
  return {
    isCorrect: { not: null },
    answeredAt: { not: null },
    attempt: { userId },
    OR: [{ revealed: true }, { attempt: { status: "SUBMITTED" } }],
  };
}

/**
 * The notebook's rows: the learner's wrong final answers (unanswered questions are not mistakes
 * the learner made), optionally of one exam and skill area, whose question's wording in any
 * version contains `q`. Keyed by question, so every version of a question shares one entry.
 */
export function missedItemsWhere(userId: string, filters: NotebookFilters = {}): Prisma.AttemptItemWhereInput {
  const question: Prisma.QuestionWhereInput = {
    ...(filters.examCode ? { examCode: filters.examCode } : {}),
    ...(filters.skillArea ? { skillArea: { key: filters.skillArea } } : {}),
    ...(filters.q ? { versions: { some: { stem: { contains: filters.q, mode: "insensitive" } } } } : {}),
  };
  return { AND: [gradedItemsWhere(userId), { isCorrect: false, question }] };
}
