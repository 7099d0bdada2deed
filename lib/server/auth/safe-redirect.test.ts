import { describe, expect, it } from "vitest";
import { safeRedirect } from "./safe-redirect.ts";

const baseUrl = "https://passpath.example";

describe("safeRedirect", () => {
  it("keeps paths and URLs of the site", () => {
    expect(safeRedirect({ url: "/dashboard?tab=1", baseUrl })).toBe("https://passpath.example/dashboard?tab=1");
    expect(safeRedirect({ url: "https://passpath.example/exams", baseUrl })).toBe("https://passpath.example/exams");
  });

  it("sends other sites, protocol-relative URLs and junk to the start page instead of throwing", () => {
    for (const url of ["https://evil.example/", "//evil.example/path", "ca00a0000aa0a0aa000a0a00a", "", "javascript:alert(1)", "http://[::1"]) {
      expect(safeRedirect({ url, baseUrl })).toBe(baseUrl);
    }
  });
});
