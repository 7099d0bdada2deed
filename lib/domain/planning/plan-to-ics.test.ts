import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildStudyPlan, type StudyPlan } from "./build-study-plan.ts";
import { planToIcs } from "./plan-to-ics.ts";

const EXAM = {
  code: "AZ-400",
  title: "Designing and Implementing Microsoft DevOps Solutions",
  questionCount: 50,
  durationMinutes: 100,
  passMark: 700,
  skillAreas: [
    { key: "pipelines", name: "Design and implement build and release pipelines", weightMin: 50, weightMax: 55 },
    { key: "source-control", name: "Design and implement a source control strategy", weightMin: 10, weightMax: 15 },
  ],
  lifecycle: null,
};

function eightWeekPlan(): StudyPlan {
  const result = buildStudyPlan({ exam: EXAM, today: "2026-03-02", examDate: "2026-04-27", hoursPerWeek: 6 });
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}

describe("planToIcs", () => {
  const plan = eightWeekPlan();
  const text = planToIcs(plan, { url: "https://passpath.example/planner?exam=az-400", stamp: new Date("2026-03-02T08:30:00Z") });
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));

  it("writes a calendar that a calendar library reads, one event per week and per milestone", () => {
    expect(calendar.getFirstPropertyValue("prodid")).toBe("-//PassPath//Study plan//EN");
    expect(events).toHaveLength(plan.weeks.length + plan.milestones.length);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(calendar.getAllSubcomponents("vevent").every((v) => String(v.getFirstPropertyValue("dtstamp")) === "2026-03-02T08:30:00Z")).toBe(true);
  });

  it("makes the weeks all-day spans that do not block time, and the exam day a busy all-day event", () => {
    const week1 = events.find((e) => e.summary.startsWith("AZ-400 study week 1 of 8"))!;
    expect(week1.startDate.isDate).toBe(true);
    expect(week1.startDate.toString()).toBe("2026-03-02");
    expect(week1.endDate.toString()).toBe("2026-03-09");
    expect(week1.description).toContain("Design and implement build and release pipelines");
    expect(week1.component.getFirstPropertyValue("transp")).toBe("TRANSPARENT");

    const exam = events.find((e) => e.summary === "AZ-400 exam day")!;
    expect(exam.startDate.toString()).toBe("2026-04-27");
    expect(exam.component.getFirstPropertyValue("transp")).toBe("OPAQUE");

    const finals = events.filter((e) => e.summary.includes("Final exam simulation"));
    expect(finals.map((e) => e.startDate.toString())).toEqual(["2026-04-17", "2026-04-24"]);
    expect(finals[0]!.description).toMatch(/About 2 h\.$/);
  });

  it("links back to the plan", () => {
    expect(events.every((e) => e.component.getFirstPropertyValue("url") === "https://passpath.example/planner?exam=az-400")).toBe(true);
  });
});
