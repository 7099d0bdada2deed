import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors.ts";
import { authOptions } from "@/lib/server/auth/auth-options.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { readSessionClaims, type RequestCookie, type SessionClaims } from "./session-token.ts";

export type Role = "LEARNER" | "AUTHOR" | "ADMIN";
export type CurrentUser = { id: string; email: string; name: string; role: Role };

/**
 * The signed-in user, re-read from the database on every call: a deleted account, a changed role
 * or a password change (newer sessionVersion) take effect on the next request.
 */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const claims = await sessionClaims();
  if (!claims) return null;
  const prisma = await getPrisma();
  const user = await prisma.user.findUnique({ where: { id: claims.userId }, select: { id: true, email: true, name: true, role: true, sessionVersion: true } });
  if (!user || user.sessionVersion !== claims.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

async function sessionClaims(): Promise<SessionClaims | null> {
  const session = await getServerSession(authOptions());
  const claims = session?.user as { id?: string; sv?: number } | undefined;
  if (!claims?.id || typeof claims.sv !== "number") return null;
  return { userId: claims.id, sessionVersion: claims.sv };
}

/**
 * For the hottest route (answer save) only: the token's claims without a database read, and without
 * next-auth's re-issue of the cookie. The caller MUST check the session version in its own query
 * (see saveItemForSession), or a signed-out session would keep working.
 */
export async function requireSessionClaims(cookies: RequestCookie[]): Promise<SessionClaims> {
  const claims = await readSessionClaims(cookies);
  if (!claims) throw new AppError("UNAUTHENTICATED", "Please sign in first.");
  return claims;
}

/** For pages: the signed-in user, or a redirect to sign-in that comes back here afterwards. */
export async function requireUserForPage(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For route handlers and actions: the signed-in user, or a 401. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Please sign in first.");
  return user;
}

export function hasRole(user: CurrentUser, role: Role): boolean {
  const rank: Record<Role, number> = { LEARNER: 0, AUTHOR: 1, ADMIN: 2 };
  return rank[user.role] >= rank[role];
}

/** A user with at least this role, or a 403. */
export async function requireRole(role: Role): Promise<CurrentUser> {
  const user = await requireUser();
  if (!hasRole(user, role)) throw new AppError("FORBIDDEN", "You do not have access to this.");
  return user;
}
