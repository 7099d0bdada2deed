import { describe, expect, it } from "vitest";
import { typeFromWeights } from "./choice-weights.ts";

describe("typeFromWeights", () => {
  it.each([
    [[100, 0, 0], false, { type: "single" }],
    [[50, 50, -50, -50], false, { type: "multiple", partialCredit: true }],
    [[33.33333, 33.33333, 33.33333, -100], false, { type: "multiple", partialCredit: true }],
    [[100, 100, 0], false, { type: "multiple", partialCredit: false }],
  ])("reads %j as %j", (weights, singleOnly, expected) => {
    expect(typeFromWeights(weights, singleOnly)).toEqual(expected);
  });

  it.each([
    [[0, -50, 0], false, "the answer key is missing"],
    [[50, 0, 0], false, "earns 50 %, not 100 %"],
    [[100, 50, 0], true, "gives credit to 2 answers"],
    [[60, 40, 0], false, "different credit"],
    [[25, 25, 0], false, "adds up to 50 %"],
  ])("refuses %j", (weights, singleOnly, message) => {
    expect(typeFromWeights(weights, singleOnly)).toEqual({ message: expect.stringContaining(message) });
  });
});
