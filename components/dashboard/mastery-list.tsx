import type { MasteryDto } from "@/lib/server/dashboard/get-dashboard.ts";
import { cn } from "@/components/ui/cn.ts";

function tone(accuracy: number | null): string {
  if (accuracy === null) return "bg-slate-300 dark:bg-slate-700";
  if (accuracy >= 0.75) return "bg-emerald-500";
  if (accuracy >= 0.6) return "bg-amber-500";
  return "bg-red-500";
}

/** Accuracy per skill area (share of graded answers right) and coverage (questions seen of the bank). */
export function MasteryList({ areas }: { areas: MasteryDto[] }) {
  return (
    <ul className="space-y-4">
      {areas.map((area) => {
        const percent = area.accuracy === null ? null : Math.round(area.accuracy * 100);
        return (
          <li key={area.key}>
            <div className="flex items-baseline justify-between gap-3 text-sm">
              <span className="font-medium">
                {area.name} <span className="font-normal text-slate-500 dark:text-slate-400">· {area.weightMin}–{area.weightMax} % of the exam</span>
              </span>
              <span className="shrink-0 tabular-nums font-semibold">{percent === null ? "not started" : `${percent} % right`}</span>
            </div>
            <div className="mt-1.5 h-2 w-full overflow-hidden rounded-full bg-slate-100 dark:bg-slate-800" aria-hidden="true">
              <div className={cn("h-full rounded-full", tone(area.accuracy))} style={{ width: `${percent ?? 0}%` }} />
            </div>
            <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
              {area.seen} of {area.published} questions seen · {area.graded} answers graded
            </p>
          </li>
        );
      })}
    </ul>
  );
}
