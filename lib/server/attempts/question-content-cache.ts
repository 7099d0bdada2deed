import "server-only";
import { questionContentSchema, type QuestionContent } from "@/lib/domain/questions/content.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";

// A question version never changes once written (an edit makes a new version), so its parsed
// content can be kept in memory for as long as the process lives. Bounded so a huge bank cannot
// grow it without limit; the oldest entries go first.
const MAX_ENTRIES = 5_000;
const cache = new Map<string, QuestionContent>();

/** The parsed content of one question version, read from the database at most once per process. */
export async function questionVersionContent(prisma: PrismaClient, questionVersionId: string): Promise<QuestionContent> {
  const cached = cache.get(questionVersionId);
  if (cached) return cached;
  const row = await prisma.questionVersion.findUniqueOrThrow({ where: { id: questionVersionId }, select: { content: true } });
  return parsedContent(questionVersionId, row.content);
}

/** The parsed content of a version whose stored content the caller has already read. */
export function parsedContent(questionVersionId: string, stored: unknown): QuestionContent {
  const cached = cache.get(questionVersionId);
  if (cached) return cached;
  const content = questionContentSchema.parse(stored);
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(questionVersionId, content);
  return content;
}
