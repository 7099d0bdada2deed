// Stand-ins for what Next.js provides inside a real request, so route handlers can be called as
// plain functions: the test file mocks `next-auth` (getServerSession) and `next/headers` with these.
// The answer-save route reads a real session token from the request's cookies: callRoute sends
// sessionCookieHeader() as a browser would.
import type { Session } from "next-auth";
import { encode } from "next-auth/jwt";
import { loadEnv } from "@/lib/env.ts";

let current: { id: string; sessionVersion: number } | null = null;

/** Who the next route call is made as; null for an anonymous visitor. */
export function signInAs(person: { id: string; sessionVersion: number } | null): void {
  current = person ? { id: person.id, sessionVersion: person.sessionVersion } : null;
}

export async function getTestSession(): Promise<Session | null> {
  return current ? ({ user: { id: current.id, sv: current.sessionVersion }, expires: new Date(Date.now() + 3_600_000).toISOString() } as Session) : null;
}

/** The `Cookie` header of the current person's session, or null for an anonymous visitor. */
export async function sessionCookieHeader(): Promise<string | null> {
  if (!current) return null;
  const token = await encode({ token: { sub: current.id, sv: current.sessionVersion }, secret: loadEnv().NEXTAUTH_SECRET });
  return `next-auth.session-token=${token}`;
}

const noCookies = { get: () => undefined, getAll: () => [], has: () => false };

export const nextHeadersStub = {
  headers: async () => new Headers(),
  cookies: async () => noCookies,
};
