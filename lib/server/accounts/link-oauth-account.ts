import "server-only";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";

type OAuthIdentity = { provider: string; providerAccountId: string; email: string; name: string };

/** Finds or creates the user behind an OAuth sign-in; an existing account with the same e-mail is linked. */
export async function linkOAuthAccount(prisma: PrismaClient, identity: OAuthIdentity) {
  const email = identity.email.trim().toLowerCase();
  return prisma.$transaction(async (tx) => {
    const existing = await tx.oAuthAccount.findUnique({
      where: { provider_providerAccountId: { provider: identity.provider, providerAccountId: identity.providerAccountId } },
      include: { user: true },
    });
    const user =
      existing?.user ??
      (await tx.user.upsert({ where: { email }, create: { email, name: identity.name }, update: {} }));
    if (!existing) {
      await tx.oAuthAccount.create({ data: { userId: user.id, provider: identity.provider, providerAccountId: identity.providerAccountId } });
    }
    return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
  });
}
