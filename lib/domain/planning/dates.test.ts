import { describe, expect, it } from "vitest";
import { addDays, dayParts, daysBetween, isIsoDay, isoDayOf } from "./dates.ts";

describe("calendar days", () => {
  it("recognises real days only", () => {
    expect(isIsoDay("2028-02-29")).toBe(true);
    expect(isIsoDay("2026-02-29")).toBe(false);
    expect(isIsoDay("2026-13-01")).toBe(false);
    expect(isIsoDay("2026-3-1")).toBe(false);
    expect(isIsoDay("2026-03-01T00:00")).toBe(false);
  });

  it("adds and counts days across months, years and daylight-saving changes", () => {
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(addDays("2026-12-30", 3)).toBe("2027-01-02");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-03-01", "2026-04-26")).toBe(56);
    expect(daysBetween("2026-04-26", "2026-03-01")).toBe(-56);
    expect(isoDayOf(new Date("2026-10-25T23:59:59.999Z"))).toBe("2026-10-25");
    expect(dayParts("2026-04-07")).toEqual([2026, 4, 7]);
  });

  it("refuses what is not a day", () => {
    expect(() => addDays("2026-02-30", 1)).toThrow(RangeError);
    expect(() => dayParts("soon")).toThrow(RangeError);
  });
});
