import { describe, expect, it } from "vitest";
import { FORMATS_CATALOG } from "./fixtures/catalog.ts";
import { resolveSkillArea } from "./resolve-skill-area.ts";

const base = { examCode: "AZ-204", catalog: FORMATS_CATALOG };

describe("resolveSkillArea", () => {
  it("uses the mapping for the whole category or its last segment, first match wins", () => {
    expect(resolveSkillArea(["$course$/AZ-204/Compute"], { ...base, mapping: { Compute: "compute" } })).toEqual({ key: "compute" });
    expect(resolveSkillArea(["blob", "Misc"], { ...base, mapping: { blob: "storage", Misc: "compute" } })).toEqual({ key: "storage" });
  });

  it("treats an unmapped category as a problem when a mapping is given, rather than falling back", () => {
    expect(resolveSkillArea(["Databases"], { ...base, mapping: { Compute: "compute" }, skillAreaKey: "compute" })).toEqual({ message: 'unknown skill area: "Databases" is not in the mapping' });
  });

  it("ignores a mapping's inherited properties", () => {
    expect(resolveSkillArea(["constructor"], { ...base, mapping: {} })).toHaveProperty("message");
  });

  it("without a mapping, uses a category that already is a skill-area id, else skillAreaKey", () => {
    expect(resolveSkillArea(["AZ-204/storage"], base)).toEqual({ key: "storage" });
    expect(resolveSkillArea(["Develop for Azure storage"], { ...base, skillAreaKey: "storage" })).toEqual({ key: "storage" });
    expect(resolveSkillArea(undefined, base)).toEqual({ message: "no skill area: the question names no category, and no skillAreaKey was given" });
  });

  it("checks the key against the catalog", () => {
    expect(resolveSkillArea(undefined, { ...base, skillAreaKey: "networking" })).toEqual({ message: expect.stringContaining("unknown skill area networking of AZ-204") });
    expect(resolveSkillArea(undefined, { examCode: "AZ-204", skillAreaKey: "networking" })).toEqual({ key: "networking" });
  });
});
