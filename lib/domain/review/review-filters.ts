import type { QuestionType } from "../questions/content.ts";

// Filters of an attempt review. They live in the URL, so a filtered view can be bookmarked,
// shared with oneself, and reached from the per-skill-area breakdown.

export type ReviewResultFilter = "all" | "wrong" | "right";
export type ReviewFilterState = { result: ReviewResultFilter; flagged: boolean; area?: string; type?: QuestionType };
export type FilterableItem = { isCorrect: boolean; flagged: boolean; skillAreaKey: string; type: QuestionType };

export const NO_FILTERS: ReviewFilterState = { result: "all", flagged: false };

/** "Wrong" is every item that earned less than full marks, an unanswered one included. */
export function matchesFilters(item: FilterableItem, filters: ReviewFilterState): boolean {
  if (filters.result === "wrong" && item.isCorrect) return false;
  if (filters.result === "right" && !item.isCorrect) return false;
  if (filters.flagged && !item.flagged) return false;
  if (filters.area !== undefined && item.skillAreaKey !== filters.area) return false;
  if (filters.type !== undefined && item.type !== filters.type) return false;
  return true;
}

/** The query string for these filters ("" when none), defaults left out so URLs stay short. */
export function filtersQuery(filters: ReviewFilterState): string {
  const params = new URLSearchParams();
  if (filters.result !== "all") params.set("result", filters.result);
  if (filters.flagged) params.set("flagged", "1");
  if (filters.area) params.set("area", filters.area);
  if (filters.type) params.set("type", filters.type);
  const query = params.toString();
  return query ? `?${query}` : "";
}

export function isFiltered(filters: ReviewFilterState): boolean {
  return filtersQuery(filters) !== "";
}
