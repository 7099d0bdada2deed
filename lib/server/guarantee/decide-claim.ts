import "server-only";
import { AppError } from "@/lib/errors.ts";
import { writeAudit } from "@/lib/server/audit/write-audit.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import type { DecideClaimInput } from "@/lib/validation/guarantee.ts";
import { assertAdmin } from "./assert-admin.ts";

/**
 * Approves or rejects an open claim with a reason. A decided claim is final: deciding it again is
 * a 409, and the conditional update makes two admins deciding at once safe (one wins, one gets 409).
 */
export async function decideClaim(prisma: PrismaClient, actorId: string, claimId: string, input: DecideClaimInput, now = new Date()): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await assertAdmin(tx, actorId);
    const { count } = await tx.guaranteeClaim.updateMany({
      where: { id: claimId, status: "SUBMITTED" },
      data: { status: input.decision, decisionReason: input.reason, decidedById: actorId, decidedAt: now },
    });
    if (count === 0) {
      const exists = await tx.guaranteeClaim.findUnique({ where: { id: claimId }, select: { status: true } });
      if (!exists) throw new AppError("NOT_FOUND", "Claim not found.");
      throw new AppError("CONFLICT", `This claim was already ${exists.status.toLowerCase()}; a decided claim cannot be changed.`);
    }
    await writeAudit(tx, {
      actorId,
      action: input.decision === "APPROVED" ? "claim.approved" : "claim.rejected",
      entityType: "GuaranteeClaim",
      entityId: claimId,
      data: { reason: input.reason },
    });
  });
}
