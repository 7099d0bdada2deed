import "server-only";
import { RateLimiterPrisma } from "rate-limiter-flexible";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";

// 5 failed sign-ins per account and per IP address within 15 minutes, then a 429 until the window
// ends. Kept in the database so every app instance sees the same counts.
export const SIGN_IN_LIMIT = { points: 5, durationSeconds: 15 * 60 };

const limiters = new WeakMap<PrismaClient, RateLimiterPrisma>();

function limiterFor(prisma: PrismaClient): RateLimiterPrisma {
  let limiter = limiters.get(prisma);
  if (!limiter) {
    limiter = new RateLimiterPrisma({
      storeClient: prisma,
      tableName: "rateLimiterFlexible",
      keyPrefix: "signin",
      points: SIGN_IN_LIMIT.points,
      duration: SIGN_IN_LIMIT.durationSeconds,
      clearExpiredByTimeout: false,
    });
    limiters.set(prisma, limiter);
  }
  return limiter;
}

const keysOf = (email: string, ip: string) => [`email:${email.trim().toLowerCase()}`, `ip:${ip}`];

/** Seconds until sign-in is allowed again for this account or address; 0 when it is allowed now. */
export async function signInBlockedFor(prisma: PrismaClient, email: string, ip: string): Promise<number> {
  const limiter = limiterFor(prisma);
  let wait = 0;
  for (const key of keysOf(email, ip)) {
    const res = await limiter.get(key);
    if (res && res.consumedPoints >= SIGN_IN_LIMIT.points) wait = Math.max(wait, Math.ceil(res.msBeforeNext / 1000));
  }
  return wait;
}

export async function recordSignInFailure(prisma: PrismaClient, email: string, ip: string): Promise<void> {
  const limiter = limiterFor(prisma);
  for (const key of keysOf(email, ip)) {
    // consume() rejects once the points are spent; the failure is counted either way.
    await limiter.consume(key).catch(() => undefined);
  }
}

/** A successful sign-in clears the account's count (not the address's: one IP may be trying many accounts). */
export async function recordSignInSuccess(prisma: PrismaClient, email: string): Promise<void> {
  const [accountKey] = keysOf(email, "");
  await limiterFor(prisma).delete(accountKey!);
}
