import { describe, expect, it } from "vitest";
import { readStoredContent } from "./stored-content.ts";

describe("readStoredContent", () => {
  it("reads an imported draft whose options have no why yet", () => {
    const content = { type: "single", options: [{ id: "a", text: "A", correct: true, why: "" }, { id: "b", text: "B", correct: false, why: "" }] };
    expect(readStoredContent(content)).toEqual(content);
  });

  it("still refuses content that is not a question at all", () => {
    expect(() => readStoredContent({ type: "essay" })).toThrow();
  });
});
