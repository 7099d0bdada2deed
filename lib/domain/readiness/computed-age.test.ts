import { describe, expect, it } from "vitest";
import { describeAge } from "./computed-age.ts";

const AT = Date.parse("2026-03-10T12:00:00Z");
const MINUTE = 60_000;

describe("describeAge", () => {
  it("counts whole minutes, then whole hours", () => {
    expect(describeAge(AT, AT + 59_999)).toBe("less than a minute ago");
    expect(describeAge(AT, AT + MINUTE)).toBe("1 minute ago");
    expect(describeAge(AT, AT + 9.5 * MINUTE)).toBe("9 minutes ago");
    expect(describeAge(AT, AT + 60 * MINUTE)).toBe("1 hour ago");
    expect(describeAge(AT, AT + 150 * MINUTE)).toBe("2 hours ago");
  });

  it("treats a clock that went backwards as just now", () => {
    expect(describeAge(AT, AT - 5 * MINUTE)).toBe("less than a minute ago");
  });
});
