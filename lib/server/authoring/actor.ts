import "server-only";
import { AppError } from "@/lib/errors.ts";
import type { Role } from "@/lib/server/auth/session.ts";

/** Who is asking: the signed-in user's id and role (CurrentUser fits). */
export type Actor = { id: string; role: Role };

/** Authors and admins write questions and handle reports; everyone else gets a 403. */
export function assertAuthor(actor: Actor): void {
  if (actor.role !== "AUTHOR" && actor.role !== "ADMIN") throw new AppError("FORBIDDEN", "Only authors can do this.");
}

export function isAuthor(actor: Actor): boolean {
  return actor.role === "AUTHOR" || actor.role === "ADMIN";
}
