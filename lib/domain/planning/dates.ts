// Calendar days as ISO strings ("2026-03-01"), computed in UTC so that a day never gains or
// loses an hour to daylight saving and a plan reads the same on every server.

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export type IsoDay = string;

/** Milliseconds of the day's UTC midnight, or NaN when it is not a real calendar day. */
function timeOf(value: string): number {
  const match = ISO_DAY.exec(value);
  if (!match) return Number.NaN;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, date);
  const check = new Date(time);
  return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === date ? time : Number.NaN;
}

/** True for a real calendar day written YYYY-MM-DD ("2026-02-30" is not one). */
export function isIsoDay(value: string): boolean {
  return !Number.isNaN(timeOf(value));
}

function toTime(day: IsoDay): number {
  const time = timeOf(day);
  if (Number.isNaN(time)) throw new RangeError(`not a calendar day: ${day}`);
  return time;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

export function addDays(day: IsoDay, days: number): IsoDay {
  const date = new Date(toTime(day) + days * DAY_MS);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  return Math.round((toTime(to) - toTime(from)) / DAY_MS);
}

/** The UTC calendar day of an instant. */
export function isoDayOf(instant: Date): IsoDay {
  return instant.toISOString().slice(0, 10);
}

/** [year, month, day] as calendar libraries take an all-day date. */
export function dayParts(day: IsoDay): [number, number, number] {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  toTime(day);
  return [year, month, date];
}
