import "server-only";
import type { PolicyRules } from "@/lib/domain/guarantee/policy-rules.ts";
import { AppError } from "@/lib/errors.ts";
import { writeAudit } from "@/lib/server/audit/write-audit.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { Prisma } from "@/lib/server/db/generated/client.ts";
import { assertAdmin } from "./assert-admin.ts";
import type { PolicyDto } from "./dto.ts";
import { toPolicyDto } from "./load-policy.ts";

/** Saves new rules as the exam's next policy version; earlier versions stay, with the claims judged by them. */
export async function editPolicy(prisma: PrismaClient, actorId: string, examCode: string, rules: PolicyRules): Promise<PolicyDto> {
  const exam = await prisma.exam.findUnique({ where: { code: examCode }, select: { code: true } });
  if (!exam) throw new AppError("NOT_FOUND", "Exam not found.");
  try {
    return await prisma.$transaction(async (tx) => {
      await assertAdmin(tx, actorId);
      const latest = await tx.guaranteePolicy.findFirst({ where: { examCode }, orderBy: { version: "desc" }, select: { version: true } });
      const row = await tx.guaranteePolicy.create({
        data: { examCode, version: (latest?.version ?? 0) + 1, rules, createdById: actorId },
        include: { createdBy: { select: { name: true } } },
      });
      await writeAudit(tx, { actorId, action: "policy.created", entityType: "GuaranteePolicy", entityId: row.id, data: { examCode, version: row.version, rules } });
      return toPolicyDto(row);
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "Someone saved a new version of this policy at the same moment. Reload and try again.");
    }
    throw error;
  }
}
