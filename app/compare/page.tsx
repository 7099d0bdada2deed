import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ExamPicker } from "@/components/tools/exam-picker.tsx";
import { socialMetadata } from "@/components/tools/social-metadata.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { Card } from "@/components/ui/card.tsx";
import { examPairs } from "@/lib/domain/planning/compare-exams.ts";
import { listExams } from "@/lib/server/catalog/get-exams.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { comparePickSchema, firstValues } from "@/lib/validation/planning.ts";

export function generateMetadata(): Metadata {
  return socialMetadata({
    title: "Compare Azure exams side by side",
    description: "Put any two of AZ-900, AZ-104, AZ-204 and AZ-400 side by side: level, role, prerequisites, difficulty, skills outline with weights, length and lifecycle.",
    path: "/compare",
  });
}

/** "Anyone starting with cloud — business, sales…" → "Anyone starting with cloud" */
const shortRole = (role: string) => role.split(" — ")[0]!;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ComparePage({ searchParams }: Props) {
  const exams = await listExams(await getPrisma());
  const query = firstValues(await searchParams);
  const asked = query.a !== undefined || query.b !== undefined;
  const picked = comparePickSchema.safeParse(query);
  const known = (slug: string) => exams.some((exam) => exam.slug === slug);
  let problem: string | null = null;
  if (asked) {
    if (!picked.success || !known(picked.data.a) || !known(picked.data.b)) problem = "Choose two exams from the lists.";
    else if (picked.data.a === picked.data.b) problem = "That is the same exam twice — choose two different exams.";
    else redirect(`/compare/${picked.data.a}-vs-${picked.data.b}`);
  }

  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Compare exams</h1>
        <p className="mt-2 max-w-2xl text-slate-600 dark:text-slate-300">
          Any two exams side by side — who each is for, what it requires, how hard it is, where its points are, and whether it is being retired.
        </p>
      </header>
      <Card aria-labelledby="pick-heading">
        <h2 id="pick-heading" className="mb-4 text-lg font-semibold">
          Pick two exams
        </h2>
        {problem && (
          <Alert tone="error" className="mb-4">
            {problem}
          </Alert>
        )}
        <ExamPicker exams={exams} a={query.a ?? exams[2]?.slug} b={query.b ?? exams[3]?.slug} />
      </Card>
      <section aria-labelledby="pairs-heading">
        <h2 id="pairs-heading" className="text-lg font-semibold">
          Common comparisons
        </h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {examPairs(exams).map(([a, b]) => (
            <li key={`${a.slug}-${b.slug}`}>
              <Link
                href={`/compare/${a.slug}-vs-${b.slug}`}
                className="block rounded-xl bg-white px-4 py-3 ring-1 ring-slate-200 hover:ring-brand-300 dark:bg-slate-900 dark:ring-slate-800 dark:hover:ring-brand-700"
              >
                <span className="font-mono font-semibold text-brand-700 dark:text-brand-300">
                  {a.code} vs {b.code}
                </span>
                <span className="mt-0.5 block truncate text-sm text-slate-600 dark:text-slate-300">
                  {shortRole(a.role)} · {shortRole(b.role)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
