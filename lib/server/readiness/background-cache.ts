import "server-only";
import type { PrismaClient } from "@/lib/server/db/generated/client.ts";

// A value per database client and key that is costly to build (it reads every answer of an exam):
// kept in memory and rebuilt in the background once older than `ttlMs` or no longer matching the
// caller's fingerprint, while the stale one keeps serving. Only the first request of a key waits.

export type Cached<T> = { value: T; builtAt: number };

type Entry<T> = { cached: (Cached<T> & { fingerprint: string }) | null; pending: Promise<Cached<T>> | null };

export type BackgroundCache<T> = {
  /** The value from memory when there is one (a rebuild starts when it is old); else built now. */
  get(prisma: PrismaClient, key: string, fingerprint: string): Promise<Cached<T>>;
  /** Builds now and waits for it: for callers that need the newest value (tests, benchmarks). */
  refresh(prisma: PrismaClient, key: string, fingerprint: string): Promise<Cached<T>>;
};

export function createBackgroundCache<T>(name: string, ttlMs: number, build: (prisma: PrismaClient, key: string) => Promise<T>): BackgroundCache<T> {
  const cache = new WeakMap<PrismaClient, Map<string, Entry<T>>>();

  function entryFor(prisma: PrismaClient, key: string): Entry<T> {
    let entries = cache.get(prisma);
    if (!entries) cache.set(prisma, (entries = new Map()));
    let entry = entries.get(key);
    if (!entry) entries.set(key, (entry = { cached: null, pending: null }));
    return entry;
  }

  function start(prisma: PrismaClient, key: string, fingerprint: string, entry: Entry<T>): Promise<Cached<T>> {
    const builtAt = Date.now();
    const pending: Promise<Cached<T>> = build(prisma, key).then(
      (value) => {
        if (entry.pending === pending) entry.pending = null;
        // A slower build that started earlier must not replace a newer one.
        if (!entry.cached || entry.cached.builtAt <= builtAt) entry.cached = { value, builtAt, fingerprint };
        return { value, builtAt };
      },
      (error: unknown) => {
        if (entry.pending === pending) entry.pending = null;
        throw error;
      },
    );
    entry.pending = pending;
    return pending;
  }

  return {
    async get(prisma, key, fingerprint) {
      const entry = entryFor(prisma, key);
      const { cached } = entry;
      const old = cached === null || cached.fingerprint !== fingerprint || Date.now() - cached.builtAt > ttlMs;
      const pending = old && !entry.pending ? start(prisma, key, fingerprint, entry) : entry.pending;
      if (!cached) return pending!;
      // Serve the one we have; a failed background rebuild is logged and retried on a later request.
      pending?.catch((error: unknown) => console.error(`The ${name} of ${key} could not be rebuilt.`, error));
      return { value: cached.value, builtAt: cached.builtAt };
    },
    async refresh(prisma, key, fingerprint) {
      const entry = entryFor(prisma, key);
      await entry.pending?.catch(() => undefined);
      return start(prisma, key, fingerprint, entry);
    },
  };
}
