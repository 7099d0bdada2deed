import { describe, expect, it } from "vitest";
import { assembleExam, type AssembleExamInput } from "./assemble-exam.ts";
import type { SkillAreaWeight } from "./blueprint.ts";
import type { AssemblyResult, PoolQuestion } from "./pool.ts";
import { createRng, shuffle } from "./random.ts";

const AZ_204: SkillAreaWeight[] = [
  { key: "compute", weightMin: 25, weightMax: 30 },
  { key: "storage", weightMin: 15, weightMax: 20 },
  { key: "security", weightMin: 15, weightMax: 20 },
  { key: "monitor", weightMin: 5, weightMax: 10 },
  { key: "connect", weightMin: 20, weightMax: 25 },
];
const BLUEPRINT_40 = { compute: 12, storage: 8, security: 7, monitor: 3, connect: 10 };

const singles = (area: string, n: number): PoolQuestion[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${area}-${String(i + 1).padStart(2, "0")}`,
    skillAreaKey: area,
    difficulty: (i % 5) + 1,
    type: i % 4 === 0 ? "multiple" : "single",
  }));
const caseStudy = (id: string, areas: string[]): PoolQuestion[] =>
  areas.map((area, i) => ({ id: `${id}-q${i + 1}`, skillAreaKey: area, caseStudyId: id, difficulty: 3, type: "single" }));
const bank = (perArea: number) => AZ_204.flatMap((a) => singles(a.key, perArea));

const exam = (overrides: Partial<AssembleExamInput> & Pick<AssembleExamInput, "pool">): AssemblyResult =>
  assembleExam({ skillAreas: AZ_204, total: 40, seed: 1, seenQuestionIds: [], ...overrides });

const areaOf = (pool: PoolQuestion[]) => new Map(pool.map((q) => [q.id, q.skillAreaKey]));
const countByArea = (result: AssemblyResult, pool: PoolQuestion[]) => {
  const area = areaOf(pool);
  const counts: Record<string, number> = {};
  for (const item of result.items) counts[area.get(item.questionId)!] = (counts[area.get(item.questionId)!] ?? 0) + 1;
  return counts;
};

describe("assembleExam: blueprint and randomness", () => {
  it("fills every area with exactly its blueprint count, without repeats, for any seed", () => {
    const pool = bank(20);
    for (let seed = 0; seed < 50; seed++) {
      const result = exam({ pool, seed });
      expect(result.shortfall).toEqual([]);
      expect(result.nearestPossibleTotal).toBe(40);
      expect(result.items).toHaveLength(40);
      expect(new Set(result.items.map((i) => i.questionId)).size).toBe(40);
      expect(countByArea(result, pool)).toEqual(BLUEPRINT_40);
      expect(result.items.every((i) => i.section === "main" && i.caseStudyId === undefined)).toBe(true);
    }
  });

  it("draws every question of an area about equally often over 2,000 seeds", () => {
    const pool = bank(20);
    const drawn = new Map<string, number>();
    for (let seed = 0; seed < 2000; seed++) {
      for (const item of exam({ pool, seed }).items) drawn.set(item.questionId, (drawn.get(item.questionId) ?? 0) + 1);
    }
    for (const [area, wanted] of Object.entries(BLUEPRINT_40)) {
      const p = wanted / 20;
      const expected = 2000 * p;
      const sigma = Math.sqrt(2000 * p * (1 - p));
      for (const q of singles(area, 20)) expect(Math.abs((drawn.get(q.id) ?? 0) - expected)).toBeLessThan(5 * sigma);
    }
  });

  it("mixes the areas in the main section rather than grouping them", () => {
    const pool = bank(20);
    const area = areaOf(pool);
    const firstTwelve = exam({ pool, seed: 5 }).items.slice(0, 12).map((i) => area.get(i.questionId));
    expect(new Set(firstTwelve).size).toBeGreaterThan(1);
  });

  it("rebuilds the same attempt from the same seed, whatever order the pool arrives in", () => {
    const pool = [...bank(20), ...caseStudy("cs-a", ["compute", "storage", "connect"])];
    const first = exam({ pool, seed: 77 });
    expect(exam({ pool, seed: 77 })).toEqual(first);
    expect(exam({ pool: shuffle(pool, createRng(3)), seed: 77 })).toEqual(first);
    expect(exam({ pool, seed: 78 }).items).not.toEqual(first.items);
  });
});

describe("assembleExam: questions already seen", () => {
  it("never draws a seen question while the area has enough unseen ones (2,000 seeds)", () => {
    const pool = bank(20);
    // 5 of each area's 20 seen: every area still has 15 unseen, more than compute's 12.
    const seen = new Set(pool.filter((q) => Number(q.id.slice(-2)) <= 5).map((q) => q.id));
    for (let seed = 0; seed < 2000; seed++) {
      const items = exam({ pool, seed, seenQuestionIds: seen }).items;
      expect(items.filter((i) => seen.has(i.questionId))).toEqual([]);
    }
  });

  it("takes every unseen question of a short area first, then tops up with seen ones", () => {
    const pool = bank(20);
    // compute: only 10 unseen for 12 places.
    const seen = new Set(singles("compute", 10).map((q) => q.id));
    const unseenCompute = singles("compute", 20).slice(10).map((q) => q.id);
    for (let seed = 0; seed < 200; seed++) {
      const ids = new Set(exam({ pool, seed, seenQuestionIds: seen }).items.map((i) => i.questionId));
      expect(unseenCompute.every((id) => ids.has(id))).toBe(true);
      expect([...seen].filter((id) => ids.has(id))).toHaveLength(2);
    }
  });
});

describe("assembleExam: case studies", () => {
  it("puts a case study whole, in its own section at the end, charged to its questions' areas", () => {
    const pool = [...bank(20), ...caseStudy("cs-a", ["compute", "compute", "storage", "connect"])];
    const result = exam({ pool, seed: 9 });
    expect(result.items).toHaveLength(40);
    expect(result.items.slice(36)).toEqual([
      { questionId: "cs-a-q1", section: "case-study", caseStudyId: "cs-a" },
      { questionId: "cs-a-q2", section: "case-study", caseStudyId: "cs-a" },
      { questionId: "cs-a-q3", section: "case-study", caseStudyId: "cs-a" },
      { questionId: "cs-a-q4", section: "case-study", caseStudyId: "cs-a" },
    ]);
    expect(result.items.slice(0, 36).every((i) => i.section === "main")).toBe(true);
    expect(countByArea(result, pool)).toEqual(BLUEPRINT_40);
  });

  it("lets a block overshoot an area up to the outline's maximum and rebalances the others", () => {
    // monitor: blueprint 3 of 40, outline maximum 10 % = 4. The other 36 go to the other areas by weight.
    const pool = [...bank(20), ...caseStudy("cs-m", ["monitor", "monitor", "monitor", "monitor"])];
    const result = exam({ pool });
    expect(result.items.filter((i) => i.section === "case-study")).toHaveLength(4);
    expect(countByArea(result, pool)).toEqual({ compute: 12, storage: 7, security: 7, monitor: 4, connect: 10 });
  });

  it("leaves out a block that would push an area past the outline's maximum or the form past its total", () => {
    const tooMuchMonitor = [...bank(20), ...caseStudy("cs-m", ["monitor", "monitor", "monitor", "monitor", "monitor"])];
    const result = exam({ pool: tooMuchMonitor });
    expect(result.items.some((i) => i.section === "case-study")).toBe(false);
    expect(countByArea(result, tooMuchMonitor)).toEqual(BLUEPRINT_40);

    const tooBig = [...bank(20), ...caseStudy("cs-a", ["compute", "storage", "connect", "security"])];
    expect(exam({ pool: tooBig, total: 3 }).items.some((i) => i.section === "case-study")).toBe(false);
  });

  it("takes one case study by default, as many as allowed otherwise, and prefers one not seen", () => {
    const pool = [...bank(20), ...caseStudy("cs-a", ["compute", "storage"]), ...caseStudy("cs-b", ["connect", "security"])];
    const blocks = (r: AssemblyResult) => [...new Set(r.items.flatMap((i) => (i.caseStudyId ? [i.caseStudyId] : [])))];
    expect(blocks(exam({ pool }))).toHaveLength(1);
    expect(blocks(exam({ pool, maxCaseStudies: 2 })).sort()).toEqual(["cs-a", "cs-b"]);
    expect(blocks(exam({ pool, maxCaseStudies: 0 }))).toEqual([]);
    const picked = new Set<string>();
    for (let seed = 0; seed < 200; seed++) blocks(exam({ pool, seed })).forEach((b) => picked.add(b));
    expect(picked).toEqual(new Set(["cs-a", "cs-b"]));
    for (let seed = 0; seed < 200; seed++) expect(blocks(exam({ pool, seed, seenQuestionIds: ["cs-a-q2"] }))).toEqual(["cs-b"]);
  });
});

describe("assembleExam: a bank too thin for the form", () => {
  it("reports the short area and returns the largest form the bank can fill", () => {
    const pool = [...bank(20).filter((q) => q.skillAreaKey !== "monitor"), ...singles("monitor", 1)];
    const result = exam({ pool, seed: 4 });
    expect(result.shortfall).toEqual([{ skillAreaKey: "monitor", wanted: 3, available: 1 }]);
    // monitor's share of n is 1 up to n = 16, 2 at 17 and 18, 1 again at 19 and 20, then 2 or more.
    expect(result.nearestPossibleTotal).toBe(20);
    expect(result.items).toHaveLength(20);
    expect(exam({ pool, seed: 4, total: 20 })).toEqual({ ...result, shortfall: [] });
    expect(exam({ pool, total: 18 }).nearestPossibleTotal).toBe(16);
  });

  it("counts a case study's questions as available to their areas", () => {
    const pool = [...bank(20).filter((q) => q.skillAreaKey !== "monitor"), ...caseStudy("cs-m", ["monitor", "compute"])];
    const result = exam({ pool });
    expect(result.shortfall).toEqual([{ skillAreaKey: "monitor", wanted: 3, available: 1 }]);
  });

  it("returns an empty form instead of throwing when the bank is empty", () => {
    const result = exam({ pool: [] });
    expect(result.items).toEqual([]);
    expect(result.nearestPossibleTotal).toBe(0);
    expect(result.shortfall).toEqual(
      Object.entries(BLUEPRINT_40).map(([skillAreaKey, wanted]) => ({ skillAreaKey, wanted, available: 0 })),
    );
  });

  it("returns an empty form for a total of 0", () => {
    expect(exam({ pool: bank(5), total: 0 })).toEqual({ items: [], shortfall: [], nearestPossibleTotal: 0 });
  });
});

describe("assembleExam: inputs", () => {
  it("applies difficulty and type filters before drawing", () => {
    const pool = bank(40);
    const byId = new Map(pool.map((q) => [q.id, q]));
    const result = exam({ pool, total: 20, filters: { difficulty: [2, 3], types: ["single"] } });
    expect(result.shortfall).toEqual([]);
    for (const item of result.items) {
      const q = byId.get(item.questionId)!;
      expect(q.difficulty).toBeGreaterThanOrEqual(2);
      expect(q.difficulty).toBeLessThanOrEqual(3);
      expect(q.type).toBe("single");
    }
  });

  it("ignores questions of areas outside the outline", () => {
    const pool = [...bank(20), ...singles("retired-area", 50)];
    expect(exam({ pool }).items.some((i) => i.questionId.startsWith("retired-area"))).toBe(false);
  });

  it("rejects a pool listing a question twice, a bad total and a bad case-study limit", () => {
    const pool = bank(20);
    expect(() => exam({ pool: [...pool, pool[0]!] })).toThrow(/twice/);
    expect(() => exam({ pool, total: -1 })).toThrow(RangeError);
    expect(() => exam({ pool, maxCaseStudies: -1 })).toThrow(RangeError);
  });
});
