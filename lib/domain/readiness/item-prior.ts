// What we believe about a question before learners answer it: the author's 1–5 difficulty
// places its IRT difficulty b, with a spread wide enough that a few dozen answers overrule it.

export type ItemPrior = { bMean: number; bSd: number; logAMean: number; logASd: number };

/** Logits per step of the author's scale: 1 → −1.2, 3 → 0, 5 → +1.2 on the learners' N(0, 1) ability scale. */
export const B_PER_DIFFICULTY_STEP = 0.6;
export const B_PRIOR_SD = 1;
/** Discrimination a = e^α with α ~ N(0, 0.5²): most exam questions have a between 0.4 and 2.7. */
export const LOG_A_PRIOR_SD = 0.5;

export function itemPrior(authorDifficulty: number): ItemPrior {
  const d = Number.isFinite(authorDifficulty) ? Math.min(5, Math.max(1, authorDifficulty)) : 3;
  return { bMean: (d - 3) * B_PER_DIFFICULTY_STEP, bSd: B_PRIOR_SD, logAMean: 0, logASd: LOG_A_PRIOR_SD };
}
