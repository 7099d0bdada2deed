export type WeightedType = { type: "single" } | { type: "multiple"; partialCredit: boolean } | { message: string };

/**
 * Moodle's answer weights (per cent; GIFT ~%w%, Moodle XML fraction) in PassPath terms. One answer
 * at 100 % is a single choice. Several equal positive weights that split 100 % are a multiple
 * choice scored one point per correct option (partial credit); several at 100 % each, all or
 * nothing. What PassPath cannot score the same way — unequal weights, a sum other than 100 % — is
 * refused rather than silently changed.
 */
export function typeFromWeights(weights: readonly number[], singleOnly: boolean): WeightedType {
  const positive = weights.filter((w) => w > 0);
  if (positive.length === 0) return { message: "no answer earns credit (the answer key is missing)" };
  const first = positive[0]!;
  if (positive.length === 1) {
    return first === 100 ? { type: "single" } : { message: `the only correct answer earns ${first} %, not 100 %` };
  }
  if (singleOnly) return { message: `a single-answer question gives credit to ${positive.length} answers (${percentages(positive)}), which PassPath cannot score` };
  if (positive.some((w) => Math.abs(w - first) > 0.01)) {
    return { message: `the correct answers earn different credit (${percentages(positive)}); PassPath gives each correct option the same point` };
  }
  if (first === 100) return { type: "multiple", partialCredit: false };
  const sum = positive.reduce((total, w) => total + w, 0);
  if (Math.abs(sum - 100) > 0.1) return { message: `the credit of the correct answers adds up to ${Math.round(sum * 1000) / 1000} %, not 100 %` };
  return { type: "multiple", partialCredit: true };
}

function percentages(weights: readonly number[]): string {
  return weights.map((w) => `${w} %`).join(", ");
}
