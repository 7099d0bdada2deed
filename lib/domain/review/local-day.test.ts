import { describe, expect, it } from "vitest";
import { daysUntil, isTimeZone, localDate, startOfNextDay } from "./local-day.ts";

describe("local days", () => {
  it("knows real time zones from made-up ones", () => {
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
  });

  it("dates an instant in the learner's zone", () => {
    const at = new Date("2025-03-03T23:30:00Z");
    expect(localDate(at, "UTC")).toBe("2025-03-03");
    expect(localDate(at, "Europe/Berlin")).toBe("2025-03-04");
    expect(localDate(at, "America/Los_Angeles")).toBe("2025-03-03");
  });

  it("finds the next local midnight", () => {
    expect(startOfNextDay(new Date("2025-03-03T15:00:00Z"), "UTC").toISOString()).toBe("2025-03-04T00:00:00.000Z");
    expect(startOfNextDay(new Date("2025-03-03T15:00:00Z"), "Europe/Berlin").toISOString()).toBe("2025-03-03T23:00:00.000Z");
    expect(startOfNextDay(new Date("2025-03-03T15:00:00Z"), "Asia/Kolkata").toISOString()).toBe("2025-03-03T18:30:00.000Z");
  });

  it("crosses daylight-saving changes", () => {
    // Berlin springs forward on 30 March 2025 at 02:00; the next midnight is then at UTC+2.
    expect(startOfNextDay(new Date("2025-03-30T12:00:00Z"), "Europe/Berlin").toISOString()).toBe("2025-03-30T22:00:00.000Z");
    expect(startOfNextDay(new Date("2025-03-29T12:00:00Z"), "Europe/Berlin").toISOString()).toBe("2025-03-29T23:00:00.000Z");
    // Santiago skips midnight itself on 7 September 2025: that day starts at 01:00 local.
    const start = startOfNextDay(new Date("2025-09-06T12:00:00Z"), "America/Santiago");
    expect(localDate(start, "America/Santiago")).toBe("2025-09-07");
    expect(localDate(new Date(start.getTime() - 1), "America/Santiago")).toBe("2025-09-06");
  });

  it("counts calendar days, not 24-hour periods", () => {
    const now = new Date("2025-03-03T22:00:00Z");
    expect(daysUntil(new Date("2025-03-04T01:00:00Z"), now, "UTC")).toBe(1);
    expect(daysUntil(new Date("2025-03-03T01:00:00Z"), now, "UTC")).toBe(0);
    expect(daysUntil(new Date("2025-03-01T23:00:00Z"), now, "UTC")).toBe(-2);
  });
});
