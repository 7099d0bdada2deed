import type { Metadata } from "next";
import Link from "next/link";
import { AuthorNav } from "@/components/authoring/author-nav.tsx";
import { ItemStatisticsTable } from "@/components/readiness/item-statistics-table.tsx";
import { DEFAULT_DIRECTION, sortStatistics } from "@/components/readiness/sort-item-statistics.ts";
import { cn } from "@/components/ui/cn.ts";
import { describeAge } from "@/lib/domain/readiness/computed-age.ts";
import { listAuthoringExams } from "@/lib/server/authoring/list-authoring-exams.ts";
import { requireAuthorForPage } from "@/lib/server/authoring/require-author-page.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { getItemStatistics, ITEM_STATISTICS_TTL_MS } from "@/lib/server/readiness/get-item-statistics.ts";
import { itemStatisticsQuerySchema, type ItemStatisticsQuery, type ItemStatisticsSort } from "@/lib/validation/readiness.ts";

export const metadata: Metadata = { title: "Item statistics · Authoring" };

function hrefOf(query: { exam: string; sort: ItemStatisticsSort; dir: "asc" | "desc"; flagged: boolean }): string {
  const params = new URLSearchParams({ exam: query.exam, sort: query.sort, dir: query.dir });
  if (query.flagged) params.set("flagged", "1");
  return `/author/statistics?${params}`;
}

export default async function ItemStatisticsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireAuthorForPage("/author/statistics");
  const query: ItemStatisticsQuery = itemStatisticsQuerySchema.parse(await searchParams);
  const prisma = await getPrisma();
  const exams = await listAuthoringExams(prisma, user);
  const exam = exams.find((e) => e.code === query.exam) ?? exams[0];
  if (!exam) return <p>No exams yet.</p>;
  const dir = query.dir ?? DEFAULT_DIRECTION[query.sort];
  const { items: all, computedAt } = await getItemStatistics(prisma, user.id, exam.code);
  const flaggedCount = all.filter((s) => s.flags.length > 0).length;
  const answered = all.filter((s) => s.learners > 0).length;
  const shown = sortStatistics(query.flagged ? all.filter((s) => s.flags.length > 0) : all, query.sort, dir);
  const current = { exam: exam.code, sort: query.sort, dir, flagged: query.flagged };

  return (
    <div className="space-y-6">
      <AuthorNav current="/author/statistics" />
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Item statistics</h1>
        <p className="mt-1 max-w-3xl text-slate-600 dark:text-slate-300">
          How each question performs with learners: a negative point-biserial, or a distractor that strong learners pick more often than weak ones, is the usual sign of a wrong key or an ambiguous stem.
          Figures count each learner&apos;s first answer; flags need at least 20 learners.
        </p>
      </header>

      <nav aria-label="Exam" className="flex flex-wrap gap-2">
        {exams.map((e) => (
          <Link
            key={e.code}
            href={hrefOf({ ...current, exam: e.code })}
            aria-current={e.code === exam.code ? "page" : undefined}
            className={cn(
              "rounded-lg border px-3 py-1.5 text-sm font-semibold",
              e.code === exam.code
                ? "border-brand-500 bg-brand-50 text-brand-900 dark:border-brand-400 dark:bg-brand-950 dark:text-brand-100"
                : "border-slate-300 text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800",
            )}
          >
            {e.code}
          </Link>
        ))}
      </nav>

      <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
        <p className="text-slate-600 dark:text-slate-300">
          {all.length} questions · {answered} answered · <strong className={cn(flaggedCount > 0 && "text-red-700 dark:text-red-300")}>{flaggedCount} flagged</strong> · computed{" "}
          <time dateTime={computedAt} title={`Recomputed in the background every ${ITEM_STATISTICS_TTL_MS / 60_000} minutes`}>
            {describeAge(Date.parse(computedAt), new Date().getTime())}
          </time>
        </p>
        <Link href={hrefOf({ ...current, flagged: !query.flagged })} className="font-semibold text-brand-700 hover:underline dark:text-brand-300">
          {query.flagged ? "Show all questions" : "Show flagged only"}
        </Link>
      </div>

      {shown.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-slate-300 p-6 text-center text-slate-600 dark:border-slate-700 dark:text-slate-300">
          {query.flagged ? "No question is flagged for this exam." : "This exam has no questions yet."}
        </p>
      ) : (
        <ItemStatisticsTable stats={shown} sort={query.sort} dir={dir} hrefFor={(sort, nextDir) => hrefOf({ ...current, sort, dir: nextDir })} />
      )}
    </div>
  );
}
