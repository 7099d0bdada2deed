// Stand-ins for what Next.js provides inside a real request, so route handlers can be called as
// plain functions: the test file mocks `next-auth` (getServerSession) and `next/headers` with these.
// The cookie is a real session token, for the answer-save route, which reads it itself.
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

async function sessionCookies() {
  const token = current ? await encode({ token: { sub: current.id, sv: current.sessionVersion }, secret: loadEnv().NEXTAUTH_SECRET }) : null;
  const all = token ? [{ name: "next-auth.session-token", value: token }] : [];
  return { get: (name: string) => all.find((c) => c.name === name), getAll: () => all, has: (name: string) => all.some((c) => c.name === name) };
}

export const nextHeadersStub = {
  headers: async () => new Headers(),
  cookies: sessionCookies,
};
