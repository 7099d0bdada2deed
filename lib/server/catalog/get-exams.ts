import "server-only";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";

export type SkillAreaDto = { key: string; name: string; weightMin: number; weightMax: number };
export type ExamLifecycleDto = {
  retirementDate: string; // YYYY-MM-DD
  successorCode: string | null;
  confirmed: boolean;
  source: string | null;
  note: string | null;
};
export type ExamDto = {
  code: string;
  slug: string;
  title: string;
  level: "FUNDAMENTALS" | "ASSOCIATE" | "EXPERT";
  role: string;
  primaryFocus: string;
  summary: string;
  difficulty: number;
  bestFor: string;
  keySkills: string[];
  questionCount: number;
  durationMinutes: number;
  passMark: number;
  outlineDate: string;
  outlineUrl: string;
  skillAreas: SkillAreaDto[];
  /** All groups are required; any one exam of a group meets it. */
  prerequisites: { code: string; title: string; slug: string }[][];
  lifecycle: ExamLifecycleDto | null;
  publishedQuestions: number;
};

const day = (date: Date) => date.toISOString().slice(0, 10);

const include = {
  skillAreas: { orderBy: { position: "asc" as const } },
  prerequisites: { include: { required: { select: { code: true, title: true, slug: true } } }, orderBy: { groupNo: "asc" as const } },
};

type ExamRow = Awaited<ReturnType<typeof loadExams>>[number];

function loadExams(prisma: PrismaClient, where: { slug?: string } = {}) {
  return prisma.exam.findMany({ where, include, orderBy: { position: "asc" } });
}

function toDto(exam: ExamRow, publishedQuestions: number): ExamDto {
  const groups = new Map<number, ExamDto["prerequisites"][number]>();
  for (const prerequisite of exam.prerequisites) {
    const group = groups.get(prerequisite.groupNo) ?? [];
    group.push(prerequisite.required);
    groups.set(prerequisite.groupNo, group);
  }
  return {
    code: exam.code,
    slug: exam.slug,
    title: exam.title,
    level: exam.level,
    role: exam.role,
    primaryFocus: exam.primaryFocus,
    summary: exam.summary,
    difficulty: exam.difficulty,
    bestFor: exam.bestFor,
    keySkills: exam.keySkills,
    questionCount: exam.questionCount,
    durationMinutes: exam.durationMinutes,
    passMark: exam.passMark,
    outlineDate: day(exam.outlineDate),
    outlineUrl: exam.outlineUrl,
    skillAreas: exam.skillAreas.map(({ key, name, weightMin, weightMax }) => ({ key, name, weightMin, weightMax })),
    prerequisites: [...groups.values()],
    lifecycle: exam.retirementDate
      ? { retirementDate: day(exam.retirementDate), successorCode: exam.successorCode, confirmed: exam.lifecycleConfirmed, source: exam.lifecycleSource, note: exam.lifecycleNote }
      : null,
    publishedQuestions,
  };
}

async function publishedCounts(prisma: PrismaClient): Promise<Map<string, number>> {
  const rows = await prisma.question.groupBy({ by: ["examCode"], where: { status: "PUBLISHED" }, _count: { _all: true } });
  return new Map(rows.map((row) => [row.examCode, row._count._all]));
}

/** The public exam catalog, in catalog order. */
export async function listExams(prisma: PrismaClient): Promise<ExamDto[]> {
  const [exams, counts] = await Promise.all([loadExams(prisma), publishedCounts(prisma)]);
  return exams.map((exam) => toDto(exam, counts.get(exam.code) ?? 0));
}

/** One exam by its URL slug ("az-204"), or null. */
export async function getExamBySlug(prisma: PrismaClient, slug: string): Promise<ExamDto | null> {
  if (!/^[a-z]{2,3}-\d{3}$/.test(slug)) return null;
  const [exam] = await loadExams(prisma, { slug });
  if (!exam) return null;
  const published = await prisma.question.count({ where: { examCode: exam.code, status: "PUBLISHED" } });
  return toDto(exam, published);
}
