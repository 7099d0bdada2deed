// A learner's graded answers, tallied the way the ability estimate reads them: per question,
// first answers apart from repeats (a repeat can be remembered rather than known), and weighted
// by age so that the estimate follows a learner who improves or forgets.

export type GradedAnswer = { itemId: string; correct: boolean; /** ms since the epoch */ at: number };

export type ItemTally = {
  itemId: string;
  /** Recency-weighted counts of the first answer to this question. */
  firstRight: number;
  firstWrong: number;
  /** Recency-weighted counts of later answers to it. */
  repeatRight: number;
  repeatWrong: number;
  answered: number;
  correct: number;
};

const DAY_MS = 86_400_000;

/** An answer a half-life old counts half as much as one given now. Chosen with the simulator (docs/readiness.md). */
export const DEFAULT_HALF_LIFE_DAYS = 30;

/** Weight of an answer `ageMs` old; Infinity as the half-life weighs every answer alike. */
export function recencyWeight(ageMs: number, halfLifeDays: number): number {
  if (!Number.isFinite(halfLifeDays)) return 1;
  return Math.pow(0.5, Math.max(0, ageMs) / (halfLifeDays * DAY_MS));
}

/** Tallies the answers given up to `now` (later ones are ignored: an estimate as of a past date). */
export function tallyAnswers(answers: readonly GradedAnswer[], now: number, halfLifeDays = DEFAULT_HALF_LIFE_DAYS): Map<string, ItemTally> {
  const ordered = answers.filter((x) => x.at <= now).sort((x, y) => x.at - y.at);
  const tallies = new Map<string, ItemTally>();
  for (const answer of ordered) {
    let tally = tallies.get(answer.itemId);
    const weight = recencyWeight(now - answer.at, halfLifeDays);
    if (!tally) {
      tally = { itemId: answer.itemId, firstRight: 0, firstWrong: 0, repeatRight: 0, repeatWrong: 0, answered: 0, correct: 0 };
      tallies.set(answer.itemId, tally);
      if (answer.correct) tally.firstRight += weight;
      else tally.firstWrong += weight;
    } else if (answer.correct) tally.repeatRight += weight;
    else tally.repeatWrong += weight;
    tally.answered += 1;
    if (answer.correct) tally.correct += 1;
  }
  return tallies;
}
