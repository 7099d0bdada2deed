import type { IsoDay } from "./dates.ts";

export type LifecycleFacts = { retirementDate: IsoDay; successorCode: string | null; confirmed: boolean };

const LONG_DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "31 July 2026" — fixed to UTC so the words never depend on the server's time zone. */
export function longDay(day: IsoDay): string {
  return LONG_DAY.format(new Date(`${day}T00:00:00Z`));
}

/** A retirement in plain words, as sure as our source is: confirmed by Microsoft, or only reported. */
export function lifecycleNote(code: string, lifecycle: LifecycleFacts, today: IsoDay): string {
  const past = lifecycle.retirementDate <= today;
  const when = longDay(lifecycle.retirementDate);
  const successor = lifecycle.successorCode ? `, with ${lifecycle.successorCode} as its successor` : "";
  const what = lifecycle.confirmed
    ? `${code} ${past ? "retired" : "retires"} on ${when}${successor}.`
    : `${code} ${past ? "was reported" : "is reported"} to retire on ${when}${successor} — not confirmed by Microsoft.`;
  return `${what} Check the official exam page before you book.`;
}
