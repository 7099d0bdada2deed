import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./safe-callback-url.ts";

describe("safeCallbackUrl", () => {
  it("keeps same-site paths", () => {
    expect(safeCallbackUrl("/account?tab=data")).toBe("/account?tab=data");
  });
  it.each(["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", null, undefined])("sends %s home", (value) => {
    expect(safeCallbackUrl(value)).toBe("/");
  });
});
