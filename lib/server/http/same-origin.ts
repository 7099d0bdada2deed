import "server-only";
import { AppError } from "@/lib/errors.ts";

/**
 * Refuses state-changing requests sent from another site. Browsers send Origin on cross-origin
 * POSTs; a request without it (curl, server-to-server) carries no ambient cookies of a victim.
 */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") {
    if (origin === "null") throw new AppError("FORBIDDEN", "Cross-origin requests are not allowed.");
    return;
  }
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError("FORBIDDEN", "Cross-origin requests are not allowed.");
  }
  if (!host || originHost !== host) throw new AppError("FORBIDDEN", "Cross-origin requests are not allowed.");
}
