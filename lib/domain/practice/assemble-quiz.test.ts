import { describe, expect, it } from "vitest";
import { assembleQuiz, evenQuotas, type AssembleQuizInput } from "./assemble-quiz.ts";
import type { AssemblyResult, PoolQuestion } from "./pool.ts";
import { createRng, shuffle } from "./random.ts";

const singles = (area: string, n: number): PoolQuestion[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${area}-${String(i + 1).padStart(2, "0")}`,
    skillAreaKey: area,
    difficulty: (i % 5) + 1,
    type: "single",
  }));
const caseStudy = (id: string, areas: string[]): PoolQuestion[] =>
  areas.map((area, i) => ({ id: `${id}-q${i + 1}`, skillAreaKey: area, caseStudyId: id, difficulty: 3, type: "single" }));
const bank = [...singles("compute", 20), ...singles("monitor", 20), ...singles("storage", 20)];

const quiz = (overrides: Partial<AssembleQuizInput>): AssemblyResult =>
  assembleQuiz({ pool: bank, total: 10, seed: 1, seenQuestionIds: [], ...overrides });
const ids = (r: AssemblyResult) => r.items.map((i) => i.questionId);
const countByArea = (r: AssemblyResult) => {
  const counts: Record<string, number> = {};
  for (const id of ids(r)) {
    const area = id.startsWith("cs-") ? "case" : id.split("-")[0]!;
    counts[area] = (counts[area] ?? 0) + 1;
  }
  return counts;
};

describe("assembleQuiz: spread", () => {
  it("spreads evenly over every area, the earlier areas taking the remainder", () => {
    const result = quiz({});
    expect(result.items).toHaveLength(10);
    expect(new Set(ids(result)).size).toBe(10);
    expect(countByArea(result)).toEqual({ compute: 4, monitor: 3, storage: 3 });
    expect(result.shortfall).toEqual([]);
    expect(result.nearestPossibleTotal).toBe(10);
  });

  it("keeps to the chosen areas, in the order given", () => {
    expect(countByArea(quiz({ total: 11, skillAreaKeys: ["storage", "compute"] }))).toEqual({ storage: 6, compute: 5 });
  });

  it("gives the places of a short area to the others and says which area was short", () => {
    const pool = [...singles("compute", 20), ...singles("monitor", 2), ...singles("storage", 20)];
    const result = quiz({ pool, total: 12 });
    expect(countByArea(result)).toEqual({ compute: 5, monitor: 2, storage: 5 });
    expect(result.shortfall).toEqual([{ skillAreaKey: "monitor", wanted: 4, available: 2 }]);
    expect(result.nearestPossibleTotal).toBe(12);
  });

  it("returns everything eligible when the filters leave fewer than asked", () => {
    const result = quiz({ total: 50, skillAreaKeys: ["compute", "security"] });
    expect(result.items).toHaveLength(20);
    expect(result.nearestPossibleTotal).toBe(20);
    expect(result.shortfall).toEqual([
      { skillAreaKey: "compute", wanted: 25, available: 20 },
      { skillAreaKey: "security", wanted: 25, available: 0 },
    ]);
  });

  it("returns an empty quiz for an empty pool or a total of 0", () => {
    expect(quiz({ pool: [] })).toEqual({ items: [], shortfall: [], nearestPossibleTotal: 0 });
    expect(quiz({ total: 0 }).items).toEqual([]);
  });
});

describe("assembleQuiz: filters", () => {
  it("keeps to the difficulty range", () => {
    const difficulty = new Map(bank.map((q) => [q.id, q.difficulty]));
    const result = quiz({ total: 30, difficulty: [4, 5] });
    expect(result.items).toHaveLength(24);
    expect(ids(result).every((id) => difficulty.get(id)! >= 4)).toBe(true);
    expect(() => quiz({ difficulty: [4, 2] })).toThrow(RangeError);
  });

  it("only: unseen leaves out every seen question even when that makes the quiz shorter", () => {
    const seen = bank.filter((q) => !q.id.endsWith("-01")).map((q) => q.id);
    const result = quiz({ seenQuestionIds: seen, only: "unseen" });
    expect(ids(result).sort()).toEqual(["compute-01", "monitor-01", "storage-01"]);
  });

  it("only: missed draws from the missed questions alone, and needs them", () => {
    const missed = ["compute-03", "storage-07", "storage-08"];
    expect(ids(quiz({ only: "missed", missedQuestionIds: missed })).sort()).toEqual(missed);
    expect(() => quiz({ only: "missed" })).toThrow(TypeError);
  });
});

describe("assembleQuiz: randomness and seen questions", () => {
  it("draws every question of an area about equally often over 2,000 seeds", () => {
    const drawn = new Map<string, number>();
    for (let seed = 0; seed < 2000; seed++) for (const id of ids(quiz({ seed }))) drawn.set(id, (drawn.get(id) ?? 0) + 1);
    for (const [area, places] of [["compute", 4], ["monitor", 3], ["storage", 3]] as const) {
      const p = places / 20;
      const sigma = Math.sqrt(2000 * p * (1 - p));
      for (const q of singles(area, 20)) expect(Math.abs((drawn.get(q.id) ?? 0) - 2000 * p)).toBeLessThan(5 * sigma);
    }
  });

  it("prefers unseen questions: none seen is drawn while enough unseen remain (2,000 seeds)", () => {
    const seen = new Set(bank.filter((q) => Number(q.id.slice(-2)) > 4).map((q) => q.id)); // 4 unseen per area
    for (let seed = 0; seed < 2000; seed++) expect(ids(quiz({ seed, seenQuestionIds: seen })).filter((id) => seen.has(id))).toEqual([]);
  });

  it("rebuilds the same quiz from the same seed, whatever order the pool arrives in", () => {
    const pool = [...bank, ...caseStudy("cs-a", ["compute", "monitor"])];
    const first = quiz({ pool, seed: 12 });
    expect(quiz({ pool: shuffle(pool, createRng(8)), seed: 12 })).toEqual(first);
    expect(quiz({ pool, seed: 13 }).items).not.toEqual(first.items);
  });
});

describe("assembleQuiz: case studies", () => {
  it("brings a drawn case study whole, at the end, when it fits the areas' places", () => {
    const pool = [...singles("compute", 20), ...caseStudy("cs-a", ["compute", "compute", "compute"])];
    let included = 0;
    for (let seed = 0; seed < 300; seed++) {
      const result = quiz({ pool, seed });
      expect(result.items).toHaveLength(10);
      const cs = result.items.filter((i) => i.caseStudyId === "cs-a");
      if (cs.length === 0) continue;
      included++;
      expect(result.items.slice(7)).toEqual(
        ["cs-a-q1", "cs-a-q2", "cs-a-q3"].map((questionId) => ({ questionId, section: "case-study", caseStudyId: "cs-a" })),
      );
    }
    expect(included).toBeGreaterThan(100);
  });

  it("draws the questions of a case study singly, with their case study, when it does not fit", () => {
    // compute has 2 places out of 4; the case study has 3 compute questions.
    const pool = [...singles("compute", 3), ...singles("storage", 10), ...caseStudy("cs-a", ["compute", "compute", "compute"])];
    let single = 0;
    for (let seed = 0; seed < 300; seed++) {
      const result = quiz({ pool, seed, total: 4 });
      expect(countByArea(result).storage).toBe(2);
      expect(result.items.every((i) => i.section === "main")).toBe(true);
      const cs = result.items.filter((i) => i.questionId.startsWith("cs-a"));
      expect(cs.every((i) => i.caseStudyId === "cs-a")).toBe(true);
      if (cs.length > 0) single++;
    }
    expect(single).toBeGreaterThan(100);
  });

  it("keeps every area's count exact when blocks come in", () => {
    const pool = [...bank, ...caseStudy("cs-a", ["compute", "monitor"]), ...caseStudy("cs-b", ["storage", "storage", "monitor"])];
    for (let seed = 0; seed < 300; seed++) {
      const result = quiz({ pool, seed, total: 12 });
      expect(new Set(ids(result)).size).toBe(12);
      const perArea: Record<string, number> = {};
      for (const id of ids(result)) {
        const area = pool.find((q) => q.id === id)!.skillAreaKey;
        perArea[area] = (perArea[area] ?? 0) + 1;
      }
      expect(perArea).toEqual({ compute: 4, monitor: 4, storage: 4 });
    }
  });
});

describe("evenQuotas", () => {
  const quotas = (available: Record<string, number>, total: number) =>
    Object.fromEntries(evenQuotas(Object.keys(available), new Map(Object.entries(available)), total));

  it("splits evenly, caps by what each area has, and passes the rest on", () => {
    expect(quotas({ a: 10, b: 10, c: 10 }, 10)).toEqual({ a: 4, b: 3, c: 3 });
    expect(quotas({ a: 1, b: 10, c: 2 }, 10)).toEqual({ a: 1, b: 7, c: 2 });
    expect(quotas({ a: 0, b: 10 }, 3)).toEqual({ a: 0, b: 3 });
    expect(quotas({ a: 2, b: 2 }, 10)).toEqual({ a: 2, b: 2 });
    expect(quotas({ a: 5, b: 5, c: 5 }, 2)).toEqual({ a: 1, b: 1, c: 0 });
  });
});
