import { createEvents, type EventAttributes } from "ics";
import type { Milestone, PlanWeek, StudyPlan } from "./build-study-plan.ts";
import { addDays, dayParts } from "./dates.ts";

const hoursText = (hours: number) => `${hours} h`;

function weekDescription(week: PlanWeek): string {
  const lines = [`${hoursText(week.hours)} this week.`];
  if (week.focus.length > 0) lines.push("", "Study:", ...week.focus.map((f) => `• ${f.name} — ${hoursText(f.hours)}`));
  if (week.milestones.length > 0) lines.push("", "Milestones:", ...week.milestones.map((m) => `• ${m.date}: ${m.title}`));
  return lines.join("\n");
}

function milestoneDescription(milestone: Milestone): string {
  return milestone.hours > 0 ? `${milestone.detail}\n\nAbout ${hoursText(milestone.hours)}.` : milestone.detail;
}

/**
 * The plan as an iCalendar file: one all-day event per milestone (the exam day included) and one
 * free-time, multi-day event per study week, so the weeks show without blocking the calendar.
 * UIDs depend on the exam, its date and the item, so importing a re-computed plan updates events
 * in calendars that honour UIDs. `stamp` is when the file was made (DTSTAMP).
 */
export function planToIcs(plan: StudyPlan, options: { url: string; stamp: Date }): string {
  const code = plan.exam.code;
  const uid = (what: string) => `${code}-${plan.examDate}-${what}@passpath`.toLowerCase();
  const base = { url: options.url, categories: ["PassPath", code] };
  // `ics` stamps events with the current time unless told otherwise; its types omit the option.
  const stamped = (event: EventAttributes): EventAttributes => Object.assign(event, { timestamp: options.stamp.getTime() });

  const weeks = plan.weeks.map((week) => stamped({
    ...base,
    uid: uid(`week-${week.number}`),
    title: `${code} study week ${week.number} of ${plan.weeks.length}: ${hoursText(week.hours)}`,
    description: weekDescription(week),
    start: dayParts(week.start),
    end: dayParts(addDays(week.end, 1)),
    transp: "TRANSPARENT",
    busyStatus: "FREE",
  }));
  const milestones = plan.milestones.map((milestone) => stamped({
    ...base,
    uid: uid(`${milestone.kind}-${milestone.date}`),
    title: milestone.kind === "exam" ? milestone.title : `${code}: ${milestone.title}`,
    description: milestoneDescription(milestone),
    start: dayParts(milestone.date),
    end: dayParts(addDays(milestone.date, 1)),
    transp: milestone.kind === "exam" ? "OPAQUE" : "TRANSPARENT",
    busyStatus: milestone.kind === "exam" ? "BUSY" : "FREE",
  }));

  const { error, value } = createEvents([...weeks, ...milestones], { productId: "-//PassPath//Study plan//EN", method: "PUBLISH", calName: `${code} study plan (PassPath)` });
  if (error || !value) throw error ?? new Error("the calendar could not be written");
  return value;
}
