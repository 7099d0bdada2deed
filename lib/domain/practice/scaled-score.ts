// Microsoft reports exam results on a 1–1000 scale with 700 to pass, but does not publish how raw
// points map onto it (the cut varies by form and question difficulty). We show an ESTIMATE: a
// straight line from 0 % to the cut and another from the cut to 100 %.

export const SCALE_MIN = 1;
export const SCALE_MAX = 1000;
/** The raw percentage assumed to sit at the pass mark, unless an exam says otherwise. */
export const DEFAULT_RAW_CUT_PERCENT = 70;

export type ScaleOptions = { passMark: number; rawCutPercent?: number };

/**
 * Piecewise linear through (0 %, 1), (cut %, passMark) and (100 %, 1000), floored to an integer:
 * a shown score of `passMark` or more always means the raw score reached the cut (69.9 % with a
 * 70 % cut is 699, never a failing 700). No questions scores 1.
 */
export function estimateScaledScore(earned: number, possible: number, options: ScaleOptions): number {
  const { passMark, rawCutPercent = DEFAULT_RAW_CUT_PERCENT } = options;
  if (!Number.isInteger(passMark) || passMark <= SCALE_MIN || passMark >= SCALE_MAX) throw new RangeError(`pass mark ${passMark} is not inside ${SCALE_MIN}–${SCALE_MAX}`);
  if (!(rawCutPercent > 0 && rawCutPercent < 100)) throw new RangeError(`raw cut ${rawCutPercent} % is not between 0 and 100`);
  if (possible <= 0) return SCALE_MIN;

  const ratio = Math.min(1, Math.max(0, earned / possible));
  const cut = rawCutPercent / 100;
  const scaled =
    ratio <= cut
      ? SCALE_MIN + ((passMark - SCALE_MIN) * ratio) / cut
      : passMark + ((SCALE_MAX - passMark) * (ratio - cut)) / (1 - cut);
  // Decided on the points themselves, not on the float above, so 7/10 against 70 % is a pass however it rounds.
  const reachedCut = earned * 100 >= rawCutPercent * possible;
  const floored = Math.min(SCALE_MAX, Math.floor(scaled + 1e-9));
  return reachedCut ? Math.max(passMark, floored) : Math.min(passMark - 1, floored);
}
