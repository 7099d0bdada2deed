import "server-only";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { assertAuthor, type Actor } from "@/lib/server/authoring/actor.ts";
import type { ReportStatus } from "@/lib/validation/reports.ts";
import type { ReportQueueDto } from "./dto.ts";
import { reportSelect, toReportDto } from "./report-select.ts";

export const REPORT_QUEUE_PAGE_SIZE = 25;

/**
 * The authors' queue: open reports first (oldest first, as they have waited longest), then the
 * handled ones, most recently handled first.
 */
export async function listReportQueue(prisma: PrismaClient, actor: Actor, query: { status?: ReportStatus; page: number }): Promise<ReportQueueDto> {
  assertAuthor(actor);
  const where = query.status ? { status: query.status } : {};
  const [total, openCount] = await Promise.all([prisma.questionReport.count({ where }), prisma.questionReport.count({ where: { status: "OPEN" } })]);
  const pageCount = Math.max(1, Math.ceil(total / REPORT_QUEUE_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  // Open ones first: status OPEN sorts before RESOLVED and DISMISSED by enum order.
  const rows = await prisma.questionReport.findMany({
    where,
    orderBy: [{ status: "asc" }, { resolvedAt: "desc" }, { createdAt: "asc" }, { id: "asc" }],
    skip: (page - 1) * REPORT_QUEUE_PAGE_SIZE,
    take: REPORT_QUEUE_PAGE_SIZE,
    select: { ...reportSelect, reporter: { select: { name: true } }, resolvedBy: { select: { name: true } } },
  });
  return {
    items: rows.map((row) => ({ ...toReportDto(row), reporterName: row.reporter.name, resolvedByName: row.resolvedBy?.name ?? null, questionStatus: row.question.status })),
    openCount,
    total,
    page,
    pageCount,
  };
}
