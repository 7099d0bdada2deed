import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCatalog } from "@/lib/domain/catalog/catalog-schema.ts";
import { buildStudyPlan, planProblem, type PlanExam, type StudyPlan } from "./build-study-plan.ts";
import { addDays, daysBetween } from "./dates.ts";

function catalogExam(code: string): PlanExam {
  const exam = parseCatalog(fs.readFileSync("prisma/catalog/exams.yaml", "utf8")).exams.find((e) => e.code === code)!;
  return {
    code: exam.code,
    title: exam.title,
    questionCount: exam.questionCount,
    durationMinutes: exam.durationMinutes,
    passMark: exam.passMark,
    skillAreas: exam.skillAreas,
    lifecycle: exam.lifecycle
      ? { retirementDate: exam.lifecycle.retirementDate.toISOString().slice(0, 10), successorCode: exam.lifecycle.successorCode ?? null, confirmed: exam.lifecycle.confirmed }
      : null,
  };
}

const AZ204 = catalogExam("AZ-204");
const AZ400 = catalogExam("AZ-400");
const TODAY = "2026-03-02";

function plan(options: { days: number; hours?: number; exam?: PlanExam; performance?: { key: string; answered: number; correct: number }[]; simulationsTaken?: number }): StudyPlan {
  const result = buildStudyPlan({
    exam: options.exam ?? AZ204,
    today: TODAY,
    examDate: addDays(TODAY, options.days),
    hoursPerWeek: options.hours ?? 8,
    performance: options.performance,
    simulationsTaken: options.simulationsTaken,
  });
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}

const day = (p: StudyPlan, date: string) => daysBetween(p.today, date);
const of = (p: StudyPlan, kind: string) => p.milestones.filter((m) => m.kind === kind);
const scheduled = (week: StudyPlan["weeks"][number]) => week.milestones.reduce((s, m) => s + m.hours, 0) + week.focus.reduce((s, f) => s + f.hours, 0);

describe("planProblem", () => {
  it("takes whole hours from 1 to 40 a week", () => {
    expect(planProblem(TODAY, addDays(TODAY, 30), 0)?.reason).toBe("hours");
    expect(planProblem(TODAY, addDays(TODAY, 30), 41)?.reason).toBe("hours");
    expect(planProblem(TODAY, addDays(TODAY, 30), 2.5)?.reason).toBe("hours");
    expect(planProblem(TODAY, addDays(TODAY, 30), 1)).toBeNull();
    expect(planProblem(TODAY, addDays(TODAY, 30), 40)).toBeNull();
  });

  it("explains a date that is not a day, has passed, is too soon or too far", () => {
    expect(planProblem(TODAY, "2026-02-30", 5)?.reason).toBe("date");
    expect(planProblem(TODAY, "2026-03-01", 5)).toMatchObject({ reason: "past", message: expect.stringContaining("1 March 2026 has passed") });
    expect(planProblem(TODAY, TODAY, 5)).toMatchObject({ reason: "too-soon", message: expect.stringContaining("Your exam is today") });
    expect(planProblem(TODAY, addDays(TODAY, 6), 5)).toMatchObject({ reason: "too-soon", message: expect.stringContaining("in 6 days") });
    expect(planProblem(TODAY, addDays(TODAY, 7), 5)).toBeNull();
    expect(planProblem(TODAY, addDays(TODAY, 364), 5)).toBeNull();
    expect(planProblem(TODAY, addDays(TODAY, 365), 5)).toMatchObject({ reason: "too-far", message: expect.stringContaining("more than a year away") });
    expect(buildStudyPlan({ exam: AZ204, today: TODAY, examDate: addDays(TODAY, 3), hoursPerWeek: 5 })).toMatchObject({ ok: false, reason: "too-soon" });
  });
});

describe("buildStudyPlan for an exam eight weeks out", () => {
  const p = plan({ days: 56, hours: 8 });

  it("has eight full weeks from today to the day before the exam, each with the learner's hours", () => {
    expect(p.weeks).toHaveLength(8);
    expect(p.weeks[0]!.start).toBe(TODAY);
    expect(p.weeks.at(-1)!.end).toBe(addDays(p.examDate, -1));
    p.weeks.forEach((week, i) => {
      expect(week.number).toBe(i + 1);
      expect(daysBetween(week.start, week.end)).toBe(6);
      if (i > 0) expect(daysBetween(p.weeks[i - 1]!.end, week.start)).toBe(1);
      expect(week.hours).toBe(8);
      expect(scheduled(week)).toBe(8);
      expect(week.overBudget).toBe(false);
    });
    expect(p.totalHours).toBe(64);
    expect(p.weeks.map((w) => w.phase)).toEqual(["learn", "learn", "learn", "learn", "learn", "learn", "final", "final"]);
  });

  it("starts with a baseline, checks progress mid-way, puts two final simulations in the guarantee's window and a light day before the exam", () => {
    expect(of(p, "baseline-simulation").map((m) => day(p, m.date))).toEqual([1]);
    expect(of(p, "checkpoint-simulation").map((m) => day(p, m.date))).toEqual([28]);
    const finals = of(p, "final-simulation");
    expect(finals.map((m) => m.title)).toEqual(["Final exam simulation 1 of 2", "Final exam simulation 2 of 2"]);
    for (const final of finals) expect(daysBetween(final.date, p.examDate)).toBeLessThanOrEqual(30);
    expect(finals.map((m) => daysBetween(m.date, p.examDate))).toEqual([10, 3]);
    expect(finals[0]!.hours).toBe(2);
    expect(of(p, "simulation-review").map((m) => day(p, m.date))).toEqual([2, 29, 47, 54]);
    expect(of(p, "rest")).toEqual([expect.objectContaining({ date: addDays(p.examDate, -1), hours: 0 })]);
    expect(p.milestones.at(-1)).toMatchObject({ kind: "exam", date: p.examDate, title: "AZ-204 exam day" });
    expect(of(p, "weekly-review").map((m) => day(p, m.date))).toEqual([13, 20, 27, 41]);
  });

  it("works through the areas largest first in the early weeks and mixes them all in the final weeks", () => {
    expect(p.weeks[0]!.focus[0]!.name).toBe("Develop Azure compute solutions");
    expect(p.weeks.slice(0, 6).flatMap((w) => w.focus.map((f) => f.key)).filter((key, i, all) => all.indexOf(key) === i)).toEqual(["compute", "connect", "storage", "security", "monitor"]);
    for (const week of p.weeks.slice(6)) expect(week.focus.map((f) => f.key).sort()).toEqual(["compute", "connect", "monitor", "security", "storage"]);
    // No half-hour scraps of an area at the end of a learning week.
    for (const week of p.weeks.slice(0, 6)) expect(week.focus.every((f) => f.hours >= 1), `week ${week.number}`).toBe(true);
  });

  it("divides study time in proportion to the outline's weight midpoints", () => {
    const study = p.areas.reduce((s, a) => s + a.hours, 0);
    expect(study).toBe(p.weeks.reduce((s, w) => s + w.focus.reduce((t, f) => t + f.hours, 0), 0));
    for (const area of p.areas) expect(Math.abs(area.hours / study - area.share)).toBeLessThan(0.02);
    expect(p.basis).toBe("weights");
    expect(p.notes[0]).toMatch(/official weights/);
  });

  it("warns when AZ-204's reported retirement falls on or before the exam date, and only then", () => {
    expect(p.notes.join(" ")).not.toMatch(/retire/);
    expect(plan({ days: 151 }).notes.join(" ")).toMatch(/AZ-204 is reported to retire on 31 July 2026.*Your exam date is on or after that/);
    expect(plan({ days: 180, exam: AZ400 }).notes.join(" ")).not.toMatch(/retire/);
  });
});

