// The readiness recipe taken literally, for checking the fast version against: draw a real form
// by the blueprint from the calibrated questions, draw every answer, count a pass when the number
// right clears the cut; repeat. ./readiness.ts replaces the form and answer draws by their exact
// moments; the tests hold the two within Monte Carlo error of each other.

import type { Rng } from "../practice/random.ts";
import type { ExamModel } from "./exam-model.ts";
import { correctProbability } from "./numeric.ts";

/** Share of `sittings` simulated sittings passed at fixed abilities (one per area, in the model's order). */
export function simulatePassRate(model: ExamModel, abilities: readonly number[], needed: number, sittings: number, rng: Rng): number {
  let passed = 0;
  for (let s = 0; s < sittings; s++) {
    let right = 0;
    model.pools.forEach((pool, k) => {
      const size = pool.a.length;
      const count = model.counts[k]!;
      const order = Array.from({ length: size }, (_, i) => i);
      for (let i = 0; i < count; i++) {
        // Without replacement while the pool lasts, as a real form never repeats a question.
        let j: number;
        if (i < size) {
          const pick = i + Math.floor(rng() * (size - i));
          [order[i], order[pick]] = [order[pick]!, order[i]!];
          j = order[i]!;
        } else j = Math.floor(rng() * size);
        if (rng() < correctProbability(abilities[k]!, pool.a[j]!, pool.b[j]!)) right += 1;
      }
    });
    if (right >= needed) passed += 1;
  }
  return passed / sittings;
}
