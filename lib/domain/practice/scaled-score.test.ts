import { describe, expect, it } from "vitest";
import { estimateScaledScore } from "./scaled-score.ts";

const AZ = { passMark: 700 };

describe("estimateScaledScore", () => {
  it("maps 0 % to 1, the 70 % cut to the pass mark and 100 % to 1000, linearly between", () => {
    expect(estimateScaledScore(0, 40, AZ)).toBe(1);
    expect(estimateScaledScore(14, 40, AZ)).toBe(350); // 35 %: 1 + 699 / 2 = 350.5, floored
    expect(estimateScaledScore(28, 40, AZ)).toBe(700);
    expect(estimateScaledScore(34, 40, AZ)).toBe(850); // 85 %: halfway from 700 to 1000
    expect(estimateScaledScore(40, 40, AZ)).toBe(1000);
  });

  it("floors, so a raw score just under the cut never shows a passing 700", () => {
    expect(estimateScaledScore(699, 1000, AZ)).toBe(699);
    expect(estimateScaledScore(6999, 10000, AZ)).toBe(699);
    expect(estimateScaledScore(7, 10, AZ)).toBe(700);
  });

  it("puts exactly the cut at the pass mark for every cut and form size, float error or not", () => {
    for (let cut = 50; cut <= 85; cut++) {
      for (let possible = 1; possible <= 120; possible++) {
        const atCut = Math.ceil((cut * possible) / 100);
        expect(estimateScaledScore(atCut, possible, { passMark: 700, rawCutPercent: cut })).toBeGreaterThanOrEqual(700);
        if (atCut > 0) expect(estimateScaledScore(atCut - 1, possible, { passMark: 700, rawCutPercent: cut })).toBeLessThan(700);
      }
    }
  });

  it("never decreases as the raw score rises", () => {
    let last = 0;
    for (let earned = 0; earned <= 1000; earned++) {
      const score = estimateScaledScore(earned, 1000, AZ);
      expect(score).toBeGreaterThanOrEqual(last);
      last = score;
    }
    expect(last).toBe(1000);
  });

  it("takes another raw cut as a parameter", () => {
    expect(estimateScaledScore(60, 100, { passMark: 700, rawCutPercent: 60 })).toBe(700);
    expect(estimateScaledScore(80, 100, { passMark: 700, rawCutPercent: 60 })).toBe(850);
    expect(estimateScaledScore(30, 100, { passMark: 700, rawCutPercent: 60 })).toBe(350);
  });

  it("scores an attempt without questions 1 and refuses impossible settings", () => {
    expect(estimateScaledScore(0, 0, AZ)).toBe(1);
    expect(() => estimateScaledScore(1, 2, { passMark: 1000 })).toThrow(RangeError);
    expect(() => estimateScaledScore(1, 2, { passMark: 700, rawCutPercent: 100 })).toThrow(RangeError);
    expect(() => estimateScaledScore(1, 2, { passMark: 700, rawCutPercent: 0 })).toThrow(RangeError);
  });
});
