import "server-only";
import { AppError } from "@/lib/errors.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import type { GrantEnrollmentInput } from "@/lib/validation/guarantee.ts";
import { assertAdmin } from "./assert-admin.ts";
import type { EnrollmentDto } from "./dto.ts";
import { enroll } from "./enroll.ts";

/** An admin enrolls a learner (found by e-mail) without payment; idempotent like a learner's own enrollment. */
export async function adminGrantEnrollment(prisma: PrismaClient, actorId: string, input: GrantEnrollmentInput, now = new Date()): Promise<{ enrollment: EnrollmentDto; created: boolean }> {
  await assertAdmin(prisma, actorId);
  const learner = await prisma.user.findUnique({ where: { email: input.email.toLowerCase() }, select: { id: true } });
  if (!learner) throw new AppError("NOT_FOUND", "No account with this e-mail.", { fieldErrors: { email: ["No account with this e-mail."] } });
  return enroll(prisma, learner.id, input.examCode, {
    targetDate: input.targetDate,
    plan: input.plan,
    priceCents: input.priceCents,
    currency: input.currency,
    source: "admin-grant",
    grantedById: actorId,
    now,
  });
}
