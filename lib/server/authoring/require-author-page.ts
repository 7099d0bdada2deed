import "server-only";
import { redirect } from "next/navigation";
import { hasRole, requireUserForPage, type CurrentUser } from "@/lib/server/auth/session.ts";

/** For authoring pages: sign-in first, then authors and admins only; anyone else lands on the 403 page. */
export async function requireAuthorForPage(returnTo: string): Promise<CurrentUser> {
  const user = await requireUserForPage(returnTo);
  if (!hasRole(user, "AUTHOR")) redirect("/author/forbidden");
  return user;
}
