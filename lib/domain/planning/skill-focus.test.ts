import { describe, expect, it } from "vitest";
import { focusShares } from "./skill-focus.ts";

const AREAS = [
  { key: "compute", name: "Compute", weightMin: 25, weightMax: 30 },
  { key: "storage", name: "Storage", weightMin: 15, weightMax: 20 },
  { key: "monitor", name: "Monitor", weightMin: 5, weightMax: 10 },
];

const shares = (rows: ReturnType<typeof focusShares>) => Object.fromEntries(rows.map((r) => [r.key, Number(r.share.toFixed(4))]));

describe("focusShares", () => {
  it("follows the weight midpoints when there is no data", () => {
    expect(shares(focusShares(AREAS))).toEqual({ compute: 0.5238, storage: 0.3333, monitor: 0.1429 });
    expect(focusShares(AREAS).every((r) => r.accuracy === null)).toBe(true);
  });

  it("gives a weak area more time and a strong one less, summing to one", () => {
    const rows = focusShares(AREAS, [
      { key: "compute", answered: 20, correct: 19 },
      { key: "storage", answered: 20, correct: 5 },
    ]);
    expect(rows.find((r) => r.key === "storage")!.accuracy).toBe(0.25);
    expect(rows.find((r) => r.key === "storage")!.share).toBeGreaterThan(rows.find((r) => r.key === "compute")!.share);
    expect(rows.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 10);
    // compute 27.5 × 0.6, storage 17.5 × 2, monitor 7.5 × 1
    expect(shares(rows)).toEqual({ compute: 0.2797, storage: 0.5932, monitor: 0.1271 });
  });

  it("ignores an area with too few answers and keeps the factor within bounds", () => {
    const few = focusShares(AREAS, [{ key: "monitor", answered: 4, correct: 0 }]);
    expect(shares(few)).toEqual(shares(focusShares(AREAS)));
    expect(few.find((r) => r.key === "monitor")).toMatchObject({ answered: 4, accuracy: null });
    const none = focusShares(AREAS, [{ key: "monitor", answered: 10, correct: 0 }]);
    const perfect = focusShares(AREAS, [{ key: "monitor", answered: 10, correct: 10 }]);
    expect(none.find((r) => r.key === "monitor")!.share / perfect.find((r) => r.key === "monitor")!.share).toBeCloseTo(3.25, 2);
  });

  it("refuses an outline it cannot divide", () => {
    expect(() => focusShares([])).toThrow(RangeError);
    expect(() => focusShares([{ key: "x", name: "X", weightMin: 0, weightMax: 0 }])).toThrow(RangeError);
  });
});
