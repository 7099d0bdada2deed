import { describe, expect, it } from "vitest";
import { containsNul, hasNoNul } from "./text.ts";

describe("NUL checks", () => {
  it("finds NUL in strings, nested values and keys", () => {
    expect(hasNoNul("plain text")).toBe(true);
    expect(hasNoNul("a\u0000b")).toBe(false);
    expect(containsNul({ text: "fine", list: [1, null, { deep: "x\u0000" }] })).toBe(true);
    expect(containsNul({ ["k\u0000"]: 1 })).toBe(true);
    expect(containsNul({ text: "fine", list: [1, null, true, { deep: "\\u0000 is only escaped text" }] })).toBe(false);
  });
});
