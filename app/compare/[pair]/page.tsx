import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CompareTable } from "@/components/tools/compare-table.tsx";
import { ExamPicker } from "@/components/tools/exam-picker.tsx";
import { socialMetadata } from "@/components/tools/social-metadata.ts";
import { Card } from "@/components/ui/card.tsx";
import { describeRelation } from "@/lib/domain/planning/compare-exams.ts";
import { isoDayOf } from "@/lib/domain/planning/dates.ts";
import { listExams, type ExamDto } from "@/lib/server/catalog/get-exams.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { parseComparePair } from "@/lib/validation/planning.ts";
import { Breadcrumb } from "@/components/ui/breadcrumb.tsx";

type Props = { params: Promise<{ pair: string }> };

async function loadPair(pair: string): Promise<{ a: ExamDto; b: ExamDto; exams: ExamDto[] } | null> {
  const slugs = parseComparePair(pair);
  if (!slugs || slugs.a === slugs.b) return null;
  const exams = await listExams(await getPrisma());
  const a = exams.find((exam) => exam.slug === slugs.a);
  const b = exams.find((exam) => exam.slug === slugs.b);
  return a && b ? { a, b, exams } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { pair } = await params;
  const found = await loadPair(pair);
  if (!found) return { title: "Comparison not found" };
  const { a, b } = found;
  return socialMetadata({
    title: `${a.code} vs ${b.code}: ${a.role} or ${b.role}?`,
    description: `${a.code} (${a.title}) and ${b.code} (${b.title}) side by side: prerequisites, difficulty, skills outline with weights, length and lifecycle.`,
    path: `/compare/${a.slug}-vs-${b.slug}`,
    image: { url: `/compare/${a.slug}-vs-${b.slug}/opengraph-image`, alt: `${a.code} vs ${b.code} on PassPath` },
  });
}

export default async function ComparePairPage({ params }: Props) {
  const found = await loadPair((await params).pair);
  if (!found) notFound();
  const { a, b, exams } = found;
  const today = isoDayOf(new Date());

  return (
    <div className="space-y-8">
      <Breadcrumb trail={[{ href: "/compare", label: "Compare exams" }]} current={`${a.code} vs ${b.code}`} />
      <header>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">
          {a.code} vs {b.code}
        </h1>
        <p className="mt-2 max-w-3xl text-lg text-slate-600 dark:text-slate-300">
          {a.title} or {b.title}: how they differ, and which comes first.
        </p>
      </header>

      <div className="grid items-start gap-6 lg:grid-cols-[1.4fr_1fr]">
        <Card aria-labelledby="glance-heading">
          <h2 id="glance-heading" className="text-lg font-semibold">
            At a glance
          </h2>
          <ul className="mt-3 space-y-2 text-sm text-slate-700 dark:text-slate-200">
            {describeRelation(a, b).map((sentence) => (
              <li key={sentence} className="flex gap-2">
                <span aria-hidden="true" className="mt-1.5 h-1.5 w-1.5 shrink-0 rounded-full bg-brand-500" />
                {sentence}
              </li>
            ))}
          </ul>
          <p className="mt-4 text-sm">
            <Link href="/advisor" className="font-semibold text-brand-700 hover:underline dark:text-brand-300">
              Not sure which to take first? Answer four questions →
            </Link>
          </p>
        </Card>
        <Card aria-labelledby="change-heading">
          <h2 id="change-heading" className="mb-4 text-lg font-semibold">
            Compare other exams
          </h2>
          <ExamPicker exams={exams} a={a.slug} b={b.slug} />
          <p className="mt-3 text-sm">
            <Link href={`/compare/${b.slug}-vs-${a.slug}`} className="font-medium text-brand-700 hover:underline dark:text-brand-300">
              Swap sides
            </Link>
          </p>
        </Card>
      </div>

      <CompareTable a={a} b={b} today={today} />
    </div>
  );
}
