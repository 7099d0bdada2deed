import { describe, expect, it } from "vitest";
import type { QuestionView } from "@/lib/domain/questions/view.ts";
import { isComplete, moveStep, placeStep, removeStep, responseAfterKey, toggleMultiple } from "./attempt-response.ts";

const options = ["a", "b", "c", "d"].map((id) => ({ id, text: id.toUpperCase() }));
const chooseTwo: Extract<QuestionView, { type: "multiple" }> = { type: "multiple", points: 1, options, selectCount: 2, partialCredit: false };
const ordering: Extract<QuestionView, { type: "ordering" }> = { type: "ordering", points: 1, options, slots: 3 };
const yesno: QuestionView = { type: "yesno", points: 2, statements: options.slice(0, 2) };

describe("choosing", () => {
  it("refuses a third choice on a choose-two question, but not with partial credit", () => {
    const two = toggleMultiple(chooseTwo, toggleMultiple(chooseTwo, null, "a"), "b");
    expect(toggleMultiple(chooseTwo, two, "c")).toBe(two);
    expect(toggleMultiple({ ...chooseTwo, partialCredit: true }, two, "c")).toEqual({ type: "multiple", choices: ["a", "b", "c"] });
  });

  it("clears the answer when the last choice is taken back", () => {
    expect(toggleMultiple(chooseTwo, { type: "multiple", choices: ["a"] }, "a")).toBeNull();
  });

  it("answers Yes on the first key press of a statement and flips it on the next", () => {
    const first = responseAfterKey(yesno, null, 1);
    expect(first).toEqual({ type: "yesno", answers: { b: true } });
    expect(responseAfterKey(yesno, first, 1)).toEqual({ type: "yesno", answers: { b: false } });
    expect(responseAfterKey(yesno, first, 5)).toBe(first);
  });
});

describe("building a sequence", () => {
  it("places steps up to the number of slots and no further", () => {
    let response = placeStep(ordering, null, "a");
    response = placeStep(ordering, response, "b");
    response = placeStep(ordering, response, "c");
    expect(placeStep(ordering, response, "d")).toBe(response);
    expect(isComplete(ordering, response)).toBe(true);
  });

  it("moves a step within the sequence and ignores moves past either end", () => {
    const response = { type: "ordering" as const, sequence: ["a", "b", "c"] };
    expect(moveStep(response, "c", -1)).toEqual({ type: "ordering", sequence: ["a", "c", "b"] });
    expect(moveStep(response, "a", -1)).toBe(response);
    expect(placeStep(ordering, response, "c", 0)).toEqual({ type: "ordering", sequence: ["c", "a", "b"] });
  });

  it("takes a placed step out with the same key that placed it, and an empty sequence is no answer", () => {
    const placed = responseAfterKey(ordering, null, 0);
    expect(placed).toEqual({ type: "ordering", sequence: ["a"] });
    expect(responseAfterKey(ordering, placed, 0)).toBeNull();
    expect(removeStep({ type: "ordering", sequence: ["a", "b"] }, "a")).toEqual({ type: "ordering", sequence: ["b"] });
  });
});

describe("isComplete", () => {
  it("wants every statement answered and every choice made", () => {
    expect(isComplete(yesno, { type: "yesno", answers: { a: true } })).toBe(false);
    expect(isComplete(yesno, { type: "yesno", answers: { a: true, b: false } })).toBe(true);
    expect(isComplete(chooseTwo, { type: "multiple", choices: ["a"] })).toBe(false);
  });
});
