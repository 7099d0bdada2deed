import "server-only";
import type { Metadata } from "next";
import { siteUrl } from "@/lib/server/planning/site-url.ts";

// A page that sets its own Open Graph tags replaces the parent's, image included, so the card
// is always named here: the site-wide one from app/opengraph-image unless the page has its own.
const SITE_CARD = { url: "/opengraph-image", width: 1200, height: 630, alt: "PassPath — practice for Microsoft Azure certification exams" };

/** Title, description, canonical address and Open Graph / Twitter tags for one public page. */
export function socialMetadata({
  title,
  description,
  path,
  absoluteTitle = false,
  image,
}: {
  title: string;
  description: string;
  path: string;
  absoluteTitle?: boolean;
  image?: { url: string; alt: string };
}): Metadata {
  const card = image ? { ...SITE_CARD, ...image } : SITE_CARD;
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    metadataBase: siteUrl(),
    alternates: { canonical: path },
    openGraph: { title, description, url: path, siteName: "PassPath", type: "website", locale: "en_GB", images: [card] },
    twitter: { card: "summary_large_image", title, description, images: [card.url] },
  };
}
