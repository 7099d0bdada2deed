/**
 * Splits `total` whole units over `weights` in proportion, summing exactly to `total`: each share
 * floored, the units left over going one each to the largest remainders (ties to the earlier entry).
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`total must be a non-negative integer, got ${total}`);
  if (weights.some((w) => !Number.isFinite(w) || w < 0)) throw new RangeError("weights must be finite and not negative");
  const sum = weights.reduce((s, w) => s + w, 0);
  if (total === 0 || weights.length === 0) return weights.map(() => 0);
  if (sum === 0) throw new RangeError("at least one weight must be above 0");
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((s, c) => s + c, 0);
  const order = exact.map((x, i) => ({ i, remainder: x - Math.floor(x) })).sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    counts[i]! += 1;
    left -= 1;
  }
  return counts;
}
