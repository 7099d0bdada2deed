import { apportion } from "./apportion.ts";
import { addDays, daysBetween, isIsoDay, type IsoDay } from "./dates.ts";
import { lifecycleNote, longDay, type LifecycleFacts } from "./lifecycle-note.ts";
import { focusShares, type AreaFocus, type AreaPerformance, type AreaWeight } from "./skill-focus.ts";

export const MIN_DAYS = 7;
export const MAX_DAYS = 364;
export const MIN_HOURS = 1;
export const MAX_HOURS = 40;
/** The guarantee counts the last exam simulation only if it falls this many days before the exam or fewer. */
export const GUARANTEE_WINDOW_DAYS = 30;

export type PlanExam = {
  code: string;
  title: string;
  questionCount: number;
  durationMinutes: number;
  passMark: number;
  skillAreas: readonly AreaWeight[];
  lifecycle: LifecycleFacts | null;
};

export type PlanInput = {
  exam: PlanExam;
  today: IsoDay;
  examDate: IsoDay;
  hoursPerWeek: number;
  /** Per skill area, the learner's answers in submitted attempts; empty for a visitor. */
  performance?: readonly AreaPerformance[];
  /** Full exam simulations the learner has already submitted for this exam. */
  simulationsTaken?: number;
};

export type MilestoneKind = "baseline-simulation" | "checkpoint-simulation" | "final-simulation" | "simulation-review" | "weekly-review" | "rest" | "exam";
export type Milestone = { date: IsoDay; kind: MilestoneKind; title: string; detail: string; hours: number };
export type FocusSlot = { key: string; name: string; hours: number };
export type PlanWeek = {
  number: number;
  start: IsoDay;
  end: IsoDay;
  phase: "learn" | "final";
  /** The learner's time for this week (shorter weeks get a prorated share). */
  hours: number;
  /** Study time per skill area, after the milestones have taken theirs. */
  focus: FocusSlot[];
  milestones: Milestone[];
  /** True when the week's simulations and reviews need more time than the week has. */
  overBudget: boolean;
};
export type AreaPlan = AreaFocus & { hours: number };
export type StudyPlan = {
  exam: { code: string; title: string };
  today: IsoDay;
  examDate: IsoDay;
  daysLeft: number;
  hoursPerWeek: number;
  totalHours: number;
  basis: "weights" | "weights-and-accuracy";
  areas: AreaPlan[];
  weeks: PlanWeek[];
  /** Every milestone in date order, the exam day last. */
  milestones: Milestone[];
  notes: string[];
};

export type PlanProblem = { reason: "hours" | "date" | "past" | "too-soon" | "too-far"; message: string };
export type PlanResult = { ok: true; plan: StudyPlan } | ({ ok: false } & PlanProblem);

const REVIEW_UNITS = 3; // half hours: 1.5 h to go through a simulation's wrong answers
const WEEKLY_REVIEW_UNITS = 2;
const CHECKPOINT_EVERY_DAYS = 28;

/** Why a target date or weekly time cannot be planned, or null when it can. */
export function planProblem(today: IsoDay, examDate: IsoDay, hoursPerWeek: number): PlanProblem | null {
  if (!Number.isInteger(hoursPerWeek) || hoursPerWeek < MIN_HOURS || hoursPerWeek > MAX_HOURS) {
    return { reason: "hours", message: `Choose between ${MIN_HOURS} and ${MAX_HOURS} hours a week, in whole hours.` };
  }
  if (!isIsoDay(today) || !isIsoDay(examDate)) return { reason: "date", message: "Pick the exam date from the calendar (YYYY-MM-DD)." };
  const days = daysBetween(today, examDate);
  if (days < 0) return { reason: "past", message: `${longDay(examDate)} has passed. Pick the date you are booked for, or plan to book.` };
  if (days < MIN_DAYS) {
    const when = days === 0 ? "today" : days === 1 ? "tomorrow" : `in ${days} days`;
    return {
      reason: "too-soon",
      message: `Your exam is ${when} — too close for a week-by-week plan. Take one full exam simulation now, spend the days left on the areas it shows are weakest, and keep the day before the exam light.`,
    };
  }
  if (days > MAX_DAYS) {
    return {
      reason: "too-far",
      message: `${longDay(examDate)} is more than a year away. Plans cover up to ${MAX_DAYS / 7} weeks: pick a date within a year — the plan is recomputed from today whenever you open it, so you can move the date later.`,
    };
  }
  return null;
}

type Scheduled = { day: number; kind: MilestoneKind; units: number };

