import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/server/planning/site-url.ts";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/account", "/attempts/", "/signin", "/signup", "/forgot-password", "/reset-password"] },
    sitemap: new URL("/sitemap.xml", siteUrl()).toString(),
  };
}
