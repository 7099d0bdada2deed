import type { AreaPlan } from "@/lib/domain/planning/build-study-plan.ts";
import { hoursLabel } from "./format-day.ts";

/** Where the study time goes: each skill area's weight, the learner's accuracy, and its hours. */
export function PlanAreas({ areas }: { areas: AreaPlan[] }) {
  const most = Math.max(...areas.map((a) => a.hours), 0.5);
  return (
    <ul className="space-y-4">
      {areas.map((area) => (
        <li key={area.key}>
          <div className="flex items-baseline justify-between gap-4 text-sm">
            <span className="font-medium text-slate-800 dark:text-slate-100">{area.name}</span>
            <span className="shrink-0 font-semibold tabular-nums">{hoursLabel(area.hours)}</span>
          </div>
          <div className="mt-1.5 h-2.5 w-full overflow-hidden rounded-full bg-slate-100 dark:bg-slate-800" aria-hidden="true">
            <div className="h-full rounded-full bg-brand-600 dark:bg-brand-400" style={{ width: `${(area.hours / most) * 100}%` }} />
          </div>
          <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
            {area.weightMin}–{area.weightMax} % of the exam ·{" "}
            {area.accuracy === null
              ? area.answered > 0
                ? `${area.answered} answered — too few to judge yet`
                : "no answers yet"
              : `you answer ${Math.round(area.accuracy * 100)} % right (${area.answered} answered)`}
          </p>
        </li>
      ))}
    </ul>
  );
}