/** Where the simulations, reviews and the light day fall, as days from today (the exam is day `days`). */
function scheduleMilestones(days: number, simulationUnits: number, simulationsTaken: number): Scheduled[] {
  const final1 = days - (days >= 14 ? 10 : 6);
  const final2 = days - 3;
  const events: Scheduled[] = [];
  const simulation = (day: number, kind: MilestoneKind) => {
    events.push({ day, kind, units: simulationUnits }, { day: day + 1, kind: "simulation-review", units: REVIEW_UNITS });
  };
  // The first simulation is the learner's baseline; with one already taken, the plan starts from its results.
  if (simulationsTaken === 0 && days >= 14) simulation(1, "baseline-simulation");
  for (let day = CHECKPOINT_EVERY_DAYS; day <= final1 - 10; day += CHECKPOINT_EVERY_DAYS) simulation(day, "checkpoint-simulation");
  simulation(final1, "final-simulation");
  simulation(final2, "final-simulation");
  events.push({ day: days - 1, kind: "rest", units: 0 });
  return events;
}

function describe(kind: MilestoneKind, exam: PlanExam, finalNumber: number): { title: string; detail: string } {
  const full = `a full ${exam.questionCount}-question, ${exam.durationMinutes}-minute exam simulation`;
  switch (kind) {
    case "baseline-simulation":
      return { title: "Baseline exam simulation", detail: `Take ${full} before you study: it shows where you stand, and the plan leans towards the areas it finds weak.` };
    case "checkpoint-simulation":
      return { title: "Progress check: exam simulation", detail: `Take ${full} to see what has stuck; the plan re-balances towards the areas it shows are weak.` };
    case "final-simulation":
      return {
        title: `Final exam simulation ${finalNumber} of 2`,
        detail: `Take ${full}. The money-back guarantee counts your two most recent simulations: both at ${exam.passMark} or more, the last within ${GUARANTEE_WINDOW_DAYS} days before the exam.`,
      };
    case "simulation-review":
      return { title: "Review the simulation", detail: "Go through every wrong and flagged answer and its explanation, and note the rule behind each." };
    case "weekly-review":
      return { title: "Review day", detail: "A practice quiz over this week's areas, then your wrong answers so far." };
    case "rest":
      return { title: "Light day before the exam", detail: "No new material and no simulation: skim your notes, check the exam logistics and rest." };
    case "exam":
      return { title: `${exam.code} exam day`, detail: "Log in or arrive early with your ID ready. Good luck." };
  }
}

const hours = (units: number) => units / 2;

/**
 * A week-by-week study plan from today to the exam date. Study time goes to the skill areas by
 * their weight in the exam, leaning towards weak areas once the learner has answers; early weeks
 * work through the areas one after another (the largest share first), the final weeks mix them.
 * Milestones: a baseline simulation first, a progress check every four weeks, the two final
 * simulations the guarantee counts inside its 30-day window, a review after each, and a light day
 * before the exam. Recomputed from today each time, so it follows the learner's progress.
 */
