import { describe, expect, it } from "vitest";
import { questionContentSchema, type QuestionContent } from "../questions/content.ts";
import { shuffleOptionOrder } from "./option-order.ts";
import { createRng, type Rng } from "./random.ts";

const options = (ids: string) => [...ids].map((id, i) => ({ id, text: `Option ${id}`, correct: i === 0, why: "Because." }));
const single = questionContentSchema.parse({ type: "single", options: options("abcd") });
const ordering = questionContentSchema.parse({
  type: "ordering",
  options: [..."abcde"].map((id, i) => ({ id, text: `Step ${id}`, ...(i < 3 ? { position: i + 1 } : {}), why: "Because." })),
});
const yesno = questionContentSchema.parse({
  type: "yesno",
  statements: [..."abc"].map((id, i) => ({ id, text: `Statement ${id}`, answer: i === 1, why: "Because." })),
});

const orders = (content: QuestionContent, n: number) => {
  const rng = createRng(5);
  return new Set(Array.from({ length: n }, () => shuffleOptionOrder(content, rng).join("")));
};

describe("shuffleOptionOrder", () => {
  it("returns a permutation of the option ids, reproducible from the seed", () => {
    const order = shuffleOptionOrder(single, createRng(21));
    expect([...order].sort()).toEqual(["a", "b", "c", "d"]);
    expect(shuffleOptionOrder(single, createRng(21))).toEqual(order);
  });

  it("varies the order of choices and ordering candidates between attempts", () => {
    expect(orders(single, 500).size).toBe(24);
    expect(orders(ordering, 2000).size).toBe(120);
  });

  it("keeps a yes/no series in its authored order and leaves the random stream untouched", () => {
    let draws = 0;
    const counting: Rng = () => {
      draws++;
      return 0.5;
    };
    expect(shuffleOptionOrder(yesno, counting)).toEqual(["a", "b", "c"]);
    expect(draws).toBe(0);
  });
});
