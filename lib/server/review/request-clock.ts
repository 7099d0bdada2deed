import "server-only";
import { cookies, headers } from "next/headers";
import { isTimeZone, TIME_ZONE_COOKIE } from "@/lib/domain/review/local-day.ts";

export const TEST_CLOCK_HEADER = "x-test-now";

/**
 * The server's "now" for a request. End-to-end tests move the clock with an `x-test-now` header
 * (an ISO date), honoured only when the server was started with PASSPATH_TEST_CLOCK=1 — which only
 * scripts/e2e-server.ts sets. Anywhere else the header is ignored, so nobody can date their own
 * reviews or attempts by sending it.
 */
export function clockFrom(requestHeaders: Headers): Date {
  if (process.env.PASSPATH_TEST_CLOCK === "1") {
    const value = requestHeaders.get(TEST_CLOCK_HEADER);
    const moved = value ? new Date(value) : null;
    if (moved && !Number.isNaN(moved.getTime())) return moved;
  }
  return new Date();
}

/** The clock for a page (server component). */
export async function pageClock(): Promise<Date> {
  return clockFrom(await headers());
}

/** The learner's IANA time zone as their browser reported it, or UTC until it has. */
export async function learnerTimeZone(): Promise<string> {
  const value = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  return value && value.length <= 64 && isTimeZone(value) ? value : "UTC";
}
