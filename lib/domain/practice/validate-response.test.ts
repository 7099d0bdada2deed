import { describe, expect, it } from "vitest";
import type { QuestionContent } from "../questions/content.ts";
import { responseProblem } from "./validate-response.ts";

const option = (id: string, correct = false) => ({ id, text: `Option ${id}`, correct, why: "because" });
const single: QuestionContent = { type: "single", options: [option("a", true), option("b"), option("c")] };
const multiple: QuestionContent = { type: "multiple", partialCredit: false, options: [option("a", true), option("b", true), option("c")] };
const yesno: QuestionContent = { type: "yesno", statements: [{ id: "a", text: "S1", answer: true, why: "w" }, { id: "b", text: "S2", answer: false, why: "w" }] };
const ordering: QuestionContent = {
  type: "ordering",
  options: [
    { id: "a", text: "first", position: 1, why: "w" },
    { id: "b", text: "second", position: 2, why: "w" },
    { id: "c", text: "distractor", why: "w" },
  ],
};

describe("responseProblem", () => {
  it("accepts well-formed answers, including partial ones", () => {
    expect(responseProblem(single, { type: "single", choice: "b" })).toBeNull();
    expect(responseProblem(multiple, { type: "multiple", choices: [] })).toBeNull();
    expect(responseProblem(multiple, { type: "multiple", choices: ["a", "c"] })).toBeNull();
    expect(responseProblem(yesno, { type: "yesno", answers: { b: false } })).toBeNull();
    expect(responseProblem(ordering, { type: "ordering", sequence: ["c", "a"] })).toBeNull();
  });

  it("refuses an answer of another type", () => {
    expect(responseProblem(single, { type: "multiple", choices: ["a"] })).toMatch(/single question/);
  });

  it("refuses ids the question does not have", () => {
    expect(responseProblem(single, { type: "single", choice: "z" })).toMatch(/no option z/);
    expect(responseProblem(multiple, { type: "multiple", choices: ["a", "q"] })).toMatch(/no option q/);
    expect(responseProblem(yesno, { type: "yesno", answers: { c: true } })).toMatch(/no statement c/);
    expect(responseProblem(ordering, { type: "ordering", sequence: ["a", "x"] })).toMatch(/no step x/);
  });

  it("refuses duplicates", () => {
    expect(responseProblem(multiple, { type: "multiple", choices: ["a", "a"] })).toMatch(/twice/);
    expect(responseProblem(ordering, { type: "ordering", sequence: ["a", "a"] })).toMatch(/twice/);
  });
});
