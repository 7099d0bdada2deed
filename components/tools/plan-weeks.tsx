import { Badge } from "@/components/ui/badge.tsx";
import { cn } from "@/components/ui/cn.ts";
import type { Milestone, MilestoneKind, PlanWeek } from "@/lib/domain/planning/build-study-plan.ts";
import { dayRange, hoursLabel, longDay, shortDay } from "./format-day.ts";

const MARK: Record<MilestoneKind, { symbol: string; className: string }> = {
  "baseline-simulation": { symbol: "◎", className: "bg-brand-100 text-brand-800 dark:bg-brand-950 dark:text-brand-200" },
  "checkpoint-simulation": { symbol: "◎", className: "bg-brand-100 text-brand-800 dark:bg-brand-950 dark:text-brand-200" },
  "final-simulation": { symbol: "★", className: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200" },
  "simulation-review": { symbol: "↺", className: "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200" },
  "weekly-review": { symbol: "↺", className: "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200" },
  rest: { symbol: "☾", className: "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200" },
  exam: { symbol: "⚑", className: "bg-brand-600 text-white dark:bg-brand-500 dark:text-slate-950" },
};

function MilestoneRow({ milestone }: { milestone: Milestone }) {
  const mark = MARK[milestone.kind];
  return (
    <li className="flex gap-3">
      <span aria-hidden="true" className={cn("grid h-7 w-7 shrink-0 place-items-center rounded-full text-sm", mark.className)}>
        {mark.symbol}
      </span>
      <div className="min-w-0">
        <p className="text-sm">
          <span className="font-semibold">{milestone.title}</span>{" "}
          <span className="text-slate-500 dark:text-slate-400">
            · {shortDay(milestone.date)}
            {milestone.hours > 0 && ` · ${hoursLabel(milestone.hours)}`}
          </span>
        </p>
        <p className="text-sm text-slate-600 dark:text-slate-300">{milestone.detail}</p>
      </div>
    </li>
  );
}

export function PlanWeeks({ weeks, exam }: { weeks: PlanWeek[]; exam: Milestone }) {
  return (
    <ol className="space-y-4" aria-label="Weeks">
      {weeks.map((week) => (
        <li key={week.number} aria-label={`Week ${week.number}`} className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h3 className="text-base font-semibold">
              Week {week.number} <span className="font-normal text-slate-500 dark:text-slate-400">· {dayRange(week.start, week.end)}</span>
            </h3>
            <div className="flex items-center gap-2">
              <Badge tone={week.phase === "final" ? "warning" : "brand"}>{week.phase === "final" ? "Exam practice" : "Learn and practise"}</Badge>
              <span className="text-sm font-semibold tabular-nums">{hoursLabel(week.hours)}</span>
            </div>
          </div>
          {week.focus.length > 0 && (
            <div className="mt-3">
              <p className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">{week.phase === "final" ? "Mixed review" : "Study"}</p>
              <ul className="mt-1.5 flex flex-wrap gap-2">
                {week.focus.map((slot) => (
                  <li key={slot.key} className="rounded-lg bg-slate-50 px-2.5 py-1 text-sm ring-1 ring-slate-200 dark:bg-slate-800/60 dark:ring-slate-700">
                    {slot.name} <span className="font-semibold tabular-nums">{hoursLabel(slot.hours)}</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {week.milestones.length > 0 && (
            <ul className="mt-4 space-y-3">
              {week.milestones.map((milestone) => (
                <MilestoneRow key={`${milestone.kind}-${milestone.date}`} milestone={milestone} />
              ))}
            </ul>
          )}
          {week.overBudget && <p className="mt-3 text-xs text-amber-700 dark:text-amber-300">This week&apos;s simulation and review need more than your weekly time.</p>}
        </li>
      ))}
      <li aria-label="Exam day" className="rounded-2xl border-2 border-brand-500 bg-brand-50 p-5 dark:border-brand-400 dark:bg-brand-950/50">
        <ul>
          <MilestoneRow milestone={exam} />
        </ul>
        <p className="mt-2 pl-10 text-sm font-medium">{longDay(exam.date)}</p>
      </li>
    </ol>
  );
}
