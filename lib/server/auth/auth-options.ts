import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { loadEnv } from "@/lib/env.ts";
import { recordSignInFailure, recordSignInSuccess } from "@/lib/server/accounts/sign-in-limiter.ts";
import { linkOAuthAccount } from "@/lib/server/accounts/link-oauth-account.ts";
import { clientIp } from "@/lib/server/auth/client-ip.ts";
import { verifyPassword } from "@/lib/server/auth/password.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { signInSchema } from "@/lib/validation/account.ts";
import { safeRedirect } from "./safe-redirect.ts";

// Sessions are JWTs (stateless app servers). Each token carries the user's sessionVersion;
// getCurrentUser() refuses a token whose version is older than the database's, so a password
// change ends every other session.

function buildAuthOptions(): NextAuthOptions {
  const env = loadEnv();
  const providers: NextAuthOptions["providers"] = [
    CredentialsProvider({
      name: "E-mail and password",
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const prisma = await getPrisma();
        const user = await prisma.user.findUnique({ where: { email } });
        const ok = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : false;
        if (!user || !ok) {
          await recordSignInFailure(prisma, email, clientIp(req?.headers));
          return null;
        }
        await recordSignInSuccess(prisma, email);
        return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
      },
    }),
  ];
  if (env.GITHUB_ID && env.GITHUB_SECRET) providers.push(GitHubProvider({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET }));
  if (env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET) {
    providers.push(GoogleProvider({ clientId: env.GOOGLE_CLIENT_ID, clientSecret: env.GOOGLE_CLIENT_SECRET }));
  }

  return {
    secret: env.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/signin", error: "/signin" },
    providers,
    callbacks: {
      redirect: safeRedirect,
      async signIn({ user, account, profile }) {
        if (!account || account.type !== "oauth") return true;
        const email = user.email ?? (profile as { email?: string } | undefined)?.email;
        if (!email) return "/signin?error=OAuthNoEmail";
        const linked = await linkOAuthAccount(await getPrisma(), {
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          email,
          name: user.name ?? email,
        });
        Object.assign(user, linked);
        return true;
      },
      async jwt({ token, user }) {
        if (user) {
          const signedIn = user as typeof user & { role: string; sessionVersion: number };
          token.sub = signedIn.id;
          token.role = signedIn.role;
          token.sv = signedIn.sessionVersion;
        }
        return token;
      },
      async session({ session, token }) {
        if (session.user) Object.assign(session.user, { id: token.sub, role: token.role, sv: token.sv });
        return session;
      },
    },
  };
}

let cached: NextAuthOptions | undefined;
export function authOptions(): NextAuthOptions {
  cached ??= buildAuthOptions();
  return cached;
}

export function enabledOAuthProviders(): { id: string; name: string }[] {
  const env = loadEnv();
  return [
    ...(env.GITHUB_ID && env.GITHUB_SECRET ? [{ id: "github", name: "GitHub" }] : []),
    ...(env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET ? [{ id: "google", name: "Google" }] : []),
  ];
}
