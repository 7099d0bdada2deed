import { describe, expect, it } from "vitest";
import { apportion } from "./apportion.ts";

describe("apportion", () => {
  it("splits in proportion and always sums to the total", () => {
    expect(apportion(10, [1, 1])).toEqual([5, 5]);
    expect(apportion(10, [1, 2, 2])).toEqual([2, 4, 4]);
    expect(apportion(7, [1, 1, 1])).toEqual([3, 2, 2]);
    for (let total = 0; total < 60; total++) expect(apportion(total, [27.5, 17.5, 17.5, 7.5, 22.5]).reduce((s, c) => s + c, 0)).toBe(total);
  });

  it("gives nothing to a zero weight and leftovers to the largest remainders", () => {
    expect(apportion(5, [0, 3, 1])).toEqual([0, 4, 1]);
    expect(apportion(3, [0.4, 0.35, 0.25])).toEqual([1, 1, 1]);
  });

  it("refuses totals and weights it cannot split", () => {
    expect(() => apportion(-1, [1])).toThrow(RangeError);
    expect(() => apportion(1.5, [1])).toThrow(RangeError);
    expect(() => apportion(3, [0, 0])).toThrow(RangeError);
    expect(() => apportion(3, [1, -1])).toThrow(RangeError);
    expect(apportion(0, [0, 0])).toEqual([0, 0]);
  });
});
