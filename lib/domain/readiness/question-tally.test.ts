import { describe, expect, it } from "vitest";
import { createRng } from "@/lib/domain/practice/random.ts";
import { tallyAnswers, type ItemTally } from "./answers.ts";
import { addToTally, tallyAsOf, type StoredTally, type TimedAnswer } from "./question-tally.ts";

const DAY = 86_400_000;
const HALF_LIFE = 30;
const start = Date.UTC(2026, 0, 1);

function fold(answers: readonly TimedAnswer[]): StoredTally {
  let tally: StoredTally | null = null;
  for (const answer of answers) tally = addToTally(tally, answer, HALF_LIFE);
  return tally!;
}

function expectClose(actual: ItemTally, expected: ItemTally) {
  expect(actual.answered).toBe(expected.answered);
  expect(actual.correct).toBe(expected.correct);
  for (const key of ["firstRight", "firstWrong", "repeatRight", "repeatWrong"] as const) expect(actual[key]).toBeCloseTo(expected[key], 12);
}

describe("addToTally and tallyAsOf", () => {
  it("start a tally with the first answer, weighted by its age when read", () => {
    const tally = fold([{ at: start, correct: false }]);
    expect(tallyAsOf("q", tally, start + 30 * DAY, HALF_LIFE)).toEqual({ itemId: "q", firstRight: 0, firstWrong: 0.5, repeatRight: 0, repeatWrong: 0, answered: 1, correct: 0 });
  });

  it("sum repeats as of the latest one and decay them when read", () => {
    const tally = fold([
      { at: start, correct: false },
      { at: start + 10 * DAY, correct: true },
      { at: start + 40 * DAY, correct: true },
    ]);
    expect(tally.repeatAt).toBe(start + 40 * DAY);
    expect(tally.repeatRight).toBeCloseTo(1.5, 12);
    expectClose(tallyAsOf("q", tally, start + 70 * DAY, HALF_LIFE), { itemId: "q", firstRight: 0, firstWrong: 0.25 / 2 ** (1 / 3), repeatRight: 0.75, repeatWrong: 0, answered: 3, correct: 2 });
  });

  it("take an answer graded late but given earlier as the first, and the old first as a repeat", () => {
    const given = [
      { at: start + 5 * DAY, correct: true },
      { at: start + 20 * DAY, correct: false },
      { at: start, correct: false }, // an exam answered on day 0, submitted after the others were checked
    ];
    const now = start + 25 * DAY;
    expectClose(tallyAsOf("q", fold(given), now, HALF_LIFE), tallyAnswers(given.map((a) => ({ ...a, itemId: "q" })), now, HALF_LIFE).get("q")!);
    expect(fold(given).firstCorrect).toBe(false);
  });

  it("equal tallyAnswers over every answer, in whatever order they are graded, for many random histories", () => {
    const rng = createRng(11);
    for (let run = 0; run < 300; run++) {
      const answers = Array.from({ length: 1 + Math.floor(rng() * 12) }, () => ({ itemId: "q", at: start + Math.floor(rng() * 200 * DAY), correct: rng() < 0.6 }));
      const graded = [...answers].sort(() => rng() - 0.5);
      const now = start + 200 * DAY + Math.floor(rng() * 100 * DAY);
      expectClose(tallyAsOf("q", fold(graded), now, HALF_LIFE), tallyAnswers(answers, now, HALF_LIFE).get("q")!);
    }
  });
});
