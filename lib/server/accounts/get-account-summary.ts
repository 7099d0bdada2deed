import "server-only";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";

export type AccountSummaryDto = {
  name: string;
  email: string;
  role: "LEARNER" | "AUTHOR" | "ADMIN";
  memberSince: string;
  hasPassword: boolean;
  signInMethods: string[];
};

/** What the account page shows about the signed-in user (never the password hash). */
export async function getAccountSummary(prisma: PrismaClient, userId: string): Promise<AccountSummaryDto> {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { name: true, email: true, role: true, createdAt: true, passwordHash: true, oauthAccounts: { select: { provider: true } } },
  });
  const providers = user.oauthAccounts.map((a) => (a.provider === "github" ? "GitHub" : a.provider === "google" ? "Google" : a.provider));
  return {
    name: user.name,
    email: user.email,
    role: user.role,
    memberSince: user.createdAt.toISOString().slice(0, 10),
    hasPassword: Boolean(user.passwordHash),
    signInMethods: [...(user.passwordHash ? ["E-mail and password"] : []), ...providers],
  };
}
