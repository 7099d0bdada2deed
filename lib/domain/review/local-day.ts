// "Due today" means due before the learner's next midnight, in the learner's own time zone: FSRS
// schedules whole days from the time of the last review, so a card due tomorrow at 15:00 belongs
// to tomorrow's queue from the first minute of tomorrow.

const DAY_MS = 86_400_000;

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The calendar date (YYYY-MM-DD) of `at` in `timeZone`. */
export function localDate(at: Date, timeZone: string): string {
  const [y, m, d] = wallClock(at, timeZone);
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The first instant of the day after `at`'s day in `timeZone`, daylight-saving changes included. */
export function startOfNextDay(at: Date, timeZone: string): Date {
  const [y, m, d] = wallClock(at, timeZone);
  const midnight = Date.UTC(y, m - 1, d + 1);
  // The zone's offset at midnight, found from a first guess and corrected once across a change.
  let instant = midnight - offsetAt(new Date(midnight), timeZone);
  instant = midnight - offsetAt(new Date(instant), timeZone);
  // Where midnight itself does not exist (a spring-forward at 00:00), the day starts at the gap's end.
  while (localDate(new Date(instant), timeZone) === localDate(at, timeZone)) instant += 15 * 60_000;
  return new Date(instant);
}

/** Whole local days from `now`'s day to `due`'s day: 0 today, 1 tomorrow, −2 two days overdue. */
export function daysUntil(due: Date, now: Date, timeZone: string): number {
  const a = Date.parse(`${localDate(now, timeZone)}T00:00:00Z`);
  const b = Date.parse(`${localDate(due, timeZone)}T00:00:00Z`);
  return Math.round((b - a) / DAY_MS);
}

function wallClock(at: Date, timeZone: string): [number, number, number, number, number, number] {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)!.value);
  return [get("year"), get("month"), get("day"), get("hour"), get("minute"), get("second")];
}

/** How far the zone's wall clock runs ahead of UTC at `at`, in milliseconds. */
function offsetAt(at: Date, timeZone: string): number {
  const [y, m, d, h, min, s] = wallClock(at, timeZone);
  return Date.UTC(y, m - 1, d, h, min, s) - Math.floor(at.getTime() / 1000) * 1000;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** The cookie in which the browser tells the server its time zone (set by components/review/time-zone-sync.tsx). */
export const TIME_ZONE_COOKIE = "tz";
