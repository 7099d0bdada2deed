import { describe, expect, it } from "vitest";
import type { ItemStatisticsDto } from "@/lib/server/readiness/dto.ts";
import { sortStatistics } from "./sort-item-statistics.ts";

function stat(id: string, overrides: Partial<ItemStatisticsDto>): ItemStatisticsDto {
  return {
    questionId: id,
    status: "PUBLISHED",
    skillAreaKey: "compute",
    skillAreaName: "Compute",
    stemPreview: id,
    authorDifficulty: 3,
    timesAnswered: 0,
    learners: 0,
    percentCorrect: null,
    pointBiserial: null,
    irt: { a: 1, b: 0 },
    choices: [],
    flags: [],
    ...overrides,
  };
}

describe("sortStatistics", () => {
  const stats = [
    stat("q1", { timesAnswered: 40, percentCorrect: 0.8, pointBiserial: 0.4 }),
    stat("q2", { timesAnswered: 60, percentCorrect: 0.3, pointBiserial: -0.2, flags: ["negative-discrimination", "distractor-favoured-by-strong"] }),
    stat("q3", {}),
    stat("q4", { timesAnswered: 10, percentCorrect: 0.5, pointBiserial: 0.1, flags: ["distractor-favoured-by-strong"] }),
  ];

  it("puts flagged questions first, the worst discrimination breaking ties", () => {
    expect(sortStatistics(stats, "flags", "desc").map((s) => s.questionId)).toEqual(["q2", "q4", "q1", "q3"]);
  });

  it("sorts by a figure both ways, questions without it last", () => {
    expect(sortStatistics(stats, "correct", "asc").map((s) => s.questionId)).toEqual(["q2", "q4", "q1", "q3"]);
    expect(sortStatistics(stats, "correct", "desc").map((s) => s.questionId)).toEqual(["q1", "q4", "q2", "q3"]);
    expect(sortStatistics(stats, "answered", "desc").map((s) => s.questionId)).toEqual(["q2", "q1", "q4", "q3"]);
  });
});
