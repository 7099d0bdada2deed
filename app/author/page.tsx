import { redirect } from "next/navigation";
import { requireAuthorForPage } from "@/lib/server/authoring/require-author-page.ts";

export default async function AuthorHome() {
  await requireAuthorForPage("/author");
  redirect("/author/questions");
}
