import "server-only";
import { AppError } from "@/lib/errors.ts";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password.ts";
import { writeAudit } from "@/lib/server/audit/write-audit.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";

/** Changes the signed-in user's password and bumps sessionVersion, which ends all their sessions. */
export async function changePassword(prisma: PrismaClient, userId: string, currentPassword: string, newPassword: string): Promise<void> {
  const user = await prisma.user.findUnique({ where: { id: userId } });
  if (!user) throw new AppError("NOT_FOUND", "Account not found.");
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new AppError("BAD_REQUEST", "Your current password is not correct.", { fieldErrors: { currentPassword: ["Your current password is not correct."] } });
  }
  const passwordHash = await hashPassword(newPassword);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await writeAudit(tx, { actorId: userId, action: "account.password-changed", entityType: "User", entityId: userId });
  });
}
