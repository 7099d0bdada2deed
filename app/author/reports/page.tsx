import type { Metadata } from "next";
import Link from "next/link";
import { AuthorNav } from "@/components/authoring/author-nav.tsx";
import { Pager } from "@/components/authoring/pager.tsx";
import { KIND_LABEL, STATUS_LABEL, STATUS_TONE } from "@/components/reports/report-labels.ts";
import { ResolveReportForm } from "@/components/reports/resolve-report-form.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { cn } from "@/components/ui/cn.ts";
import { requireAuthorForPage } from "@/lib/server/authoring/require-author-page.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { listReportQueue } from "@/lib/server/reports/list-report-queue.ts";
import { REPORT_STATUSES, reportQueueQuerySchema } from "@/lib/validation/reports.ts";

export const metadata: Metadata = { title: "Question reports · Authoring" };

export default async function ReportQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireAuthorForPage("/author/reports");
  const query = reportQueueQuerySchema.parse(await searchParams);
  const queue = await listReportQueue(await getPrisma(), user, query);
  const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });
  const tabs = [{ value: undefined, label: "All" }, ...REPORT_STATUSES.map((s) => ({ value: s, label: STATUS_LABEL[s] }))];

  return (
    <div className="space-y-6">
      <AuthorNav current="/author/reports" />
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Question reports</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-300">{queue.openCount === 0 ? "No open reports." : `${queue.openCount} open — the longest-waiting first.`}</p>
      </header>
      <nav aria-label="Report status" className="flex flex-wrap gap-1 text-sm">
        {tabs.map((tab) => (
          <Link
            key={tab.label}
            href={tab.value ? `/author/reports?status=${tab.value}` : "/author/reports"}
            aria-current={query.status === tab.value ? "page" : undefined}
            className={cn("rounded-full border px-3 py-1", query.status === tab.value ? "border-brand-500 bg-brand-50 font-semibold dark:bg-brand-950" : "border-slate-300 dark:border-slate-700")}
          >
            {tab.label}
          </Link>
        ))}
      </nav>
      {queue.items.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">Nothing here.</p>
      ) : (
        <ul className="space-y-4">
          {queue.items.map((report) => (
            <li key={report.id} className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900 sm:p-5" aria-label={`Report on ${report.question.id}`}>
              <div className="flex flex-wrap items-center gap-2 text-xs">
                <Badge tone={STATUS_TONE[report.status]}>{STATUS_LABEL[report.status]}</Badge>
                <Badge tone="brand">{KIND_LABEL[report.kind]}</Badge>
                <span className="text-slate-500 dark:text-slate-400">
                  by {report.reporterName} on {day.format(new Date(report.createdAt))}
                </span>
              </div>
              <p className="mt-2 text-sm">
                <Link href={`/author/questions/${report.question.id}`} className="font-mono font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300">
                  {report.question.id}
                </Link>{" "}
                <span className="text-slate-500 dark:text-slate-400">
                  · {report.question.examCode} · reported on v{report.question.version ?? "?"}
                  {report.question.version !== null && report.question.version !== report.question.currentVersion ? ` (now v${report.question.currentVersion})` : ""}
                  {report.questionStatus === "RETIRED" ? " · retired" : ""}
                </span>
              </p>
              <p className="mt-1 text-sm text-slate-600 [overflow-wrap:anywhere] dark:text-slate-300">{report.question.stemExcerpt}</p>
              <blockquote className="mt-3 whitespace-pre-wrap border-l-4 border-amber-300 pl-3 text-sm [overflow-wrap:anywhere] dark:border-amber-700">{report.text}</blockquote>
              {report.status === "OPEN" ? (
                <div className="mt-4 border-t border-slate-200 pt-4 dark:border-slate-800">
                  <ResolveReportForm reportId={report.id} />
                </div>
              ) : (
                <p className="mt-3 text-sm text-slate-600 dark:text-slate-300">
                  <span className="font-semibold">{STATUS_LABEL[report.status]}</span>
                  {report.resolvedByName ? ` by ${report.resolvedByName}` : ""}
                  {report.resolvedAt ? ` on ${day.format(new Date(report.resolvedAt))}` : ""}: {report.resolutionNote}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <Pager path="/author/reports" params={{ status: query.status }} page={queue.page} pageCount={queue.pageCount} />
    </div>
  );
}