describe("buildStudyPlan with the learner's results", () => {
  it("gives a weak area more time than the weights alone would, and says what it is based on", () => {
    const base = plan({ days: 56 });
    const weak = plan({
      days: 56,
      performance: [
        { key: "storage", answered: 30, correct: 9 },
        { key: "compute", answered: 30, correct: 27 },
      ],
      simulationsTaken: 1,
    });
    const hours = (p: StudyPlan, key: string) => p.areas.find((a) => a.key === key)!.hours;
    expect(hours(weak, "storage")).toBeGreaterThan(hours(base, "storage"));
    expect(hours(weak, "compute")).toBeLessThan(hours(base, "compute"));
    expect(weak.weeks[0]!.focus[0]!.key).toBe("storage");
    expect(weak.basis).toBe("weights-and-accuracy");
    expect(weak.notes[0]).toMatch(/your accuracy in 60 answered questions/);
    expect(of(weak, "baseline-simulation")).toHaveLength(0);
    expect(weak.notes.join(" ")).toMatch(/taken 1 exam simulation already/);
  });
});

describe("buildStudyPlan at the edges", () => {
  it("plans a one-week run-up as two final simulations with reviews and a light day", () => {
    const p = plan({ days: 7 });
    expect(p.weeks).toHaveLength(1);
    expect(p.weeks[0]!.phase).toBe("final");
    expect(p.milestones.map((m) => [day(p, m.date), m.kind])).toEqual([
      [1, "final-simulation"],
      [2, "simulation-review"],
      [4, "final-simulation"],
      [5, "simulation-review"],
      [6, "rest"],
      [7, "exam"],
    ]);
  });

  it("prorates a short last week and flags weeks too small for a simulation", () => {
    const p = plan({ days: 17, hours: 1 });
    expect(p.weeks.map((w) => w.hours)).toEqual([1, 1, 0.5]);
    expect(p.weeks.some((w) => w.overBudget)).toBe(true);
    expect(p.notes.join(" ")).toMatch(/A full simulation takes 100 minutes/);
  });

  it("keeps its invariants for every length from one week to a year and every weekly time", () => {
    for (let days = 7; days <= 364; days += 5) {
      for (const hours of [1, 3, 8, 40]) {
        const p = plan({ days, hours });
        const label = `${days} days at ${hours} h`;
        expect(p.weeks.length, label).toBe(Math.ceil(days / 7));
        expect(p.weeks.at(-1)!.end).toBe(addDays(p.examDate, -1));
        expect(p.totalHours).toBe(p.weeks.reduce((s, w) => s + w.hours, 0));
        const finals = of(p, "final-simulation");
        expect(finals, label).toHaveLength(2);
        for (const final of finals) expect(daysBetween(final.date, p.examDate), label).toBeLessThanOrEqual(30);
        expect(daysBetween(finals[1]!.date, p.examDate)).toBeGreaterThanOrEqual(2);
        expect(of(p, "rest").map((m) => m.date)).toEqual([addDays(p.examDate, -1)]);
        const dates = p.milestones.map((m) => m.date);
        expect(new Set(dates).size, `${label}: one milestone a day`).toBe(dates.length);
        expect([...dates].sort()).toEqual(dates);
        expect(dates.every((d) => d >= p.today && d <= p.examDate)).toBe(true);
        for (const week of p.weeks) {
          expect(week.milestones.every((m) => m.date >= week.start && m.date <= week.end)).toBe(true);
          expect(week.focus.every((f) => f.hours > 0)).toBe(true);
          if (!week.overBudget) expect(scheduled(week), label).toBe(week.hours);
        }
        if (days >= 14) expect(of(p, "baseline-simulation").map((m) => day(p, m.date))).toEqual([1]);
      }
    }
  }, 60_000);
});