export function buildStudyPlan(input: PlanInput): PlanResult {
  const { exam, today, examDate, hoursPerWeek } = input;
  const problem = planProblem(today, examDate, hoursPerWeek);
  if (problem) return { ok: false, ...problem };

  const days = daysBetween(today, examDate);
  const simulationUnits = Math.ceil(exam.durationMinutes / 30);
  const simulationsTaken = input.simulationsTaken ?? 0;
  const areas = focusShares(exam.skillAreas, input.performance ?? []);
  const ordered = [...areas].sort((a, b) => b.share - a.share);
  const events = scheduleMilestones(days, simulationUnits, simulationsTaken);
  const final1Day = events.find((e) => e.kind === "final-simulation")!.day;

  let finalsSeen = 0;
  const toMilestone = (event: Scheduled): Milestone => {
    if (event.kind === "final-simulation") finalsSeen += 1;
    return { date: addDays(today, event.day), kind: event.kind, hours: hours(event.units), ...describe(event.kind, exam, finalsSeen) };
  };

  const weeks: PlanWeek[] = [];
  /** Half hours of each week left for studying the skill areas, by week number. */
  const studyUnits = new Map<number, number>();
  for (let first = 0, number = 1; first < days; first += 7, number++) {
    const last = Math.min(first + 6, days - 1);
    const length = last - first + 1;
    const budget = Math.max(1, Math.round((2 * hoursPerWeek * length) / 7));
    const phase = last >= final1Day ? "final" : "learn";
    const inWeek = events.filter((e) => e.day >= first && e.day <= last);
    const hasReview = inWeek.some((e) => e.kind === "simulation-review");
    if (phase === "learn" && length === 7 && !hasReview && !inWeek.some((e) => e.day === last)) {
      inWeek.push({ day: last, kind: "weekly-review", units: WEEKLY_REVIEW_UNITS });
    }
    const simUnits = inWeek.filter((e) => e.kind.endsWith("simulation")).reduce((s, e) => s + e.units, 0);
    const reviews = inWeek.filter((e) => e.kind.endsWith("review"));
    const reviewWanted = reviews.reduce((s, e) => s + e.units, 0);
    // Reviews shrink (to half an hour each at least) before a week goes over its time.
    if (simUnits + reviewWanted > budget && reviews.length > 0) {
      const each = Math.max(1, Math.floor((budget - simUnits) / reviews.length));
      for (const review of reviews) review.units = Math.min(review.units, each);
    }
    const fixed = inWeek.reduce((s, e) => s + e.units, 0);
    studyUnits.set(number, Math.max(0, budget - fixed));
    weeks.push({
      number,
      start: addDays(today, first),
      end: addDays(today, last),
      phase,
      hours: hours(budget),
      focus: [],
      milestones: inWeek.sort((a, b) => a.day - b.day).map(toMilestone),
      overBudget: fixed > budget,
    });
  }

  const unitsByArea = new Map<string, number>(areas.map((a) => [a.key, 0]));
  const slot = (area: AreaFocus, units: number, hoursBefore = 0): FocusSlot => {
    unitsByArea.set(area.key, unitsByArea.get(area.key)! + units);
    return { key: area.key, name: area.name, hours: hoursBefore + hours(units) };
  };

  const learnWeeks = weeks.filter((w) => w.phase === "learn");
  const learnShares = apportion(
    learnWeeks.reduce((s, w) => s + studyUnits.get(w.number)!, 0),
    ordered.map((a) => a.share),
  );
  let cursor = 0;
  for (const week of learnWeeks) {
    let left = studyUnits.get(week.number)!;
    while (left > 0 && cursor < ordered.length) {
      const current = week.focus.at(-1);
      // Half an hour of a new area at the end of a week is no session: it goes to the area
      // already in progress, and the new area starts next week with that much less.
      if (left === 1 && current && learnShares[cursor]! > 1 && current.key !== ordered[cursor]!.key) {
        const area = areas.find((a) => a.key === current.key)!;
        week.focus[week.focus.length - 1] = slot(area, 1, current.hours);
        learnShares[cursor]! -= 1;
        break;
      }
      const take = Math.min(left, learnShares[cursor]!);
      if (take > 0) week.focus.push(slot(ordered[cursor]!, take));
      learnShares[cursor]! -= take;
      left -= take;
      if (learnShares[cursor] === 0) cursor += 1;
    }
  }
  for (const week of weeks.filter((w) => w.phase === "final")) {
    apportion(
      studyUnits.get(week.number)!,
      ordered.map((a) => a.share),
    ).forEach((units, i) => units > 0 && week.focus.push(slot(ordered[i]!, units)));
  }

  const examDay = toMilestone({ day: days, kind: "exam", units: 0 });
  const withData = areas.some((a) => a.accuracy !== null);
  const notes: string[] = [];
  if (withData) {
    const answered = areas.reduce((s, a) => s + a.answered, 0);
    notes.push(`Based on the exam's weights and your accuracy in ${answered} answered questions: weaker areas get more time. It updates as you practise.`);
  } else {
    notes.push("Based on the exam's official weights. Once you have answered questions, the plan leans towards the areas you find hardest.");
  }
  if (simulationsTaken > 0) notes.push(`You have taken ${simulationsTaken} exam simulation${simulationsTaken === 1 ? "" : "s"} already, so the plan starts from your results instead of a baseline.`);
  if (weeks.some((w) => w.overBudget)) {
    notes.push(
      `A full simulation takes ${exam.durationMinutes} minutes, and with its review that is more than some of your weeks hold at ${hoursPerWeek} hour${hoursPerWeek === 1 ? "" : "s"} a week. Find extra time in those weeks, or plan more hours.`,
    );
  }
  if (exam.lifecycle && exam.lifecycle.retirementDate <= examDate) {
    notes.push(`${lifecycleNote(exam.code, exam.lifecycle, today)} Your exam date is on or after that.`);
  }

  return {
    ok: true,
    plan: {
      exam: { code: exam.code, title: exam.title },
      today,
      examDate,
      daysLeft: days,
      hoursPerWeek,
      totalHours: weeks.reduce((s, w) => s + w.hours, 0),
      basis: withData ? "weights-and-accuracy" : "weights",
      areas: areas.map((area) => ({ ...area, hours: hours(unitsByArea.get(area.key)!) })),
      weeks,
      milestones: [...weeks.flatMap((w) => w.milestones), examDay],
      notes,
    },
  };
}
