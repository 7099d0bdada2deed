// Seeded randomness for assembling attempts. An attempt stores its seed, and rebuilding it must
// give the same questions in the same order for as long as the attempt exists, so the generator
// below is part of the stored data's meaning: changing it breaks reproduction of past attempts.

/** A source of floats in [0, 1). */
export type Rng = () => number;

/** Seeds fit a PostgreSQL `integer` column (Attempt.seed): 0 … 2^31 − 1. */
export const SEED_LIMIT = 2 ** 31;

/** mulberry32: 32 bits of state, full period 2^32, passes the usual statistical batteries for this use. */
export function createRng(seed: number): Rng {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, n). */
export function randomIndex(rng: Rng, n: number): number {
  return Math.floor(rng() * n);
}

/** Fisher–Yates; returns a new array and leaves the input alone. */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomIndex(rng, i + 1);
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}

/**
 * A fresh seed for a new attempt from a cryptographic source, e.g. `newSeed(crypto.randomInt)`
 * (node:crypto's `randomInt(min, max)` draws from [min, max)).
 */
export function newSeed(randomInt: (min: number, max: number) => number): number {
  const seed = randomInt(0, SEED_LIMIT);
  if (!Number.isInteger(seed) || seed < 0 || seed >= SEED_LIMIT) {
    throw new RangeError(`randomInt returned ${seed}, outside [0, ${SEED_LIMIT})`);
  }
  return seed;
}

/**
 * An independent seed for a sub-stream (e.g. the option order of the item at `stream`), so each
 * part of an attempt can be rebuilt on its own without replaying the draws made before it.
 */
export function deriveSeed(seed: number, stream: number): number {
  if (!Number.isSafeInteger(seed) || !Number.isSafeInteger(stream)) {
    throw new RangeError(`seed and stream must be integers, got ${seed}, ${stream}`);
  }
  // murmur3's finaliser over the two words: small input changes flip about half the output bits.
  let h = (seed ^ Math.imul(stream + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) % SEED_LIMIT;
}
