import "server-only";
import crypto from "node:crypto";
import { jwtDecrypt } from "jose";
import { loadEnv } from "@/lib/env.ts";

/** What the session token says: who, and which session version. Not yet checked against the database. */
export type SessionClaims = { userId: string; sessionVersion: number };

/** A request cookie, as `NextRequest.cookies.getAll()` lists them. */
export type RequestCookie = { name: string; value: string };

// next-auth 4's session JWT, read the way its `decode` does (A256GCM, key from HKDF of the secret,
// 15 s clock tolerance) but with the key derived once per process instead of on every call, and
// without getServerSession's re-issue of the cookie. For the answer-save route only: pages keep
// using getServerSession, which also slides the session's expiry forward.

const HKDF_INFO = "NextAuth.js Generated Encryption Key";
let derived: { secret: string; key: Uint8Array } | undefined;

function encryptionKey(secret: string): Uint8Array {
  if (derived?.secret !== secret) derived = { secret, key: new Uint8Array(crypto.hkdfSync("sha256", secret, "", HKDF_INFO, 32)) };
  return derived.key;
}

// next-auth names the cookie with a `__Secure-` prefix when the site is served over https. Either
// name is accepted: a token only decrypts with our secret, whatever its cookie is called.
const COOKIE_NAMES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/** The token, reassembled when next-auth split it into `name.0`, `name.1`, … cookies. */
export function sessionTokenFrom(all: RequestCookie[], name: string): string | undefined {
  const whole = all.find((c) => c.name === name);
  if (whole) return whole.value;
  const chunks = all
    .filter((c) => c.name.startsWith(`${name}.`) && /^\d+$/.test(c.name.slice(name.length + 1)))
    .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
  return chunks.length ? chunks.map((c) => c.value).join("") : undefined;
}

/** The claims of a valid, unexpired token; null for a missing, forged, expired or foreign one. */
export async function decodeSessionToken(token: string, secret: string): Promise<SessionClaims | null> {
  try {
    const { payload } = await jwtDecrypt(token, encryptionKey(secret), { clockTolerance: 15 });
    if (typeof payload.sub !== "string" || typeof payload.sv !== "number") return null;
    return { userId: payload.sub, sessionVersion: payload.sv };
  } catch {
    return null;
  }
}

/**
 * The signed-in learner's claims from a request's cookies (`request.cookies.getAll()` of the
 * NextRequest a route receives), or null. Not `cookies()` from next/headers: in a route handler it
 * builds the response's mutable cookie jar on every call, a few percent of an answer save's CPU.
 */
export async function readSessionClaims(all: RequestCookie[], secret = loadEnv().NEXTAUTH_SECRET): Promise<SessionClaims | null> {
  for (const name of COOKIE_NAMES) {
    const token = sessionTokenFrom(all, name);
    if (token) return decodeSessionToken(token, secret);
  }
  return null;
}
