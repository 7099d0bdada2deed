import { describe, expect, it } from "vitest";
import type { QuestionContent } from "../questions/content.ts";
import { createRng } from "../practice/random.ts";
import { choicesOf, chosenOf, computeItemStatistics, MIN_LEARNERS_FOR_FLAGS, type StatisticsResponse } from "./item-statistics.ts";
import { correctProbability, standardNormal } from "./numeric.ts";

const single = (key: string): QuestionContent => ({
  type: "single",
  options: ["a", "b", "c", "d"].map((id) => ({ id, text: `Option ${id}`, correct: id === key, why: "because" })),
});

/** 60 learners answer 20 questions; on "q-wrong" the stored key is a, but the real answer is b. */
function world(learners = 60) {
  const rng = createRng(4);
  const items = Array.from({ length: 20 }, (_, i) => ({ itemId: i === 0 ? "q-wrong" : `q-${i}`, choices: choicesOf(single("a")), b: standardNormal(rng) * 0.7 }));
  const responses: StatisticsResponse[] = [];
  for (let l = 0; l < learners; l++) {
    const theta = standardNormal(rng);
    items.forEach((item, i) => {
      const knows = rng() < correctProbability(theta, 1.5, item.b);
      const wrongPick = ["b", "c", "d"][Math.floor(rng() * 3)]!;
      // Who knows the wrong-key question picks the real answer b, which the key marks wrong.
      const pick = item.itemId === "q-wrong" ? (knows ? "b" : ["a", "c", "d"][Math.floor(rng() * 3)]!) : knows ? "a" : wrongPick;
      responses.push({ learnerId: `l${l}`, itemId: item.itemId, correct: pick === "a", chosen: [pick], at: i });
    });
  }
  return { items, responses };
}

describe("computeItemStatistics", () => {
  const { items, responses } = world();
  const stats = computeItemStatistics(items, responses);
  const of = (id: string) => stats.find((s) => s.itemId === id)!;

  it("counts answers, learners, share right and choices", () => {
    const q = of("q-3");
    expect(q.timesAnswered).toBe(60);
    expect(q.learners).toBe(60);
    expect(q.percentCorrect).toBeCloseTo(q.choices.find((c) => c.id === "a")!.chosenCount / 60, 12);
    expect(q.choices.reduce((s, c) => s + c.chosenCount, 0)).toBe(60);
  });

  it("gives sound questions a positive point-biserial and no flags", () => {
    const sound = stats.filter((s) => s.itemId !== "q-wrong");
    expect(sound.filter((s) => (s.pointBiserial ?? 0) > 0.2).length).toBeGreaterThanOrEqual(17);
    expect(sound.filter((s) => s.flags.length > 0).length).toBeLessThanOrEqual(1);
  });

  it("flags a wrong key: negative discrimination and a distractor the strong learners prefer", () => {
    const q = of("q-wrong");
    expect(q.pointBiserial!).toBeLessThan(0);
    expect(q.flags).toEqual(["negative-discrimination", "distractor-favoured-by-strong"]);
    const b = q.choices.find((c) => c.id === "b")!;
    expect(b.strongShare!).toBeGreaterThan(b.weakShare!);
  });

  it("does not flag a question with too few learners", () => {
    const few = world(MIN_LEARNERS_FOR_FLAGS - 1);
    const q = computeItemStatistics(few.items, few.responses).find((s) => s.itemId === "q-wrong")!;
    expect(q.flags).toEqual([]);
  });

  it("counts each learner's first answer only", () => {
    const repeated = [...responses, { learnerId: "l0", itemId: "q-3", correct: true, chosen: ["a"], at: 999 }];
    const q = computeItemStatistics(items, repeated).find((s) => s.itemId === "q-3")!;
    expect(q.timesAnswered).toBe(61);
    expect(q.learners).toBe(60);
  });
});

describe("choices and chosen ids", () => {
  it("reads yes/no series per statement and ordering by placed steps", () => {
    const yesno: QuestionContent = {
      type: "yesno",
      statements: [
        { id: "a", text: "S1", answer: true, why: "w" },
        { id: "b", text: "S2", answer: false, why: "w" },
      ],
    };
    expect(choicesOf(yesno).filter((c) => c.isKey).map((c) => c.id)).toEqual(["a:yes", "b:no"]);
    expect(chosenOf({ type: "yesno", answers: { a: true, b: true } })).toEqual(["a:yes", "b:yes"]);
    const ordering: QuestionContent = {
      type: "ordering",
      options: [
        { id: "a", text: "first", position: 1, why: "w" },
        { id: "b", text: "distractor", why: "w" },
      ],
    };
    expect(choicesOf(ordering).map((c) => c.isKey)).toEqual([true, false]);
    expect(chosenOf({ type: "ordering", sequence: ["b", "a"] })).toEqual(["b", "a"]);
    expect(chosenOf(null)).toEqual([]);
  });
});
