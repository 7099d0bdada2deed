import "server-only";
import { AppError } from "@/lib/errors.ts";
import { writeAudit } from "@/lib/server/audit/write-audit.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { assertAuthor, type Actor } from "@/lib/server/authoring/actor.ts";
import type { ResolveReportInput } from "@/lib/validation/reports.ts";

/** Resolves or dismisses an open report with a note the reporter will read. */
export async function resolveReport(prisma: PrismaClient, actor: Actor, reportId: string, input: ResolveReportInput, now: Date): Promise<{ id: string; status: "RESOLVED" | "DISMISSED" }> {
  assertAuthor(actor);
  return prisma.$transaction(async (tx) => {
    const report = await tx.questionReport.findUnique({ where: { id: reportId }, select: { status: true, questionId: true } });
    if (!report) throw new AppError("NOT_FOUND", "There is no such report.");
    // Guarded by status, so two authors answering at once cannot both win.
    const { count } = await tx.questionReport.updateMany({
      where: { id: reportId, status: "OPEN" },
      data: { status: input.status, resolutionNote: input.note, resolvedById: actor.id, resolvedAt: now },
    });
    if (count === 0) throw new AppError("CONFLICT", `This report was already ${report.status.toLowerCase()}.`);
    await writeAudit(tx, {
      actorId: actor.id,
      action: input.status === "RESOLVED" ? "report.resolve" : "report.dismiss",
      entityType: "QuestionReport",
      entityId: reportId,
      data: { questionId: report.questionId, note: input.note },
    });
    return { id: reportId, status: input.status };
  });
}
