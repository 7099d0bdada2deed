import "server-only";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { assertAdmin } from "./assert-admin.ts";
import type { AdminEnrollmentRowDto } from "./dto.ts";
import { toEnrollmentDto } from "./to-dto.ts";

/** The most recent enrollments, newest first, with who holds them and any claim's status; for admins. */
export async function listEnrollments(prisma: PrismaClient, actorId: string, take = 100): Promise<AdminEnrollmentRowDto[]> {
  await assertAdmin(prisma, actorId);
  const rows = await prisma.enrollment.findMany({
    include: { user: { select: { name: true, email: true } }, grantedBy: { select: { name: true } }, claim: { select: { id: true, status: true } } },
    orderBy: [{ enrolledAt: "desc" }, { id: "asc" }],
    take,
  });
  return rows.map((row) => ({
    ...toEnrollmentDto(row),
    priceCents: row.priceCents,
    currency: row.currency,
    learner: row.user,
    grantedBy: row.grantedBy?.name ?? null,
    claim: row.claim,
  }));
}
