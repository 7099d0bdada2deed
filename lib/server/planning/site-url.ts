import "server-only";
import { loadEnv } from "@/lib/env.ts";

/** The public address of the site for absolute links (sitemap, calendar files, social cards). */
export function siteUrl(): URL {
  return new URL(loadEnv().NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`);
}
