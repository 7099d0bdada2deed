import Link from "next/link";
import type { SkillAreaScore } from "@/lib/domain/practice/score.ts";

/** Score per skill area; each area links to its questions in the review below. */
export function SkillBreakdown({ areas, hrefFor }: { areas: SkillAreaScore[]; hrefFor: (key: string) => string }) {
  return (
    <ul className="space-y-3">
      {areas.map((area) => {
        const percent = Math.round(area.percent);
        return (
          <li key={area.key}>
            <div className="flex items-baseline justify-between gap-4 text-sm">
              <Link href={hrefFor(area.key)} className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
                {area.name}
              </Link>
              <span className="shrink-0 tabular-nums text-slate-600 dark:text-slate-300">
                {formatPoints(area.earned)} / {formatPoints(area.possible)} · {`${percent}\u00a0%`}
              </span>
            </div>
            <div className="mt-1.5 h-2 w-full overflow-hidden rounded-full bg-slate-100 dark:bg-slate-800" aria-hidden="true">
              <div
                className={percent >= 70 ? "h-full rounded-full bg-emerald-500" : percent >= 50 ? "h-full rounded-full bg-amber-500" : "h-full rounded-full bg-red-500"}
                style={{ width: `${percent}%` }}
              />
            </div>
          </li>
        );
      })}
    </ul>
  );
}

function formatPoints(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
