import type { ItemStatisticsDto } from "@/lib/server/readiness/dto.ts";
import type { ItemStatisticsSort } from "@/lib/validation/readiness.ts";

/** The direction a column sorts in first: the figures an author acts on come to the top. */
export const DEFAULT_DIRECTION: Record<ItemStatisticsSort, "asc" | "desc"> = {
  flags: "desc",
  answered: "desc",
  correct: "asc",
  discrimination: "asc",
  "irt-a": "asc",
  "irt-b": "desc",
  question: "asc",
};

const KEY: Record<ItemStatisticsSort, (s: ItemStatisticsDto) => number | string | null> = {
  flags: (s) => s.flags.length,
  answered: (s) => s.timesAnswered,
  correct: (s) => s.percentCorrect,
  discrimination: (s) => s.pointBiserial,
  "irt-a": (s) => s.irt.a,
  "irt-b": (s) => s.irt.b,
  question: (s) => s.questionId,
};

/** Sorted by the column; questions without the figure (too few answers) go last either way, ties by discrimination then id. */
export function sortStatistics(stats: readonly ItemStatisticsDto[], sort: ItemStatisticsSort, dir: "asc" | "desc"): ItemStatisticsDto[] {
  const key = KEY[sort];
  const sign = dir === "asc" ? 1 : -1;
  const compare = (x: number | string | null, y: number | string | null) => {
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return sign * (typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y)));
  };
  return [...stats].sort(
    (x, y) =>
      compare(key(x), key(y)) ||
      (x.pointBiserial ?? Infinity) - (y.pointBiserial ?? Infinity) ||
      x.questionId.localeCompare(y.questionId),
  );
}
