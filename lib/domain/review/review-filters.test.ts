import { describe, expect, it } from "vitest";
import { filtersQuery, isFiltered, matchesFilters, NO_FILTERS, type FilterableItem } from "./review-filters.ts";

const item = (overrides: Partial<FilterableItem> = {}): FilterableItem => ({ isCorrect: false, flagged: false, skillAreaKey: "compute", type: "single", ...overrides });

describe("review filters", () => {
  it("shows everything without filters", () => {
    expect(matchesFilters(item(), NO_FILTERS)).toBe(true);
    expect(matchesFilters(item({ isCorrect: true }), NO_FILTERS)).toBe(true);
  });

  it("filters by result, flag, skill area and type, all at once", () => {
    const filters = { result: "wrong" as const, flagged: true, area: "compute", type: "single" as const };
    expect(matchesFilters(item({ flagged: true }), filters)).toBe(true);
    expect(matchesFilters(item({ flagged: true, isCorrect: true }), filters)).toBe(false);
    expect(matchesFilters(item(), filters)).toBe(false);
    expect(matchesFilters(item({ flagged: true, skillAreaKey: "storage" }), filters)).toBe(false);
    expect(matchesFilters(item({ flagged: true, type: "yesno" }), filters)).toBe(false);
    expect(matchesFilters(item({ isCorrect: true }), { ...NO_FILTERS, result: "right" })).toBe(true);
    expect(matchesFilters(item(), { ...NO_FILTERS, result: "right" })).toBe(false);
  });

  it("writes short, stable URLs", () => {
    expect(filtersQuery(NO_FILTERS)).toBe("");
    expect(isFiltered(NO_FILTERS)).toBe(false);
    expect(filtersQuery({ result: "wrong", flagged: true, area: "compute", type: "yesno" })).toBe("?result=wrong&flagged=1&area=compute&type=yesno");
    expect(isFiltered({ ...NO_FILTERS, area: "compute" })).toBe(true);
  });
});
