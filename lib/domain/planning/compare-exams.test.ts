import { describe, expect, it } from "vitest";
import { describeRelation, examPairs, type CompareExam } from "./compare-exams.ts";

const exam = (code: string, extra: Partial<CompareExam> = {}): CompareExam => ({
  code,
  difficulty: 3,
  questionCount: 50,
  durationMinutes: 100,
  prerequisites: [],
  skillAreas: [{ name: `Main area of ${code}`, weightMin: 25, weightMax: 30 }],
  ...extra,
});

const AZ900 = exam("AZ-900", { difficulty: 1, questionCount: 45, durationMinutes: 45 });
const AZ104 = exam("AZ-104");
const AZ204 = exam("AZ-204", {
  skillAreas: [
    { name: "Develop for Azure storage", weightMin: 15, weightMax: 20 },
    { name: "Develop Azure compute solutions", weightMin: 25, weightMax: 30 },
  ],
});
const AZ400 = exam("AZ-400", { difficulty: 4, prerequisites: [[{ code: "AZ-104" }, { code: "AZ-204" }]], skillAreas: [{ name: "Pipelines", weightMin: 50, weightMax: 55 }] });

describe("describeRelation", () => {
  it("says which exam comes first when one meets the other's prerequisite, in either order of the pair", () => {
    expect(describeRelation(AZ204, AZ400)[0]).toBe("AZ-204 meets AZ-400's prerequisite (AZ-104 or AZ-204), so take AZ-204 first.");
    expect(describeRelation(AZ400, AZ104)[0]).toBe("AZ-104 meets AZ-400's prerequisite (AZ-104 or AZ-204), so take AZ-104 first.");
  });

  it("says when neither requires the other, and when a prerequisite is met by neither", () => {
    expect(describeRelation(AZ104, AZ204)[0]).toBe("Neither requires the other: you can take them in either order.");
    expect(describeRelation(AZ900, AZ400)[0]).toBe("Neither meets the other's prerequisite — AZ-400 requires AZ-104 or AZ-204.");
  });

  it("compares difficulty, length and the heaviest skill area", () => {
    const [, hard, length, weight] = describeRelation(AZ204, AZ400);
    expect(hard).toBe("We rate AZ-400 harder: 4/5 against 3/5 for AZ-204.");
    expect(length).toBe("Both have about 50 questions in 100 minutes.");
    expect(weight).toBe("AZ-204 puts most weight on Develop Azure compute solutions (25–30 %); AZ-400 on Pipelines (50–55 %).");
    expect(describeRelation(AZ900, AZ104)[2]).toBe("AZ-900 has about 45 questions in 45 minutes; AZ-104 about 50 in 100.");
    expect(describeRelation(AZ104, AZ204)[1]).toBe("We rate both 3/5 for difficulty.");
  });

  it("asks for a second exam when both sides are the same", () => {
    expect(describeRelation(AZ204, AZ204)).toEqual(["AZ-204 is on both sides: pick another exam to compare it with."]);
  });
});

describe("examPairs", () => {
  it("lists each unordered pair once", () => {
    expect(examPairs(["a", "b", "c", "d"])).toEqual([
      ["a", "b"],
      ["a", "c"],
      ["a", "d"],
      ["b", "c"],
      ["b", "d"],
      ["c", "d"],
    ]);
  });
});
