import "server-only";
import { AppError } from "@/lib/errors.ts";
import { loadEnv } from "@/lib/env.ts";
import { verifyPassword } from "@/lib/server/auth/password.ts";
import { writeAudit } from "@/lib/server/audit/write-audit.ts";
import { removeUpload } from "@/lib/server/guarantee/store-upload.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";

/**
 * Deletes the account and everything that belongs to it (the schema cascades), plus uploaded
 * score reports. The audit log keeps a record that an account was deleted, not whose data it held.
 */
export async function deleteAccount(prisma: PrismaClient, userId: string, confirm: { confirmEmail: string; password?: string }, options: { uploadDir?: string } = {}): Promise<void> {
  const user = await prisma.user.findUnique({ where: { id: userId }, include: { claims: { select: { uploadPath: true } } } });
  if (!user) throw new AppError("NOT_FOUND", "Account not found.");
  if (confirm.confirmEmail !== user.email) {
    throw new AppError("BAD_REQUEST", "Type your account's e-mail address to confirm.", { fieldErrors: { confirmEmail: ["This is not your account's e-mail address."] } });
  }
  if (user.passwordHash && !(confirm.password && (await verifyPassword(user.passwordHash, confirm.password)))) {
    throw new AppError("BAD_REQUEST", "Your password is not correct.", { fieldErrors: { password: ["Your password is not correct."] } });
  }
  await prisma.$transaction(async (tx) => {
    await tx.user.delete({ where: { id: userId } });
    await writeAudit(tx, { actorId: null, action: "account.deleted", entityType: "User", entityId: userId });
  });
  const uploadDir = options.uploadDir ?? loadEnv().UPLOAD_DIR;
  for (const claim of user.claims) {
    if (claim.uploadPath) await removeUpload(uploadDir, claim.uploadPath);
  }
}
