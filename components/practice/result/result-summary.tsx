import type { AttemptResultDto } from "@/lib/server/attempts/dto.ts";
import { cn } from "@/components/ui/cn.ts";
import { formatDuration } from "../labels.ts";

/** The headline: pass or fail against the pass mark, the estimated scaled score, the raw percentage and the time used. */
export function ResultSummary({ result, questionCount }: { result: AttemptResultDto; questionCount: number }) {
  const raw = Math.round(result.rawPercent);
  const scalePosition = Math.min(100, Math.max(0, (result.scaledScore / 1000) * 100));
  const passPosition = (result.passMark / 1000) * 100;

  return (
    <section aria-labelledby="score-heading" className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="score-heading" className="text-lg font-semibold">
          Score
        </h2>
        <span
          className={cn(
            "rounded-full px-3 py-1 text-sm font-bold",
            result.passed ? "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200" : "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200",
          )}
        >
          {result.passed ? "Pass" : "Fail"}
        </span>
      </div>

      <dl className="mt-4 grid gap-5 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-slate-500 dark:text-slate-400">Estimated scaled score</dt>
          <dd>
            <span className="text-4xl font-bold tabular-nums">{result.scaledScore}</span>
            <span className="text-slate-500 dark:text-slate-400"> / 1000</span>
            <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">An estimate — Microsoft does not publish its scaling. Pass mark {result.passMark}.</p>
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-500 dark:text-slate-400">Raw score</dt>
          <dd>
            <span className="text-4xl font-bold tabular-nums">{raw} %</span>
            <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
              {result.pointsEarned} of {result.pointsPossible} points over {questionCount} questions
            </p>
          </dd>
        </div>
      </dl>

      <div className="mt-5" aria-hidden="true">
        <div className="relative h-3 rounded-full bg-slate-100 dark:bg-slate-800">
          <div className={cn("h-full rounded-full", result.passed ? "bg-emerald-500" : "bg-red-500")} style={{ width: `${scalePosition}%` }} />
          <div className="absolute -top-1 h-5 w-0.5 bg-slate-900 dark:bg-slate-100" style={{ left: `${passPosition}%` }} />
        </div>
        <div className="relative mt-1 h-4 text-xs text-slate-500 dark:text-slate-400">
          <span className="absolute -translate-x-1/2" style={{ left: `${passPosition}%` }}>
            {result.passMark}
          </span>
        </div>
      </div>

      <dl className="mt-4 flex flex-wrap gap-x-8 gap-y-2 border-t border-slate-100 pt-4 text-sm dark:border-slate-800">
        <div className="flex gap-2">
          <dt className="text-slate-500 dark:text-slate-400">Time used</dt>
          <dd className="font-semibold">{formatDuration(result.timeUsedSeconds)}</dd>
        </div>
        <div className="flex gap-2">
          <dt className="text-slate-500 dark:text-slate-400">Submitted</dt>
          <dd className="font-semibold">{result.autoSubmitted ? "Automatically, when the time ran out" : "By you"}</dd>
        </div>
      </dl>
    </section>
  );
}
