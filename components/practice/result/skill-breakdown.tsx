import type { AttemptResultDto } from "@/lib/server/attempts/dto.ts";
import { cn } from "@/components/ui/cn.ts";

/** Per skill area: a bar of the share of points earned, weakest areas easy to spot. */
export function SkillBreakdown({ areas }: { areas: AttemptResultDto["perSkillArea"] }) {
  return (
    <section aria-labelledby="breakdown-heading" className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <h2 id="breakdown-heading" className="text-lg font-semibold">
        By skill area
      </h2>
      <ul className="mt-4 space-y-4">
        {areas.map((area) => {
          const percent = Math.round(area.percent);
          return (
            <li key={area.key}>
              <div className="flex items-baseline justify-between gap-3 text-sm">
                <span className="font-medium">{area.name}</span>
                <span className="shrink-0 tabular-nums text-slate-600 dark:text-slate-300">
                  <span className="font-semibold text-slate-900 dark:text-slate-100">{percent} %</span> · {area.questionCount}{" "}
                  {area.questionCount === 1 ? "question" : "questions"}
                </span>
              </div>
              <div
                role="meter"
                aria-label={area.name}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={percent}
                aria-valuetext={`${percent} % (${area.earned} of ${area.possible} points)`}
                className="mt-1.5 h-2.5 rounded-full bg-slate-100 dark:bg-slate-800"
              >
                <div
                  className={cn("h-full rounded-full", percent >= 70 ? "bg-emerald-500" : percent >= 50 ? "bg-amber-500" : "bg-red-500")}
                  style={{ width: `${Math.max(percent, 1)}%` }}
                />
              </div>
            </li>
          );
        })}
      </ul>
      <p className="mt-4 text-xs text-slate-500 dark:text-slate-400">Green from 70 %, amber from 50 %. Areas with few questions swing a lot.</p>
    </section>
  );
}
