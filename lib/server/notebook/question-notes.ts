import "server-only";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import type { NoteDto } from "./dto.ts";

/**
 * The learner's own note on a question they have met in an attempt; one note per question, kept
 * across the question's versions. A question the learner never saw is a 404, as if it did not exist.
 */
export async function saveNote(prisma: PrismaClient, userId: string, questionId: string, text: string): Promise<NoteDto> {
  await assertMet(prisma, userId, questionId);
  const note = await prisma.questionNote.upsert({
    where: { userId_questionId: { userId, questionId } },
    create: { userId, questionId, text },
    update: { text },
    select: { text: true, updatedAt: true },
  });
  return { text: note.text, updatedAt: note.updatedAt.toISOString() };
}

export async function deleteNote(prisma: PrismaClient, userId: string, questionId: string): Promise<void> {
  const { count } = await prisma.questionNote.deleteMany({ where: { userId, questionId } });
  if (count === 0) throw new AppError("NOT_FOUND", "There is no note on this question.");
}

async function assertMet(prisma: PrismaClient, userId: string, questionId: string): Promise<void> {
  const met = await prisma.attemptItem.count({ where: { questionId, attempt: { userId } } });
  if (met === 0) throw new AppError("NOT_FOUND", "Question not found.");
}
