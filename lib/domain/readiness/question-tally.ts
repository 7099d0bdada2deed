import { recencyWeight, type ItemTally } from "./answers.ts";

/**
 * A learner's graded answers to one question, kept up to date answer by answer (the
 * LearnerQuestionTally row): the first answer as it was, the later ones as recency-weighted sums
 * taken at `repeatAt`. The weight halves every half-life, so a sum taken at one time is the sum at
 * a later one times a single factor: adding an answer, or reading the tally as of now, is O(1)
 * and gives exactly what tallyAnswers computes from every answer.
 */
export type StoredTally = {
  firstAt: number;
  firstCorrect: boolean;
  repeatRight: number;
  repeatWrong: number;
  /** When the repeat sums were taken; null while there is no repeat. */
  repeatAt: number | null;
  answered: number;
  correct: number;
};

export type TimedAnswer = { at: number; correct: boolean };

/** The tally with one more graded answer, whatever order the answers are graded in. */
export function addToTally(tally: StoredTally | null, answer: TimedAnswer, halfLifeDays: number): StoredTally {
  if (!tally) {
    return { firstAt: answer.at, firstCorrect: answer.correct, repeatRight: 0, repeatWrong: 0, repeatAt: null, answered: 1, correct: answer.correct ? 1 : 0 };
  }
  const counted = { ...tally, answered: tally.answered + 1, correct: tally.correct + (answer.correct ? 1 : 0) };
  // An answer older than the first one (an earlier exam graded late) becomes the first; the old first is a repeat.
  if (answer.at < tally.firstAt) {
    return { ...addRepeat(counted, { at: tally.firstAt, correct: tally.firstCorrect }, halfLifeDays), firstAt: answer.at, firstCorrect: answer.correct };
  }
  return addRepeat(counted, answer, halfLifeDays);
}

function addRepeat(tally: StoredTally, answer: TimedAnswer, halfLifeDays: number): StoredTally {
  let { repeatRight, repeatWrong, repeatAt } = tally;
  let weight = 1;
  if (repeatAt === null || answer.at >= repeatAt) {
    // Move the sums forward to this answer's time, where it weighs 1.
    const decay = repeatAt === null ? 0 : recencyWeight(answer.at - repeatAt, halfLifeDays);
    repeatRight *= decay;
    repeatWrong *= decay;
    repeatAt = answer.at;
  } else {
    weight = recencyWeight(repeatAt - answer.at, halfLifeDays);
  }
  return { ...tally, repeatRight: repeatRight + (answer.correct ? weight : 0), repeatWrong: repeatWrong + (answer.correct ? 0 : weight), repeatAt };
}

/** The tally as the readiness model reads it, weighted as of `now` (at or after every answer in it). */
export function tallyAsOf(itemId: string, tally: StoredTally, now: number, halfLifeDays: number): ItemTally {
  const first = recencyWeight(now - tally.firstAt, halfLifeDays);
  const repeats = tally.repeatAt === null ? 0 : recencyWeight(now - tally.repeatAt, halfLifeDays);
  return {
    itemId,
    firstRight: tally.firstCorrect ? first : 0,
    firstWrong: tally.firstCorrect ? 0 : first,
    repeatRight: tally.repeatRight * repeats,
    repeatWrong: tally.repeatWrong * repeats,
    answered: tally.answered,
    correct: tally.correct,
  };
}
