import "server-only";
import type { QuestionType } from "@/lib/domain/questions/content.ts";
import type { Prisma, PrismaClient } from "@/lib/server/db/generated/client.ts";
import { AUTHOR_PAGE_SIZE, type QuestionListQuery } from "@/lib/validation/authoring.ts";
import { assertAuthor, type Actor } from "./actor.ts";
import type { QuestionListDto } from "./dto.ts";

const TYPES: Record<string, QuestionType> = { SINGLE: "single", MULTIPLE: "multiple", YESNO: "yesno", ORDERING: "ordering" };
const DB_TYPES: Record<QuestionType, "SINGLE" | "MULTIPLE" | "YESNO" | "ORDERING"> = { single: "SINGLE", multiple: "MULTIPLE", yesno: "YESNO", ordering: "ORDERING" };

/**
 * The authoring list: filtered by exam, skill area, type, status and text in the current version's
 * stem (older versions do not match), the most recently changed first, one page at a time.
 */
export async function listQuestions(prisma: PrismaClient, actor: Actor, query: QuestionListQuery): Promise<QuestionListDto> {
  assertAuthor(actor);
  const where: Prisma.QuestionWhereInput = {
    ...(query.exam ? { examCode: query.exam } : {}),
    ...(query.area ? { skillArea: { key: query.area, ...(query.exam ? { examCode: query.exam } : {}) } } : {}),
    ...(query.type ? { type: DB_TYPES[query.type] } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(query.q ? { id: { in: await idsWithCurrentStemContaining(prisma, query.q) } } : {}),
  };
  const total = await prisma.question.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUTHOR_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const rows = await prisma.question.findMany({
    where,
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * AUTHOR_PAGE_SIZE,
    take: AUTHOR_PAGE_SIZE,
    select: {
      id: true,
      examCode: true,
      type: true,
      status: true,
      difficulty: true,
      topic: true,
      currentVersion: true,
      updatedAt: true,
      skillArea: { select: { key: true, name: true } },
      versions: { select: { version: true, stem: true }, orderBy: { version: "desc" } },
      _count: { select: { reports: { where: { status: "OPEN" } } } },
    },
  });
  return {
    items: rows.map((row) => ({
      id: row.id,
      examCode: row.examCode,
      skillArea: row.skillArea,
      type: TYPES[row.type]!,
      status: row.status,
      difficulty: row.difficulty,
      topic: row.topic,
      currentVersion: row.currentVersion,
      stemExcerpt: excerpt(row.versions.find((v) => v.version === row.currentVersion)?.stem ?? ""),
      openReports: row._count.reports,
      updatedAt: row.updatedAt.toISOString(),
    })),
    total,
    page,
    pageCount,
    pageSize: AUTHOR_PAGE_SIZE,
  };
}

async function idsWithCurrentStemContaining(prisma: PrismaClient, text: string): Promise<string[]> {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT q."id" FROM "Question" q
    JOIN "QuestionVersion" v ON v."questionId" = q."id" AND v."version" = q."currentVersion"
    WHERE v."stem" ILIKE ${pattern}`;
  return rows.map((r) => r.id);
}

function excerpt(stem: string): string {
  const plain = stem.replace(/```[\s\S]*?```/g, " [code] ").replace(/[`*_#>]/g, "").replace(/\s+/g, " ").trim();
  return plain.length > 160 ? `${plain.slice(0, 157)}…` : plain;
}
