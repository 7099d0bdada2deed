import { describe, expect, it } from "vitest";
import type { PoolQuestion } from "../practice/pool.ts";
import { createRng } from "../practice/random.ts";
import { describePick } from "./describe-pick.ts";
import type { GradedAnswer, SkillAreaWeight } from "./estimate-skills.ts";
import { planSmartSession, type PlanInput } from "./plan-session.ts";

const AREAS: SkillAreaWeight[] = [
  { key: "architecture", name: "Architecture and services", weightMin: 35, weightMax: 40 },
  { key: "governance", name: "Management and governance", weightMin: 30, weightMax: 35 },
  { key: "concepts", name: "Cloud concepts", weightMin: 25, weightMax: 30 },
  { key: "tiny", name: "A small area", weightMin: 2, weightMax: 5 },
];

/** Ten questions per area, two of each difficulty. */
const POOL: PoolQuestion[] = AREAS.flatMap((area) =>
  Array.from({ length: 10 }, (_, i) => ({ id: `${area.key}-${String(i).padStart(2, "0")}`, skillAreaKey: area.key, difficulty: (i % 5) + 1, type: "single" as const })),
);

const answers = (key: string, right: number, wrong: number, difficulty = 3): GradedAnswer[] => [
  ...Array.from({ length: right }, () => ({ skillAreaKey: key, difficulty, isCorrect: true })),
  ...Array.from({ length: wrong }, () => ({ skillAreaKey: key, difficulty, isCorrect: false })),
];

function plan(overrides: Partial<PlanInput> = {}) {
  return planSmartSession({ areas: AREAS, answers: [], pool: POOL, seenQuestionIds: [], recentQuestionIds: [], count: 10, rng: createRng(7), ...overrides });
}

const countBy = (keys: string[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());

describe("planSmartSession", () => {
  it("prefers the weakest heavy skill area", () => {
    // Architecture (the heaviest) is weak; the tiny area is weaker still but barely counts.
    const history = [...answers("architecture", 2, 8), ...answers("governance", 8, 2), ...answers("concepts", 9, 1), ...answers("tiny", 0, 10)];
    const { picks } = plan({ answers: history });
    expect(picks[0]!.skillAreaKey).toBe("architecture");
    expect(picks[0]!.areaRank).toBe(1);
    const counts = countBy(picks.map((p) => p.skillAreaKey));
    const most = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    expect(most).toBe("architecture");
    expect(counts.get("architecture")!).toBeGreaterThan(counts.get("governance") ?? 0);
    expect(counts.get("architecture")!).toBeGreaterThan(counts.get("tiny") ?? 0);
  });

  it("between two equally weak areas, picks the heavier first", () => {
    const history = [...answers("governance", 3, 7), ...answers("concepts", 3, 7), ...answers("architecture", 10, 0), ...answers("tiny", 10, 0)];
    expect(plan({ answers: history }).picks[0]!.skillAreaKey).toBe("governance");
  });

  it("between two equally heavy areas, picks the weaker first", () => {
    const areas = [AREAS[1]!, { ...AREAS[2]!, weightMin: 30, weightMax: 35 }];
    const history = [...answers("governance", 6, 4), ...answers("concepts", 3, 7)];
    expect(plan({ areas, answers: history }).picks[0]!.skillAreaKey).toBe("concepts");
  });

  it("does not spend the whole session on one area", () => {
    const history = [...answers("architecture", 0, 10), ...answers("governance", 5, 5), ...answers("concepts", 5, 5)];
    const counts = countBy(plan({ answers: history, count: 12 }).picks.map((p) => p.skillAreaKey));
    expect(counts.size).toBeGreaterThanOrEqual(3);
  });

  it("takes difficulties near the learner's level in the area", () => {
    // Strong on hard questions → level high; weak on easy ones → level low.
    const strong = plan({ answers: answers("architecture", 9, 1, 4), areas: [AREAS[0]!], count: 2 });
    expect(strong.picks.every((p) => p.difficulty >= 4)).toBe(true);
    const weak = plan({ answers: answers("architecture", 1, 9, 2), areas: [AREAS[0]!], count: 2 });
    expect(weak.picks.every((p) => p.difficulty === 1)).toBe(true);
  });

  it("prefers unseen questions and avoids ones answered recently", () => {
    const only = [AREAS[0]!];
    const level3 = POOL.filter((q) => q.skillAreaKey === "architecture" && q.difficulty === 3).map((q) => q.id);
    const seen = plan({ areas: only, count: 1, seenQuestionIds: [level3[0]!] });
    expect(seen.picks[0]!.questionId).toBe(level3[1]);
    expect(seen.picks[0]!.seen).toBe(false);
    const all = POOL.filter((q) => q.skillAreaKey === "architecture").map((q) => q.id);
    const recent = plan({ areas: only, count: 1, seenQuestionIds: all, recentQuestionIds: [level3[0]!] });
    expect(recent.picks[0]!.questionId).toBe(level3[1]);
  });

  it("never picks a question twice and stops when the pool runs out", () => {
    const { picks } = plan({ count: 100 });
    expect(picks).toHaveLength(POOL.length);
    expect(new Set(picks.map((p) => p.questionId)).size).toBe(POOL.length);
    expect(plan({ pool: [] }).picks).toEqual([]);
  });

  it("is reproducible from its seed and does not depend on the pool's order", () => {
    const a = plan({ rng: createRng(42) }).picks.map((p) => p.questionId);
    const b = plan({ rng: createRng(42), pool: [...POOL].reverse() }).picks.map((p) => p.questionId);
    expect(b).toEqual(a);
  });

  it("says why it picked each question", () => {
    const history = [...answers("architecture", 2, 8), ...answers("governance", 8, 2), ...answers("concepts", 9, 1)];
    const { picks } = plan({ answers: history });
    const first = describePick(picks[0]!);
    expect(first).toMatch(/^Architecture and services is where a point helps most: you got 2 of your last 10 right/);
    expect(first).toContain("35–40\u00a0% of the exam");
    expect(first).toMatch(/Difficulty \d of 5/);
    const other = picks.find((p) => p.areaRank > 1)!;
    expect(describePick(other)).toMatch(/most in need/);
    const untouched = plan({ answers: [] }).picks[0]!;
    expect(describePick(untouched)).toContain("you have not answered any of its questions yet");
  });
});
