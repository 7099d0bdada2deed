import "server-only";
import crypto from "node:crypto";
import { AppError } from "@/lib/errors.ts";
import { hashPassword } from "@/lib/server/auth/password.ts";
import { writeAudit } from "@/lib/server/audit/write-audit.ts";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";
import { sendMail } from "@/lib/server/mail/send-mail.ts";

const TOKEN_LIFETIME_MS = 60 * 60 * 1000;

const sha256 = (value: string) => crypto.createHash("sha256").update(value).digest("hex");

/**
 * Mails a one-time reset link when the address has a password account. The caller always answers
 * the same way, so the form does not reveal which addresses have accounts.
 */
export async function requestPasswordReset(prisma: PrismaClient, email: string, baseUrl: string, now = new Date()): Promise<void> {
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user) return;
  const token = crypto.randomBytes(32).toString("base64url");
  await prisma.passwordResetToken.create({
    data: { userId: user.id, tokenHash: sha256(token), expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS) },
  });
  const link = `${baseUrl}/reset-password?token=${token}`;
  await sendMail({
    to: user.email,
    subject: "Reset your PassPath password",
    text: `Hello ${user.name},\n\nSomeone (hopefully you) asked to reset your PassPath password. Open this link within an hour to choose a new one:\n\n${link}\n\nIf it was not you, ignore this message; your password stays as it is.`,
  });
}

/** Sets a new password from a valid, unused, unexpired token, and ends every existing session. */
export async function resetPassword(prisma: PrismaClient, token: string, password: string, now = new Date()): Promise<void> {
  const passwordHash = await hashPassword(password);
  await prisma.$transaction(async (tx) => {
    const record = await tx.passwordResetToken.findUnique({ where: { tokenHash: sha256(token) } });
    if (!record || record.usedAt || record.expiresAt <= now) {
      throw new AppError("BAD_REQUEST", "This reset link has expired or was already used. Ask for a new one.", {
        fieldErrors: { token: ["This reset link has expired or was already used. Ask for a new one."] },
      });
    }
    await tx.passwordResetToken.update({ where: { id: record.id }, data: { usedAt: now } });
    await tx.user.update({ where: { id: record.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await writeAudit(tx, { actorId: record.userId, action: "account.password-reset", entityType: "User", entityId: record.userId });
  });
}
