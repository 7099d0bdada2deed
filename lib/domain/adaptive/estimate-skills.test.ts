import { describe, expect, it } from "vitest";
import { AREA_PRIOR_WEIGHT, estimateSkills, RECENT_ANSWERS_PER_AREA, type GradedAnswer, type SkillAreaWeight } from "./estimate-skills.ts";

const AREAS: SkillAreaWeight[] = [
  { key: "compute", name: "Compute", weightMin: 25, weightMax: 30 },
  { key: "storage", name: "Storage", weightMin: 15, weightMax: 20 },
  { key: "monitor", name: "Monitor", weightMin: 5, weightMax: 10 },
];

const answers = (key: string, right: number, wrong: number, difficulty = 3): GradedAnswer[] => [
  ...Array.from({ length: right }, () => ({ skillAreaKey: key, difficulty, isCorrect: true })),
  ...Array.from({ length: wrong }, () => ({ skillAreaKey: key, difficulty, isCorrect: false })),
];

const byKey = (list: ReturnType<typeof estimateSkills>) => new Map(list.map((e) => [e.key, e]));

describe("estimateSkills", () => {
  it("weights areas by the midpoints of their ranges", () => {
    const e = byKey(estimateSkills(AREAS, []));
    expect(e.get("compute")!.share).toBeCloseTo(27.5 / 52.5);
    expect(e.get("monitor")!.share).toBeCloseTo(7.5 / 52.5);
  });

  it("starts a new learner at even odds on middling questions everywhere", () => {
    for (const e of estimateSkills(AREAS, [])) {
      expect(e.accuracy).toBeCloseTo(0.5);
      expect(e.level).toBeCloseTo(3);
      expect(e.answered).toBe(0);
    }
  });

  it("shrinks a small sample towards the learner's overall accuracy", () => {
    const e = byKey(estimateSkills(AREAS, [...answers("compute", 1, 0), ...answers("storage", 8, 2)]));
    const compute = e.get("compute")!;
    expect(compute.accuracy).toBeLessThan(1);
    expect(compute.accuracy).toBeGreaterThan(0.7);
    // An area without answers borrows the overall figure.
    expect(e.get("monitor")!.accuracy).toBeCloseTo((9 + 0.5 * 2) / (11 + 2));
  });

  it("rates the same accuracy on harder questions as more ability", () => {
    const easy = byKey(estimateSkills(AREAS, answers("compute", 6, 4, 1))).get("compute")!;
    const hard = byKey(estimateSkills(AREAS, answers("compute", 6, 4, 5))).get("compute")!;
    expect(hard.ability).toBeGreaterThan(easy.ability);
    expect(hard.level).toBeGreaterThan(easy.level);
  });

  it("counts only the most recent answers of an area", () => {
    const newestFirst = [...answers("compute", RECENT_ANSWERS_PER_AREA, 0), ...answers("compute", 0, 50)];
    const compute = byKey(estimateSkills(AREAS, newestFirst)).get("compute")!;
    expect(compute.answered).toBe(RECENT_ANSWERS_PER_AREA);
    expect(compute.correct).toBe(RECENT_ANSWERS_PER_AREA);
  });

  it("puts the need where the exam's points are missed", () => {
    const e = byKey(estimateSkills(AREAS, [...answers("compute", 2, 8), ...answers("monitor", 2, 8), ...answers("storage", 9, 1)]));
    expect(e.get("compute")!.need).toBeGreaterThan(e.get("monitor")!.need);
    expect(e.get("compute")!.need).toBeGreaterThan(e.get("storage")!.need);
    expect(e.get("compute")!.need).toBeCloseTo(e.get("compute")!.share * (1 - e.get("compute")!.accuracy));
    expect(AREA_PRIOR_WEIGHT).toBeGreaterThan(0);
  });

  it("ignores answers from areas the outline no longer has", () => {
    const e = estimateSkills(AREAS, answers("retired-area", 0, 10));
    expect(e.every((x) => x.answered === 0)).toBe(true);
  });
});
