import "server-only";
import { diffLines, diffStats } from "@/lib/domain/authoring/line-diff.ts";
import { versionToLines } from "@/lib/domain/authoring/version-lines.ts";
import { AppError } from "@/lib/errors.ts";
import { readStoredContent } from "@/lib/domain/authoring/stored-content.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { assertAuthor, type Actor } from "./actor.ts";
import type { QuestionHistoryDto } from "./dto.ts";

/**
 * Every version of a question, newest first, and a line diff between two of them — by default the
 * one before the current and the current. Unknown version numbers fall back to that default.
 */
export async function getQuestionHistory(prisma: PrismaClient, actor: Actor, questionId: string, pair: { from?: number; to?: number }): Promise<QuestionHistoryDto> {
  assertAuthor(actor);
  const row = await prisma.question.findUnique({ where: { id: questionId }, select: { id: true, examCode: true, currentVersion: true } });
  if (!row) throw new AppError("NOT_FOUND", "There is no such question.");
  const versions = await prisma.questionVersion.findMany({
    where: { questionId },
    orderBy: { version: "desc" },
    select: { version: true, createdAt: true, contentHash: true, stem: true, content: true, explanation: true, references: true, _count: { select: { reports: true } } },
  });
  const byNumber = new Map(versions.map((v) => [v.version, v]));
  let to = pair.to !== undefined && byNumber.has(pair.to) ? pair.to : row.currentVersion;
  let from = pair.from !== undefined && byNumber.has(pair.from) ? pair.from : versions.find((v) => v.version < to)?.version;
  if (from !== undefined && from > to) [from, to] = [to, from];
  const before = from === undefined ? undefined : byNumber.get(from);
  const after = byNumber.get(to);
  const lines = before && after ? diffLines(versionToLines(textOf(before)), versionToLines(textOf(after))) : null;

  return {
    id: row.id,
    examCode: row.examCode,
    currentVersion: row.currentVersion,
    versions: versions.map((v) => ({
      version: v.version,
      createdAt: v.createdAt.toISOString(),
      contentHash: v.contentHash,
      current: v.version === row.currentVersion,
      reports: v._count.reports,
    })),
    diff: lines && from !== undefined ? { from, to, lines, ...diffStats(lines) } : null,
  };
}

function textOf(version: { stem: string; content: unknown; explanation: string; references: string[] }) {
  return { stem: version.stem, content: readStoredContent(version.content), explanation: version.explanation, references: version.references };
}
