import "server-only";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import type { MyReportDto } from "./dto.ts";
import { reportSelect, toReportDto } from "./report-select.ts";

const LIMIT = 200;

/** The learner's own reports, newest first, with the outcome and the author's note. */
export async function listMyReports(prisma: PrismaClient, userId: string): Promise<MyReportDto[]> {
  const rows = await prisma.questionReport.findMany({
    where: { reporterId: userId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: LIMIT,
    select: reportSelect,
  });
  return rows.map(toReportDto);
}
