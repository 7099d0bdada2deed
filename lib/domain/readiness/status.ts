// Few answers give a wide, prior-driven estimate; below this many we say so instead of showing a
// number. Chosen with the simulator's answer-count sweep (docs/readiness.md).

export const MIN_ANSWERS_FOR_READINESS = 30;

export type InsufficientData = { status: "insufficient-data"; answered: number; needed: number };

/** "Answer `needed` more questions" when `answered` is below the minimum, else null. */
export function insufficientData(answered: number, minimum = MIN_ANSWERS_FOR_READINESS): InsufficientData | null {
  return answered >= minimum ? null : { status: "insufficient-data", answered, needed: minimum - answered };
}
