import type { MetadataRoute } from "next";
import { examPairs } from "@/lib/domain/planning/compare-exams.ts";
import { listExams } from "@/lib/server/catalog/get-exams.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { siteUrl } from "@/lib/server/planning/site-url.ts";

// Read from the catalog at request time, so a new or retired exam shows without a rebuild.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const exams = await listExams(await getPrisma());
  const base = siteUrl();
  const at = (path: string, priority: number, lastModified?: string): MetadataRoute.Sitemap[number] => ({
    url: new URL(path, base).toString(),
    priority,
    changeFrequency: "weekly",
    ...(lastModified ? { lastModified } : {}),
  });
  return [
    at("/", 1),
    at("/exams", 0.9),
    ...exams.map((exam) => at(`/exams/${exam.slug}`, 0.8, exam.outlineDate)),
    at("/compare", 0.7),
    ...examPairs(exams).map(([a, b]) => at(`/compare/${a.slug}-vs-${b.slug}`, 0.6)),
    at("/advisor", 0.7),
    at("/planner", 0.7),
  ];
}
