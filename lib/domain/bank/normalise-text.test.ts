import { describe, expect, it } from "vitest";
import { normaliseText } from "./normalise-text.ts";

describe("normaliseText", () => {
  it("ignores case, accents, spacing, emphasis and a final full stop", () => {
    expect(normaliseText("  Use  **Azure**  Café _now_.")).toBe(normaliseText("use azure cafe now"));
  });

  it("keeps code spans exact, so options that differ only in code stay different", () => {
    expect(normaliseText("`0 30 9 1-5 * *`")).not.toBe(normaliseText("`0 30 9 * * 1-5`"));
    expect(normaliseText("`Get-AzVM`")).not.toBe(normaliseText("`get-azvm`"));
    expect(normaliseText("Run `az login`")).toBe(normaliseText("run az login"));
  });

  it("leaves arithmetic stars alone", () => {
    expect(normaliseText("2 * 3 * 4")).not.toBe(normaliseText("2 3 4"));
  });
});
