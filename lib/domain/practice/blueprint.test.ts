import { describe, expect, it } from "vitest";
import { countsAfterCharges, countsPerSkillArea, type SkillAreaWeight } from "./blueprint.ts";

const outline = (...areas: [string, number, number][]): SkillAreaWeight[] =>
  areas.map(([key, weightMin, weightMax]) => ({ key, weightMin, weightMax }));

// The official outlines, as in prisma/catalog/exams.yaml.
const AZ_204 = outline(["compute", 25, 30], ["storage", 15, 20], ["security", 15, 20], ["monitor", 5, 10], ["connect", 20, 25]);
const AZ_400 = outline(
  ["processes", 10, 15],
  ["source-control", 10, 15],
  ["pipelines", 50, 55],
  ["security-compliance", 10, 15],
  ["instrumentation", 5, 10],
);
const AZ_104 = outline(["identity-governance", 20, 25], ["storage", 15, 20], ["compute", 20, 25], ["networking", 15, 20], ["monitor", 10, 15]);
const AZ_900 = outline(["cloud-concepts", 25, 30], ["architecture-services", 35, 40], ["management-governance", 30, 35]);

const counts = (areas: SkillAreaWeight[], total: number) => countsPerSkillArea(areas, total).map((c) => c.count);

// Expected values worked out by hand: quota = total × midpoint / Σ midpoints, floor, then the
// largest remainders; the comments name the tie-breaks that decided a seat.
describe("countsPerSkillArea with the real outlines", () => {
  it("AZ-204 (midpoints 27.5, 17.5, 17.5, 7.5, 22.5)", () => {
    expect(counts(AZ_204, 1)).toEqual([1, 0, 0, 0, 0]);
    expect(counts(AZ_204, 10)).toEqual([3, 2, 2, 1, 2]);
    // storage and security tie on remainder and midpoint: the one listed first gets the seat.
    expect(counts(AZ_204, 40)).toEqual([12, 8, 7, 3, 10]);
    expect(counts(AZ_204, 50)).toEqual([15, 10, 9, 4, 12]);
    expect(counts(AZ_204, 60)).toEqual([18, 11, 11, 5, 15]);
  });

  it("AZ-400 (pipelines carries half the exam)", () => {
    expect(counts(AZ_400, 1)).toEqual([0, 0, 1, 0, 0]);
    expect(counts(AZ_400, 10)).toEqual([1, 1, 6, 1, 1]);
    expect(counts(AZ_400, 40)).toEqual([5, 5, 22, 5, 3]);
    // Three areas tie for the last seat: processes is listed first.
    expect(counts(AZ_400, 50)).toEqual([7, 6, 27, 6, 4]);
    expect(counts(AZ_400, 60)).toEqual([8, 8, 32, 8, 4]);
  });

  it("AZ-104", () => {
    // identity-governance and compute tie: listed first wins.
    expect(counts(AZ_104, 1)).toEqual([1, 0, 0, 0, 0]);
    expect(counts(AZ_104, 10)).toEqual([3, 2, 2, 2, 1]);
    expect(counts(AZ_104, 40)).toEqual([10, 8, 10, 7, 5]);
    expect(counts(AZ_104, 50)).toEqual([12, 10, 12, 9, 7]);
    expect(counts(AZ_104, 60)).toEqual([15, 11, 15, 11, 8]);
  });

  it("AZ-900", () => {
    expect(counts(AZ_900, 1)).toEqual([0, 1, 0]);
    expect(counts(AZ_900, 10)).toEqual([3, 4, 3]);
    expect(counts(AZ_900, 40)).toEqual([11, 16, 13]);
    expect(counts(AZ_900, 50)).toEqual([14, 19, 17]);
    expect(counts(AZ_900, 60)).toEqual([17, 23, 20]);
  });

  it("always sums to the total and keeps each area within one of its exact share", () => {
    for (const areas of [AZ_204, AZ_400, AZ_104, AZ_900]) {
      const sum = areas.reduce((s, a) => s + a.weightMin + a.weightMax, 0);
      for (let total = 0; total <= 120; total++) {
        const result = countsPerSkillArea(areas, total);
        expect(result.reduce((s, c) => s + c.count, 0)).toBe(total);
        result.forEach((c, i) => {
          const exact = (total * (areas[i]!.weightMin + areas[i]!.weightMax)) / sum;
          expect(Math.abs(c.count - exact)).toBeLessThan(1);
        });
      }
    }
  });
});

describe("countsPerSkillArea tie-breaks and input checks", () => {
  it("breaks an equal remainder by the larger midpoint before the order", () => {
    // Remainders: a 0.5, b 0.5 — b has the larger midpoint although it is listed second.
    const areas = outline(["a", 10, 10], ["b", 30, 30]);
    expect(countsPerSkillArea(areas, 2)).toEqual([
      { key: "a", count: 0 },
      { key: "b", count: 2 },
    ]);
    expect(counts(outline(["a", 10, 10], ["b", 10, 10], ["c", 10, 10]), 1)).toEqual([1, 0, 0]);
  });

  it("returns zeros for a total of 0", () => {
    expect(counts(AZ_204, 0)).toEqual([0, 0, 0, 0, 0]);
  });

  it("rejects a bad total, duplicate keys, inverted ranges and an empty outline", () => {
    expect(() => countsPerSkillArea(AZ_204, -1)).toThrow(RangeError);
    expect(() => countsPerSkillArea(AZ_204, 2.5)).toThrow(RangeError);
    expect(() => countsPerSkillArea(outline(["a", 10, 20], ["a", 10, 20]), 5)).toThrow(/twice/);
    expect(() => countsPerSkillArea(outline(["a", 20, 10]), 5)).toThrow(/weight range/);
    expect(() => countsPerSkillArea([], 5)).toThrow(RangeError);
    expect(() => countsPerSkillArea(outline(["a", 0, 0]), 5)).toThrow(RangeError);
  });
});

describe("countsAfterCharges", () => {
  const asObject = (m: Map<string, number>) => Object.fromEntries(m);

  it("is the plain blueprint when no charge exceeds its area's share", () => {
    const charged = new Map([["compute", 3], ["connect", 2]]);
    expect(asObject(countsAfterCharges(AZ_204, 40, charged))).toEqual({ compute: 12, storage: 8, security: 7, monitor: 3, connect: 10 });
  });

  it("keeps an overshooting area at its charge and shares the rest over the others by weight", () => {
    // monitor wanted 3 of 40 but a case study brings 4: the other 36 go by weight to the other four areas.
    const charged = new Map([["monitor", 4]]);
    expect(asObject(countsAfterCharges(AZ_204, 40, charged))).toEqual({ compute: 12, storage: 7, security: 7, monitor: 4, connect: 10 });
  });

  it("fixes an area that only exceeds its share after the first rebalance", () => {
    // Out of 10: monitor 3 > 1 is fixed first; security's share then drops to 1 < 2, so it is fixed too.
    const charged = new Map([["monitor", 3], ["security", 2]]);
    const result = countsAfterCharges(AZ_204, 10, charged);
    expect(asObject(result)).toEqual({ compute: 2, storage: 1, security: 2, monitor: 3, connect: 2 });
    expect([...result.keys()]).toEqual(AZ_204.map((a) => a.key));
  });

  it("refuses charges larger than the form", () => {
    expect(() => countsAfterCharges(AZ_204, 3, new Map([["compute", 4]]))).toThrow(RangeError);
  });
});
