import "server-only";
import { DEFAULT_POLICY, policyRulesSchema } from "@/lib/domain/guarantee/policy-rules.ts";
import type { Prisma, PrismaClient } from "@/lib/server/db/generated/client.ts";
import { Prisma as PrismaNs } from "@/lib/server/db/generated/client.ts";
import type { PolicyDto } from "./dto.ts";

type Client = PrismaClient | Prisma.TransactionClient;

type PolicyRow = { id: string; examCode: string; version: number; rules: unknown; createdAt: Date; createdBy?: { name: string } | null };

export function toPolicyDto(row: PolicyRow): PolicyDto {
  return { id: row.id, examCode: row.examCode, version: row.version, rules: policyRulesSchema.parse(row.rules), createdAt: row.createdAt.toISOString(), createdBy: row.createdBy?.name ?? null };
}

/**
 * The exam's newest policy version. An exam without any gets version 1 with the default rules,
 * so every claim can point at the exact rules it was judged by.
 */
export async function loadCurrentPolicy(client: Client, examCode: string): Promise<PolicyDto> {
  const latest = await client.guaranteePolicy.findFirst({ where: { examCode }, orderBy: { version: "desc" } });
  if (latest) return toPolicyDto(latest);
  try {
    return toPolicyDto(await client.guaranteePolicy.create({ data: { examCode, version: 1, rules: DEFAULT_POLICY } }));
  } catch (error) {
    // Another request created version 1 at the same moment.
    if (error instanceof PrismaNs.PrismaClientKnownRequestError && error.code === "P2002") {
      return toPolicyDto(await client.guaranteePolicy.findFirstOrThrow({ where: { examCode }, orderBy: { version: "desc" } }));
    }
    throw error;
  }
}

/** Gives every exam without a guarantee policy version 1 with DEFAULT_POLICY. Safe to run on every start. */
export async function seedGuaranteePolicies(prisma: PrismaClient): Promise<number> {
  const exams = await prisma.exam.findMany({ where: { policies: { none: {} } }, select: { code: true } });
  for (const exam of exams) await loadCurrentPolicy(prisma, exam.code);
  return exams.length;
}
