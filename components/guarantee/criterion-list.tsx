import type { Criterion } from "@/lib/domain/guarantee/evaluate-eligibility.ts";
import { cn } from "@/components/ui/cn.ts";

function MetIcon({ met }: { met: boolean }) {
  return (
    <span
      aria-hidden
      className={cn(
        "mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-full text-sm font-bold",
        met ? "bg-emerald-100 text-emerald-700 dark:bg-emerald-950 dark:text-emerald-300" : "bg-slate-100 text-slate-500 dark:bg-slate-800 dark:text-slate-400",
      )}
    >
      {met ? "✓" : "○"}
    </span>
  );
}

/** Each criterion in plain words: met or not, a progress bar, what is left and why. */
export function CriterionList({ criteria, label }: { criteria: readonly Criterion[]; label: string }) {
  return (
    <ul aria-label={label} className="divide-y divide-slate-200 dark:divide-slate-800">
      {criteria.map((c) => (
        <li key={c.key} data-criterion={c.key} data-met={c.met} className="flex gap-3 py-4 first:pt-0 last:pb-0">
          <MetIcon met={c.met} />
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
              <p className="font-medium">
                {c.title}
                <span className="sr-only">{c.met ? " — met" : " — not met yet"}</span>
              </p>
              <p className="text-sm text-slate-600 dark:text-slate-300">{c.progress}</p>
            </div>
            <div
              role="progressbar"
              aria-label={c.title}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round(c.fraction * 100)}
              className="mt-2 h-2 overflow-hidden rounded-full bg-slate-100 dark:bg-slate-800"
            >
              <div className={cn("h-full rounded-full", c.met ? "bg-emerald-500" : "bg-brand-500")} style={{ width: `${Math.round(c.fraction * 100)}%` }} />
            </div>
            {c.remaining && <p className="mt-2 text-sm font-medium text-amber-800 dark:text-amber-300">Left: {c.remaining}</p>}
            <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">{c.detail}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
