// Stand-ins for what Next.js provides inside a real request, so route handlers can be called as
// plain functions: the test file mocks `next-auth` (getServerSession) and `next/headers` with these.
import type { Session } from "next-auth";

let current: Session | null = null;

/** Who the next route call is made as; null for an anonymous visitor. */
export function signInAs(person: { id: string; sessionVersion: number } | null): void {
  current = person ? ({ user: { id: person.id, sv: person.sessionVersion }, expires: new Date(Date.now() + 3_600_000).toISOString() } as Session) : null;
}

export async function getTestSession(): Promise<Session | null> {
  return current;
}

const noCookies = { get: () => undefined, getAll: () => [], has: () => false };

export const nextHeadersStub = {
  headers: async () => new Headers(),
  cookies: async () => noCookies,
};
