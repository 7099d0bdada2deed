const DAY_MS = 86_400_000;

/** Calendar-day number (UTC) of an instant: guarantee windows count whole days, not hours. */
export function dayNumber(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(date: Date, days: number): Date {
  return new Date((dayNumber(date) + days) * DAY_MS);
}

/** "2026-03-14" */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The last instant of a calendar day, so "as of the exam date" includes that whole day. */
export function endOfDay(date: Date): Date {
  return new Date((dayNumber(date) + 1) * DAY_MS - 1);
}
