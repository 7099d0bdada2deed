// How many questions of each skill area an exam form holds, from the skills outline's weight
// ranges ("Develop Azure compute solutions (25–30%)").

export type SkillAreaWeight = { key: string; weightMin: number; weightMax: number };
export type SkillAreaCount = { key: string; count: number };

/**
 * Counts per skill area, in the input order, summing exactly to `total`: each area's share is
 * its weight-range midpoint over the sum of midpoints (outlines rarely sum to 100 %), floored,
 * and the questions left over go one each to the largest remainders. Equal remainders go to the
 * area with the larger midpoint, then to the one listed first.
 */
export function countsPerSkillArea(skillAreas: readonly SkillAreaWeight[], total: number): SkillAreaCount[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`total must be a non-negative integer, got ${total}`);
  assertWeights(skillAreas);
  if (total === 0) return skillAreas.map(({ key }) => ({ key, count: 0 }));

  // Twice the midpoint keeps every quantity an integer, so remainders compare exactly.
  const doubled = skillAreas.map((a) => a.weightMin + a.weightMax);
  const sum = doubled.reduce((s, d) => s + d, 0);
  if (sum === 0) throw new RangeError("at least one skill area needs a weight above 0");

  const shares = doubled.map((d, index) => ({
    index,
    doubled: d,
    count: Math.floor((total * d) / sum),
    remainder: (total * d) % sum,
  }));
  let left = total - shares.reduce((s, x) => s + x.count, 0);
  const byRemainder = [...shares].sort((a, b) => b.remainder - a.remainder || b.doubled - a.doubled || a.index - b.index);
  for (const share of byRemainder) {
    if (left === 0) break;
    share.count += 1;
    left -= 1;
  }
  return skillAreas.map(({ key }, i) => ({ key, count: shares[i]!.count }));
}

/**
 * Counts per skill area when some questions are already charged to areas (a case study's):
 * an area whose charged questions exceed its share gets exactly those, and the rest of the
 * total is shared out again over the other areas by `countsPerSkillArea`, until no share is
 * exceeded. The charges must not sum above `total`.
 */
export function countsAfterCharges(
  skillAreas: readonly SkillAreaWeight[],
  total: number,
  charged: ReadonlyMap<string, number>,
): Map<string, number> {
  const chargedTo = (key: string) => charged.get(key) ?? 0;
  const sumCharged = skillAreas.reduce((s, a) => s + chargedTo(a.key), 0);
  if (sumCharged > total) throw new RangeError(`${sumCharged} questions charged to a form of ${total}`);
  const fixed = new Set<string>();
  for (;;) {
    const free = skillAreas.filter((a) => !fixed.has(a.key));
    const rest = total - [...fixed].reduce((s, key) => s + chargedTo(key), 0);
    const shares = new Map((free.length > 0 ? countsPerSkillArea(free, rest) : []).map((s) => [s.key, s.count]));
    const exceeded = free.filter((a) => shares.get(a.key)! < chargedTo(a.key));
    if (exceeded.length === 0) return new Map(skillAreas.map((a) => [a.key, fixed.has(a.key) ? chargedTo(a.key) : shares.get(a.key)!]));
    for (const a of exceeded) fixed.add(a.key);
  }
}

function assertWeights(skillAreas: readonly SkillAreaWeight[]): void {
  if (skillAreas.length === 0) throw new RangeError("a blueprint needs at least one skill area");
  const keys = new Set<string>();
  for (const { key, weightMin, weightMax } of skillAreas) {
    if (keys.has(key)) throw new RangeError(`skill area ${key} is listed twice`);
    keys.add(key);
    if (!Number.isInteger(weightMin) || !Number.isInteger(weightMax) || weightMin < 0 || weightMax < weightMin || weightMax > 100) {
      throw new RangeError(`skill area ${key} has an invalid weight range ${weightMin}–${weightMax}`);
    }
  }
}
