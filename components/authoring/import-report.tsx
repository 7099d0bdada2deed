import { Badge } from "@/components/ui/badge.tsx";
import { formatProblem } from "@/lib/domain/bank/problem.ts";
import type { ImportReportDto } from "@/lib/server/authoring/import-upload.ts";

/** Counts, then every problem with its file and line; blocking ones first. */
export function ImportReport({ report }: { report: ImportReportDto }) {
  const blocking = report.problems.filter((p) => p.kind !== "incomplete");
  const notes = report.problems.filter((p) => p.kind === "incomplete");
  const counts = [
    ["Added", report.added],
    ["Updated", report.updated],
    ["Unchanged", report.unchanged],
    ["Rejected", report.rejected],
  ] as const;
  return (
    <section aria-labelledby="import-report" className="space-y-4">
      <h2 id="import-report" className="text-lg font-semibold">
        {report.committed ? "Imported" : report.ok ? "Dry run: nothing written yet" : "Nothing imported"}
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {counts.map(([label, value]) => (
          <div key={label} className="rounded-xl border border-slate-200 bg-white px-4 py-3 dark:border-slate-800 dark:bg-slate-900">
            <dt className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{label}</dt>
            <dd className="mt-1 text-2xl font-bold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      {report.skipped.length > 0 && (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          Skipped as unsupported: {report.skipped.map((s) => `${s.file}${s.line ? `:${s.line}` : ""} (${s.reason})`).join("; ")}
        </p>
      )}
      <ProblemList title={`Problems that block the import (${blocking.length})`} tone="danger" problems={blocking} />
      <ProblemList title={`To finish before publishing (${notes.length}) — imported as drafts`} tone="warning" problems={notes} />
    </section>
  );
}

function ProblemList({ title, tone, problems }: { title: string; tone: "danger" | "warning"; problems: ImportReportDto["problems"] }) {
  if (problems.length === 0) return null;
  return (
    <details open={tone === "danger"} className="rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <summary className="cursor-pointer px-4 py-3 text-sm font-semibold">
        <Badge tone={tone} className="mr-2">
          {tone === "danger" ? "error" : "to do"}
        </Badge>
        {title}
      </summary>
      <ul className="max-h-96 space-y-1 overflow-y-auto border-t border-slate-200 px-4 py-3 font-mono text-[12.5px] leading-relaxed dark:border-slate-800">
        {problems.map((problem, i) => (
          <li key={i} className="[overflow-wrap:anywhere]">
            {formatProblem(problem)}
          </li>
        ))}
      </ul>
    </details>
  );
}
