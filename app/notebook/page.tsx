import type { Metadata } from "next";
import Link from "next/link";
import { NotebookEntry } from "@/components/notebook/notebook-entry.tsx";
import { NotebookFilters } from "@/components/notebook/notebook-filters.tsx";
import { Pager } from "@/components/notebook/pager.tsx";
import { plural } from "@/components/review/format.ts";
import { PostButton } from "@/components/review/post-button.tsx";
import { TimeZoneSync } from "@/components/review/time-zone-sync.tsx";
import { Card } from "@/components/ui/card.tsx";
import { requireUserForPage } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { getNotebook } from "@/lib/server/notebook/get-notebook.ts";
import { NOTEBOOK_RETRY_MAX } from "@/lib/server/notebook/start-notebook-retry.ts";
import { catchUpReviews } from "@/lib/server/review/record-graded-answers.ts";
import { learnerTimeZone } from "@/lib/server/review/request-clock.ts";
import { notebookQuerySchema, type NotebookQuery } from "@/lib/validation/review.ts";

export const metadata: Metadata = { title: "Notebook" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NotebookPage({ searchParams }: Props) {
  const user = await requireUserForPage("/notebook");
  const query = notebookQuerySchema.parse(await searchParams);
  const prisma = await getPrisma();
  await catchUpReviews(prisma, user.id);
  const [notebook, timeZone] = await Promise.all([getNotebook(prisma, user.id, query), learnerTimeZone()]);
  const filtered = Boolean(query.q || query.exam || query.area);
  const hrefFor = (page: number) => `/notebook${toQuery({ ...query, page })}`;
  const retryExams = query.exam ? notebook.facets.filter((f) => f.code === query.exam) : notebook.facets;

  return (
    <div className="space-y-6">
      <TimeZoneSync serverTimeZone={timeZone} />
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Notebook</h1>
        <p className="mt-2 max-w-3xl text-slate-600 dark:text-slate-300">
          Every question you have answered wrongly, across all your attempts: how often and when, your latest answer, and your own notes.
        </p>
      </header>

      {notebook.facets.length === 0 ? (
        <Card>
          <p className="font-medium">Your notebook is empty.</p>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
            Questions you miss in practice quizzes and exam simulations collect here.{" "}
            <Link href="/exams" className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300">
              Pick an exam to practise
            </Link>
            .
          </p>
        </Card>
      ) : (
        <>
          <Card className="space-y-4">
            <NotebookFilters query={query} facets={notebook.facets} />
            <div className="flex flex-col gap-3 border-t border-slate-200 pt-4 sm:flex-row sm:items-center sm:justify-between dark:border-slate-800">
              <p className="text-sm text-slate-600 dark:text-slate-300" aria-live="polite">
                {notebook.total === 0 ? "No missed question matches." : `${plural(notebook.total, "missed question")}${filtered ? " match" : ""}.`}
              </p>
              {notebook.total > 0 && (
                <div className="flex flex-wrap gap-2">
                  {retryExams.map((exam) => {
                    const count = Math.min(query.exam ? notebook.total : exam.count, NOTEBOOK_RETRY_MAX);
                    return (
                      <PostButton
                        key={exam.code}
                        url="/api/notebook/retry"
                        body={{ examCode: exam.code, ...(query.exam && query.area ? { skillArea: query.area } : {}), ...(query.exam && query.q ? { q: query.q } : {}) }}
                        goTo="/attempts/{id}"
                        variant={retryExams.length > 1 ? "secondary" : "primary"}
                      >
                        Retry {retryExams.length > 1 || !query.exam ? `${exam.code} ` : ""}({count})
                      </PostButton>
                    );
                  })}
                </div>
              )}
            </div>
          </Card>

          <div className="space-y-4">
            {notebook.entries.map((entry) => (
              <NotebookEntry key={entry.questionId} entry={entry} timeZone={timeZone} />
            ))}
          </div>
          <Pager page={notebook.page} pageCount={notebook.pageCount} hrefFor={hrefFor} />
        </>
      )}
    </div>
  );
}

function toQuery(query: NotebookQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.exam) params.set("exam", query.exam);
  if (query.exam && query.area) params.set("area", query.area);
  if (query.page > 1) params.set("page", String(query.page));
  const text = params.toString();
  return text ? `?${text}` : "";
}
