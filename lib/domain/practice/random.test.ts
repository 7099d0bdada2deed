import { describe, expect, it } from "vitest";
import { createRng, deriveSeed, newSeed, SEED_LIMIT, shuffle } from "./random.ts";

const take = (seed: number, n: number) => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng());
};

describe("createRng", () => {
  it("gives the same sequence for the same seed", () => {
    expect(take(42, 50)).toEqual(take(42, 50));
  });

  it("gives different sequences for different seeds", () => {
    expect(take(42, 5)).not.toEqual(take(43, 5));
  });

  // Stored attempts are rebuilt from their seed: these values must never change.
  it("is mulberry32, pinned to its published output", () => {
    expect(take(1, 3)).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
    expect(take(SEED_LIMIT - 1, 2)).toEqual([0.4290980885270983, 0.12713524978607893]);
  });

  it("stays within [0, 1) and spreads evenly over ten buckets", () => {
    const buckets = new Array<number>(10).fill(0);
    const xs = take(7, 100_000);
    expect(xs.reduce((m, x) => Math.min(m, x), 1)).toBeGreaterThanOrEqual(0);
    expect(xs.reduce((m, x) => Math.max(m, x), 0)).toBeLessThan(1);
    for (const x of xs) buckets[Math.floor(x * 10)]! += 1;
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });

  it("refuses a seed that is not an integer instead of silently using 0", () => {
    expect(() => createRng(Number.NaN)).toThrow(RangeError);
    expect(() => createRng(1.5)).toThrow(RangeError);
  });
});

describe("shuffle", () => {
  it("returns a new array with the same elements and leaves the input alone", () => {
    const input = [1, 2, 3, 4, 5, 6, 7, 8];
    const out = shuffle(input, createRng(3));
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(out).not.toBe(input);
    expect([...out].sort((a, b) => a - b)).toEqual(input);
  });

  it("is reproducible from the seed", () => {
    const letters = [..."abcdefghij"];
    expect(shuffle(letters, createRng(99))).toEqual(shuffle(letters, createRng(99)));
    expect(shuffle(letters, createRng(99))).not.toEqual(shuffle(letters, createRng(100)));
  });

  it("makes every permutation of three about equally likely", () => {
    const counts = new Map<string, number>();
    const rng = createRng(11);
    for (let i = 0; i < 60_000; i++) {
      const key = shuffle(["a", "b", "c"], rng).join("");
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    for (const count of counts.values()) expect(Math.abs(count - 10_000)).toBeLessThan(400);
  });

  it("handles empty and one-element arrays", () => {
    expect(shuffle([], createRng(1))).toEqual([]);
    expect(shuffle(["x"], createRng(1))).toEqual(["x"]);
  });
});

describe("newSeed", () => {
  it("asks for a seed that fits the attempt's integer column", () => {
    const calls: [number, number][] = [];
    const seed = newSeed((min, max) => {
      calls.push([min, max]);
      return max - 1;
    });
    expect(calls).toEqual([[0, SEED_LIMIT]]);
    expect(seed).toBe(2_147_483_647);
  });

  it("rejects a source that returns something outside the range", () => {
    expect(() => newSeed(() => SEED_LIMIT)).toThrow(RangeError);
    expect(() => newSeed(() => -1)).toThrow(RangeError);
    expect(() => newSeed(() => 0.5)).toThrow(RangeError);
  });
});

describe("deriveSeed", () => {
  it("is a pure function of seed and stream, inside the seed range", () => {
    expect(deriveSeed(1, 0)).toBe(deriveSeed(1, 0));
    for (let stream = 0; stream < 100; stream++) {
      const derived = deriveSeed(123, stream);
      expect(derived).toBeGreaterThanOrEqual(0);
      expect(derived).toBeLessThan(SEED_LIMIT);
    }
  });

  it("gives distinct seeds for neighbouring streams and seeds", () => {
    const seen = new Set<number>();
    for (let seed = 0; seed < 50; seed++) for (let stream = 0; stream < 50; stream++) seen.add(deriveSeed(seed, stream));
    expect(seen.size).toBe(2500);
  });
});
