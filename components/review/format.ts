import type { QuestionType } from "@/lib/domain/questions/content.ts";

export const TYPE_LABEL: Record<QuestionType, string> = {
  single: "Single choice",
  multiple: "Multiple choice",
  yesno: "Yes / no series",
  ordering: "Ordering",
};

/** "Tue 4 Mar 2025" in the learner's zone. */
export function formatDay(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", day: "numeric", month: "short", year: "numeric" }).format(new Date(iso));
}

/** "today", "tomorrow", "in 5 days", "3 days overdue". */
export function dueLabel(daysUntilDue: number): string {
  if (daysUntilDue === 0) return "due today";
  if (daysUntilDue === 1) return "due tomorrow";
  if (daysUntilDue > 1) return `due in ${daysUntilDue} days`;
  return daysUntilDue === -1 ? "1 day overdue" : `${-daysUntilDue} days overdue`;
}

export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
