import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCatalog } from "./catalog-schema.ts";

const bundled = fs.readFileSync("prisma/catalog/exams.yaml", "utf8");

describe("exam catalog", () => {
  it("holds the four Azure exams with outlines whose midpoints are plausible", () => {
    const catalog = parseCatalog(bundled);
    expect(catalog.exams.map((e) => e.code)).toEqual(["AZ-900", "AZ-104", "AZ-204", "AZ-400"]);
    for (const exam of catalog.exams) {
      const midpoints = exam.skillAreas.reduce((sum, a) => sum + (a.weightMin + a.weightMax) / 2, 0);
      expect(midpoints).toBeGreaterThan(85);
      expect(midpoints).toBeLessThan(110);
      expect(exam.passMark).toBe(700);
    }
  });

  it("records AZ-400's prerequisite as one of AZ-104 or AZ-204", () => {
    const az400 = parseCatalog(bundled).exams.find((e) => e.code === "AZ-400");
    expect(az400?.prerequisites).toEqual([["AZ-104", "AZ-204"]]);
  });

  it("records AZ-204's reported retirement as unconfirmed, with its source", () => {
    const az204 = parseCatalog(bundled).exams.find((e) => e.code === "AZ-204");
    expect(az204?.lifecycle?.confirmed).toBe(false);
    expect(az204?.lifecycle?.successorCode).toBe("AI-200");
    expect(az204?.lifecycle?.retirementDate.toISOString().slice(0, 10)).toBe("2026-07-31");
    expect(az204?.lifecycle?.source).toMatch(/third-party/i);
  });

  it("names every problem with its path", () => {
    const broken = bundled.replace("weightMin: 25, weightMax: 30 }", "weightMin: 40, weightMax: 30 }").replace("[AZ-104, AZ-204]", "[AZ-104, AZ-999]");
    expect(() => parseCatalog(broken)).toThrow(/exams\.0\.skillAreas\.0: weightMin must not exceed weightMax[\s\S]*unknown exam AZ-999/);
  });
});
