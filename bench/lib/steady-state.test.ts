import { describe, expect, it } from "vitest";
import { percentile, steadyStateLatencies } from "./steady-state.ts";

describe("steadyStateLatencies", () => {
  it("keeps only requests sent after the last connection's first answer", () => {
    const responses = [
      { connection: 0, sentAt: 0, latencyMs: 10 }, // answered at 10
      { connection: 0, sentAt: 10, latencyMs: 10 },
      { connection: 1, sentAt: 0, latencyMs: 25 }, // answered at 25: the ramp ends here
      { connection: 0, sentAt: 20, latencyMs: 9 }, // sent before the ramp ended
      { connection: 0, sentAt: 29, latencyMs: 7 },
      { connection: 1, sentAt: 25, latencyMs: 8 },
    ];
    expect(steadyStateLatencies(responses, 2)).toEqual({ latencies: [7, 8], rampMs: 25 });
  });

  it("finds each connection's first answer whatever the order of the samples", () => {
    const responses = [
      { connection: 1, sentAt: 30, latencyMs: 5 },
      { connection: 0, sentAt: 12, latencyMs: 4 },
      { connection: 1, sentAt: 0, latencyMs: 30 },
      { connection: 0, sentAt: 0, latencyMs: 12 },
    ];
    expect(steadyStateLatencies(responses, 2)).toEqual({ latencies: [5], rampMs: 30 });
  });

  it("has no steady state while a connection has never been answered", () => {
    const result = steadyStateLatencies([{ connection: 0, sentAt: 0, latencyMs: 3 }], 2);
    expect(result.latencies).toEqual([]);
    expect(result.rampMs).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("percentile", () => {
  it("uses the nearest rank", () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted on purpose
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
  });

  it("is NaN without samples", () => {
    expect(percentile([], 99)).toBeNaN();
  });
});
