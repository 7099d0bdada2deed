import "server-only";
import { AppError } from "@/lib/errors.ts";
import { questionContentSchema, type QuestionContent } from "@/lib/domain/questions/content.ts";
import type { Prisma, PrismaClient } from "@/lib/server/db/generated/client.ts";

type Db = PrismaClient | Prisma.TransactionClient;

const attemptInclude = {
  exam: { select: { code: true, slug: true, title: true, passMark: true } },
  items: {
    orderBy: { position: "asc" },
    include: {
      question: { select: { skillArea: { select: { key: true, name: true } }, caseStudy: { select: { id: true, title: true, tabs: true } } } },
      questionVersion: { select: { version: true, stem: true, content: true, explanation: true, references: true } },
    },
  },
} satisfies Prisma.AttemptInclude;

export type AttemptRow = Prisma.AttemptGetPayload<{ include: typeof attemptInclude }>;

/**
 * The learner's own attempt with everything needed to show or grade it. Someone else's attempt
 * is reported exactly like a missing one (404), so ids cannot be probed.
 */
export async function loadOwnAttempt(db: Db, userId: string, attemptId: string): Promise<AttemptRow> {
  const attempt = await db.attempt.findFirst({ where: { id: attemptId, userId }, include: attemptInclude });
  if (!attempt) throw new AppError("NOT_FOUND", "Attempt not found.");
  return attempt;
}

// Content was validated on import; parsing again here keeps a hand-edited row from reaching a learner half-formed.
const parsed = new WeakMap<object, QuestionContent>();
export function contentOf(version: { content: unknown }): QuestionContent {
  const key = version.content as object;
  let content = parsed.get(key);
  if (!content) {
    content = questionContentSchema.parse(version.content);
    parsed.set(key, content);
  }
  return content;
}

export function settingsOf(attempt: { settings: unknown; mode: string }): { feedback: "immediate" | "end" } {
  const settings = (attempt.settings ?? {}) as { feedback?: string };
  if (attempt.mode === "EXAM") return { feedback: "end" };
  return { feedback: settings.feedback === "end" ? "end" : "immediate" };
}

/** Locks the attempt row for the rest of the transaction: answers and submit of one attempt take turns. */
export async function lockAttempt(tx: Prisma.TransactionClient, attemptId: string, mode: "share" | "update"): Promise<void> {
  if (mode === "update") await tx.$queryRaw`SELECT id FROM "Attempt" WHERE id = ${attemptId} FOR UPDATE`;
  else await tx.$queryRaw`SELECT id FROM "Attempt" WHERE id = ${attemptId} FOR SHARE`;
}
