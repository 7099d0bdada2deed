const SHORT = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });
const MEDIUM = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const LONG = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

const at = (day: string) => new Date(`${day}T00:00:00Z`);

/** "Mon 2 Mar" */
export const shortDay = (day: string) => SHORT.format(at(day));
/** "2 Mar" */
export const mediumDay = (day: string) => MEDIUM.format(at(day));
/** "Monday 2 March 2026" */
export const longDay = (day: string) => LONG.format(at(day));
/** "2 Mar – 8 Mar" */
export const dayRange = (start: string, end: string) => `${mediumDay(start)} – ${mediumDay(end)}`;
/** "1.5 h" */
export const hoursLabel = (hours: number) => `${Number.isInteger(hours) ? hours : hours.toFixed(1)} h`;
