import "server-only";
import { redirect } from "next/navigation";
import { hasRole, requireUserForPage, type CurrentUser } from "@/lib/server/auth/session.ts";

/** For admin pages: signed out → sign-in; signed in without the ADMIN role → home with a notice. */
export async function requireAdminForPage(returnTo: string): Promise<CurrentUser> {
  const user = await requireUserForPage(returnTo);
  if (!hasRole(user, "ADMIN")) redirect("/?notice=admins-only");
  return user;
}
