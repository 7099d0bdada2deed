import "server-only";
import type { BankFile } from "@/lib/domain/bank/parse-bank-file.ts";
import { serialiseExamBank, type ExportedQuestion } from "@/lib/domain/bank/serialise-bank.ts";
import { questionContentSchema } from "@/lib/domain/questions/content.ts";
import type { PrismaClient, QuestionStatus, QuestionType } from "@/lib/server/db/generated/client.ts";

const TYPE: Record<QuestionType, ExportedQuestion["type"]> = { SINGLE: "single", MULTIPLE: "multiple", YESNO: "yesno", ORDERING: "ordering" };
const STATUS: Record<QuestionStatus, ExportedQuestion["status"]> = { DRAFT: "draft", PUBLISHED: "published", RETIRED: "retired" };
const CHUNK = 1_000;

/**
 * An exam's questions at their current version, every status, in the native source format
 * (paths relative to the output folder: `az-204/compute.yaml`). Validating the files gives the
 * hashes stored in the database.
 */
export async function exportExamBank(prisma: PrismaClient, examCode: string): Promise<BankFile[]> {
  const questions = await prisma.question.findMany({
    where: { examCode },
    orderBy: { id: "asc" },
    select: { id: true, caseStudyId: true, type: true, difficulty: true, status: true, topic: true, currentVersion: true, skillArea: { select: { key: true } } },
  });
  const versions = new Map<string, { stem: string; content: unknown; explanation: string; references: string[] }>();
  for (let i = 0; i < questions.length; i += CHUNK) {
    const rows = await prisma.questionVersion.findMany({
      where: { OR: questions.slice(i, i + CHUNK).map((q) => ({ questionId: q.id, version: q.currentVersion })) },
      select: { questionId: true, stem: true, content: true, explanation: true, references: true },
    });
    for (const row of rows) versions.set(row.questionId, row);
  }
  const caseStudies = await prisma.caseStudy.findMany({ where: { examCode }, select: { id: true, examCode: true, title: true, tabs: true } });

  const exported: ExportedQuestion[] = questions.map((q) => {
    const version = versions.get(q.id);
    if (!version) throw new Error(`question ${q.id} has no version ${q.currentVersion}`);
    return {
      id: q.id,
      examCode,
      skillAreaKey: q.skillArea.key,
      ...(q.caseStudyId ? { caseStudyId: q.caseStudyId } : {}),
      topic: q.topic ?? "",
      type: TYPE[q.type],
      difficulty: q.difficulty,
      status: STATUS[q.status],
      stem: version.stem,
      content: questionContentSchema.parse(version.content),
      explanation: version.explanation,
      references: version.references,
    };
  });
  return serialiseExamBank(
    examCode,
    exported,
    caseStudies.map((c) => ({ ...c, tabs: c.tabs as { title: string; body: string }[] })),
  );
}
