import type { Metadata } from "next";
import { KIND_LABEL, STATUS_LABEL, STATUS_TONE } from "@/components/reports/report-labels.ts";
import { Badge } from "@/components/ui/badge.tsx";
import { Card } from "@/components/ui/card.tsx";
import { requireUserForPage } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { listMyReports } from "@/lib/server/reports/list-my-reports.ts";

export const metadata: Metadata = { title: "Your reports" };

export default async function MyReportsPage() {
  const user = await requireUserForPage("/reports");
  const reports = await listMyReports(await getPrisma(), user.id);
  const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Your reports</h1>
        <p className="mt-2 text-slate-600 dark:text-slate-300">Problems you reported with questions, and what the authors did about them.</p>
      </header>
      {reports.length === 0 ? (
        <Card>
          <p className="text-sm text-slate-600 dark:text-slate-300">You have not reported anything. When a question looks wrong, use “Report a problem” beside it in a quiz or a review.</p>
        </Card>
      ) : (
        <ul className="space-y-4">
          {reports.map((report) => (
            <li key={report.id}>
              <Card className="p-4 sm:p-5" aria-label={`Report of ${day.format(new Date(report.createdAt))}`}>
                <div className="flex flex-wrap items-center gap-2 text-xs">
                  <Badge tone={STATUS_TONE[report.status]}>{STATUS_LABEL[report.status]}</Badge>
                  <Badge tone="brand">{KIND_LABEL[report.kind]}</Badge>
                  <span className="text-slate-500 dark:text-slate-400">
                    {report.question.examCode} · sent {day.format(new Date(report.createdAt))}
                  </span>
                </div>
                <p className="mt-2 text-sm font-medium [overflow-wrap:anywhere]">{report.question.stemExcerpt}</p>
                <p className="mt-2 whitespace-pre-wrap text-sm text-slate-600 [overflow-wrap:anywhere] dark:text-slate-300">
                  <span className="font-semibold text-slate-700 dark:text-slate-200">You wrote: </span>
                  {report.text}
                </p>
                {report.status === "OPEN" ? (
                  <p className="mt-3 text-sm text-slate-500 dark:text-slate-400">Waiting for an author.</p>
                ) : (
                  <div className="mt-3 rounded-xl bg-slate-50 px-4 py-3 text-sm dark:bg-slate-800/60">
                    <p className="font-semibold">
                      {report.status === "RESOLVED" ? "Fixed" : "Reviewed, no change"}
                      {report.resolvedAt ? ` · ${day.format(new Date(report.resolvedAt))}` : ""}
                    </p>
                    <p className="mt-1 whitespace-pre-wrap [overflow-wrap:anywhere]">{report.resolutionNote}</p>
                  </div>
                )}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
