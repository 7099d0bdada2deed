import "server-only";
import { draftFromStored, type DraftStatus } from "@/lib/domain/authoring/question-draft.ts";
import { AppError } from "@/lib/errors.ts";
import { readStoredContent } from "@/lib/domain/authoring/stored-content.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { assertAuthor, type Actor } from "./actor.ts";
import type { AuthoringQuestionWithKeyDto } from "./dto.ts";

const STATUS: Record<string, DraftStatus> = { DRAFT: "draft", PUBLISHED: "published", RETIRED: "retired" };

/** A question's current version as the authoring form edits it — with its answer key. */
export async function getQuestionForEdit(prisma: PrismaClient, actor: Actor, questionId: string): Promise<AuthoringQuestionWithKeyDto> {
  assertAuthor(actor);
  const row = await prisma.question.findUnique({
    where: { id: questionId },
    select: {
      id: true,
      examCode: true,
      status: true,
      topic: true,
      difficulty: true,
      currentVersion: true,
      source: true,
      updatedAt: true,
      skillArea: { select: { key: true } },
      caseStudy: { select: { id: true, title: true } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "There is no such question.");
  const version = await prisma.questionVersion.findUnique({
    where: { questionId_version: { questionId, version: row.currentVersion } },
    select: { stem: true, content: true, explanation: true, references: true },
  });
  if (!version) throw new AppError("NOT_FOUND", "The question's current version is missing.");
  return {
    id: row.id,
    examCode: row.examCode,
    caseStudy: row.caseStudy,
    status: row.status,
    currentVersion: row.currentVersion,
    source: row.source,
    updatedAt: row.updatedAt.toISOString(),
    draft: draftFromStored({
      skillAreaKey: row.skillArea.key,
      topic: row.topic,
      difficulty: row.difficulty,
      status: STATUS[row.status]!,
      content: readStoredContent(version.content),
      stem: version.stem,
      explanation: version.explanation,
      references: version.references,
    }),
  };
}
