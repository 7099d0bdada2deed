import { describe, expect, it } from "vitest";
import { insufficientData, MIN_ANSWERS_FOR_READINESS } from "./status.ts";

describe("insufficientData", () => {
  it("says how many more answers are needed below the minimum, and nothing from it on", () => {
    expect(insufficientData(10)).toEqual({ status: "insufficient-data", answered: 10, needed: MIN_ANSWERS_FOR_READINESS - 10 });
    expect(insufficientData(0)!.needed).toBe(MIN_ANSWERS_FOR_READINESS);
    expect(insufficientData(MIN_ANSWERS_FOR_READINESS)).toBeNull();
  });
});
