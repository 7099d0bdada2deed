import "server-only";
import type { BankCatalog } from "@/lib/domain/bank/catalog.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";

/** The exams and skill areas the database holds, in the shape the bank loader checks against. */
export async function loadBankCatalog(prisma: Pick<PrismaClient, "exam">): Promise<BankCatalog> {
  const exams = await prisma.exam.findMany({
    orderBy: { position: "asc" },
    select: { code: true, skillAreas: { orderBy: { position: "asc" }, select: { key: true, name: true, weightMin: true, weightMax: true } } },
  });
  return exams;
}
