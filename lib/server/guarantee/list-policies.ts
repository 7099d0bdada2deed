import "server-only";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { assertAdmin } from "./assert-admin.ts";
import type { PolicyDto } from "./dto.ts";
import { loadCurrentPolicy, toPolicyDto } from "./load-policy.ts";

export type ExamPoliciesDto = { examCode: string; title: string; passMark: number; versions: PolicyDto[] };

/** Every exam with its policy versions, newest first (an exam without one gets the default as version 1). */
export async function listPolicies(prisma: PrismaClient, actorId: string): Promise<ExamPoliciesDto[]> {
  await assertAdmin(prisma, actorId);
  const exams = await prisma.exam.findMany({ select: { code: true, title: true, passMark: true, _count: { select: { policies: true } } }, orderBy: { position: "asc" } });
  for (const exam of exams) if (exam._count.policies === 0) await loadCurrentPolicy(prisma, exam.code);
  const policies = await prisma.guaranteePolicy.findMany({ include: { createdBy: { select: { name: true } } }, orderBy: { version: "desc" } });
  return exams.map((exam) => ({
    examCode: exam.code,
    title: exam.title,
    passMark: exam.passMark,
    versions: policies.filter((p) => p.examCode === exam.code).map(toPolicyDto),
  }));
}
