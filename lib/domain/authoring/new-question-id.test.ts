import { describe, expect, it } from "vitest";
import { SLUG_PATTERN } from "@/lib/domain/bank/source-schema.ts";
import { newQuestionId } from "./new-question-id.ts";

describe("newQuestionId", () => {
  it("joins exam, skill area, topic and a random tail into a bank slug", () => {
    const id = newQuestionId("AZ-204", "compute", "Durable Functions: fan-out!", () => 0);
    expect(id).toBe("az-204-compute-durable-functions-fan-out-aaaa");
    expect(id).toMatch(SLUG_PATTERN);
  });

  it("stays a valid slug without a usable topic and differs with the random source", () => {
    expect(newQuestionId("AZ-900", "cloud-concepts", "  ", () => 0.99)).toBe("az-900-cloud-concepts-9999");
    expect(newQuestionId("AZ-900", "x", "t", () => 0.5)).not.toBe(newQuestionId("AZ-900", "x", "t", () => 0.1));
  });
});
