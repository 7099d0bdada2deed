import { describe, expect, it } from "vitest";
import { currentStreak, studyMinutes } from "./study-streak.ts";

const today = new Date("2026-11-26T08:00:00Z");

describe("currentStreak", () => {
  it("counts consecutive days up to today", () => {
    expect(currentStreak(["2026-11-26", "2026-11-25", "2026-11-24", "2026-11-20"], today)).toBe(3);
  });
  it("keeps yesterday's streak alive before today's practice", () => {
    expect(currentStreak(["2026-11-25", "2026-11-24"], today)).toBe(2);
  });
  it("is zero after a missed day", () => {
    expect(currentStreak(["2026-11-23"], today)).toBe(0);
    expect(currentStreak([], today)).toBe(0);
  });
});

describe("studyMinutes", () => {
  it("adds the gaps between answers, capping idle gaps", () => {
    const at = (m: number) => new Date(today.getTime() + m * 60_000);
    // 1 min reading the first, then 2 + 3 minutes, then a 60-minute gap counted as 5.
    expect(studyMinutes([at(0), at(2), at(5), at(65)])).toBe(1 + 2 + 3 + 5);
  });
  it("is zero with no answers", () => {
    expect(studyMinutes([])).toBe(0);
  });
});
