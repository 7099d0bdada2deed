import "server-only";

// What an unreachable or stopping database looks like from here: socket errors from pg, Prisma's
// driver-adapter kinds, PostgreSQL's shutdown messages, and SQLSTATE classes 08 (connection
// exception) and 57P0x (admin/crash shutdown, cannot connect now). A pool so busy that a
// transaction cannot start in time (Prisma P2028) is the same to a client: try again shortly.
const UNAVAILABLE_TEXT =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|Connection terminated|DatabaseNotReachable|ConnectionClosed|SocketTimeout|Can't reach database server|terminating connection|the database system is (shutting down|starting up|in recovery mode)|timeout exceeded when trying to connect|P1001|P1017|P2028|Unable to start a transaction in the given time/i;
const UNAVAILABLE_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[1-4])$/;

/**
 * True when the error (or anything it wraps: `cause`, Prisma's `meta.driverAdapterError`) says the
 * database cannot be reached or is too busy right now, as opposed to a query that failed on a live database.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 6) return false;
  const e = error as { name?: unknown; message?: unknown; code?: unknown; originalCode?: unknown; kind?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
  const text = [e.name, e.message, e.code, e.kind].filter((part) => typeof part === "string").join(" ");
  if (UNAVAILABLE_TEXT.test(text)) return true;
  if ([e.code, e.originalCode].some((code) => typeof code === "string" && UNAVAILABLE_SQLSTATE.test(code))) return true;
  return isDatabaseUnavailable(e.cause, depth + 1) || isDatabaseUnavailable(e.meta?.driverAdapterError, depth + 1);
}
