// How much of the study time each skill area deserves: its share of the exam (weight-range
// midpoint), leaned towards the areas where the learner answers worst once there is data.

export type AreaWeight = { key: string; name: string; weightMin: number; weightMax: number };
export type AreaPerformance = { key: string; answered: number; correct: number };
export type AreaFocus = AreaWeight & {
  answered: number;
  /** Share of answers correct (0–1), or null while there are too few answers to tell. */
  accuracy: number | null;
  /** Share of the study time (0–1); the shares of all areas sum to 1. */
  share: number;
};

/** Fewer answers than this say more about luck than about the learner. */
export const MIN_ANSWERS_FOR_ACCURACY = 5;
/** The accuracy at which an area gets exactly its exam weight; below it gets more, above less. */
export const TARGET_ACCURACY = 0.75;
const MIN_FACTOR = 0.5;
const MAX_FACTOR = 2;

/**
 * An area's time is its midpoint weight times a factor of 1 + 2 × (target − accuracy), kept to
 * 0.5–2: an area at 25 % correct gets twice its weight, one at 100 % half of it, and an area
 * without enough answers its plain weight.
 */
export function focusShares(areas: readonly AreaWeight[], performance: readonly AreaPerformance[] = []): AreaFocus[] {
  if (areas.length === 0) throw new RangeError("an exam needs at least one skill area");
  const byKey = new Map(performance.map((p) => [p.key, p]));
  const rows = areas.map((area) => {
    const seen = byKey.get(area.key);
    const answered = seen?.answered ?? 0;
    const accuracy = seen && answered >= MIN_ANSWERS_FOR_ACCURACY ? Math.min(1, Math.max(0, seen.correct / answered)) : null;
    const factor = accuracy === null ? 1 : Math.min(MAX_FACTOR, Math.max(MIN_FACTOR, 1 + 2 * (TARGET_ACCURACY - accuracy)));
    return { area, answered, accuracy, weight: ((area.weightMin + area.weightMax) / 2) * factor };
  });
  const total = rows.reduce((s, r) => s + r.weight, 0);
  if (total <= 0) throw new RangeError("at least one skill area needs a weight above 0");
  return rows.map(({ area, answered, accuracy, weight }) => ({ ...area, answered, accuracy, share: weight / total }));
}
