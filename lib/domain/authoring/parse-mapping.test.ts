import { describe, expect, it } from "vitest";
import { parseMapping } from "./parse-mapping.ts";

describe("parseMapping", () => {
  it("reads category = skill-area lines, with -> and : too, ignoring blanks and comments", () => {
    expect(parseMapping("# from GIFT categories\nCompute = compute\n\nStorage/Blobs -> storage\nSecurity: secure\n")).toEqual({
      mapping: { Compute: "compute", "Storage/Blobs": "storage", Security: "secure" },
      errors: [],
    });
  });

  it("reports each unreadable line and each category mapped twice, with its line number", () => {
    const result = parseMapping("Compute = compute\njust words\nCompute = storage\nX = Not A Slug");
    expect(result.mapping).toEqual({ Compute: "compute" });
    expect(result.errors).toEqual([
      'line 2: write "category = skill-area-id" (got "just words")',
      'line 3: "Compute" is already mapped to compute',
      'line 4: write "category = skill-area-id" (got "X = Not A Slug")',
    ]);
  });
});
