import { describe, expect, it } from "vitest";
import { ANSWER_GRACE_MS, attemptClock, canAcceptAnswer } from "./deadline.ts";

const startedAt = new Date("2026-03-01T09:00:00.000Z");
const at = (iso: string) => new Date(iso);

describe("attemptClock", () => {
  it("sets the deadline from the start and the duration and counts down to it", () => {
    expect(attemptClock({ startedAt, durationMinutes: 100, now: at("2026-03-01T10:00:00.000Z") })).toEqual({
      deadline: at("2026-03-01T10:40:00.000Z"),
      remainingMs: 40 * 60_000,
      expired: false,
    });
  });

  it("is expired from the deadline on, with nothing remaining rather than a negative time", () => {
    expect(attemptClock({ startedAt, durationMinutes: 100, now: at("2026-03-01T10:40:00.000Z") })).toMatchObject({ remainingMs: 0, expired: true });
    expect(attemptClock({ startedAt, durationMinutes: 100, now: at("2026-03-01T12:00:00.000Z") })).toMatchObject({ remainingMs: 0, expired: true });
    expect(attemptClock({ startedAt, durationMinutes: 100, now: at("2026-03-01T10:39:59.999Z") })).toMatchObject({ remainingMs: 1, expired: false });
  });

  it("has no deadline for an untimed attempt", () => {
    expect(attemptClock({ startedAt, durationMinutes: null, now: at("2027-01-01T00:00:00.000Z") })).toEqual({
      deadline: null,
      remainingMs: null,
      expired: false,
    });
  });

  it("refuses a duration that is not positive", () => {
    expect(() => attemptClock({ startedAt, durationMinutes: 0, now: startedAt })).toThrow(RangeError);
    expect(() => attemptClock({ startedAt, durationMinutes: Number.NaN, now: startedAt })).toThrow(RangeError);
  });
});

describe("canAcceptAnswer", () => {
  const deadline = at("2026-03-01T10:40:00.000Z");
  const after = (ms: number) => new Date(deadline.getTime() + ms);

  it("takes answers up to the deadline and for the grace period after it, then refuses them", () => {
    expect(ANSWER_GRACE_MS).toBe(2_000);
    expect(canAcceptAnswer({ status: "IN_PROGRESS", deadline, now: after(-60_000) })).toBe(true);
    expect(canAcceptAnswer({ status: "IN_PROGRESS", deadline, now: after(ANSWER_GRACE_MS) })).toBe(true);
    expect(canAcceptAnswer({ status: "IN_PROGRESS", deadline, now: after(ANSWER_GRACE_MS + 1) })).toBe(false);
  });

  it("refuses answers to a submitted attempt, even before its deadline", () => {
    expect(canAcceptAnswer({ status: "SUBMITTED", deadline, now: after(-60_000) })).toBe(false);
    expect(canAcceptAnswer({ status: "SUBMITTED", deadline: null, now: after(0) })).toBe(false);
  });

  it("takes answers to an open untimed attempt at any time", () => {
    expect(canAcceptAnswer({ status: "IN_PROGRESS", deadline: null, now: at("2030-01-01T00:00:00.000Z") })).toBe(true);
  });
});
