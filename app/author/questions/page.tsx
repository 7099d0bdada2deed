import type { Metadata } from "next";
import Link from "next/link";
import { AuthorNav } from "@/components/authoring/author-nav.tsx";
import { STATUS_LABEL, STATUS_TONE, TYPE_LABEL } from "@/components/authoring/labels.ts";
import { Pager } from "@/components/authoring/pager.tsx";
import { QuestionFilters } from "@/components/authoring/question-filters.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { ButtonLink } from "@/components/ui/button.tsx";
import { listAuthoringExams } from "@/lib/server/authoring/list-authoring-exams.ts";
import { listQuestions } from "@/lib/server/authoring/list-questions.ts";
import { requireAuthorForPage } from "@/lib/server/authoring/require-author-page.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { questionListQuerySchema } from "@/lib/validation/authoring.ts";

export const metadata: Metadata = { title: "Questions · Authoring" };

export default async function AuthorQuestionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireAuthorForPage("/author/questions");
  const query = questionListQuerySchema.parse(await searchParams);
  const prisma = await getPrisma();
  const [exams, list] = await Promise.all([listAuthoringExams(prisma, user), listQuestions(prisma, user, query)]);
  const first = (list.page - 1) * list.pageSize + 1;

  return (
    <div className="space-y-6">
      <AuthorNav current="/author/questions" />
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">Questions</h1>
          <p className="mt-1 text-slate-600 dark:text-slate-300">
            {list.total === 0 ? "No question matches." : `${first}–${first + list.items.length - 1} of ${list.total}`}
          </p>
        </div>
        <ButtonLink href="/author/questions/new">New question</ButtonLink>
      </header>
      <QuestionFilters exams={exams} query={query} />
      {list.items.length > 0 && (
        <ul className="divide-y divide-slate-200 overflow-hidden rounded-2xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
          {list.items.map((item) => (
            <li key={item.id}>
              <Link href={`/author/questions/${item.id}`} className="block px-4 py-3 hover:bg-slate-50 dark:hover:bg-slate-800/60 sm:px-5">
                <div className="flex flex-wrap items-center gap-2 text-xs">
                  <Badge tone={STATUS_TONE[item.status]}>{STATUS_LABEL[item.status]}</Badge>
                  <span className="font-semibold text-slate-700 dark:text-slate-200">{item.examCode}</span>
                  <span className="text-slate-500 dark:text-slate-400">{item.skillArea.name}</span>
                  <span className="text-slate-500 dark:text-slate-400">· {TYPE_LABEL[item.type]}</span>
                  <span className="text-slate-500 dark:text-slate-400">· difficulty {item.difficulty}</span>
                  <span className="text-slate-500 dark:text-slate-400">· v{item.currentVersion}</span>
                  {item.openReports > 0 && <Badge tone="danger">{item.openReports} open {item.openReports === 1 ? "report" : "reports"}</Badge>}
                </div>
                <p className="mt-1.5 text-sm text-slate-900 [overflow-wrap:anywhere] dark:text-slate-100">{item.stemExcerpt}</p>
                <p className="mt-1 font-mono text-xs text-slate-500 dark:text-slate-400">{item.id}{item.topic ? ` · ${item.topic}` : ""}</p>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Pager path="/author/questions" params={{ exam: query.exam, area: query.area, type: query.type, status: query.status, q: query.q }} page={list.page} pageCount={list.pageCount} />
    </div>
  );
}
