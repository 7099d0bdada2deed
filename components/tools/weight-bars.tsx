import type { SkillAreaDto } from "@/lib/server/catalog/get-exams.ts";

/**
 * A skills outline as weight bars on a scale given from outside, so that two exams shown side by
 * side share one scale: a 50–55 % area is twice as long as a 25–30 % one wherever it stands.
 */
export function WeightBars({ areas, scale }: { areas: SkillAreaDto[]; scale: number }) {
  return (
    <ul className="space-y-3">
      {areas.map((area) => (
        <li key={area.key}>
          <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
            <span className="text-slate-800 dark:text-slate-100">{area.name}</span>
            <span className="shrink-0 tabular-nums text-slate-600 dark:text-slate-300">
              {area.weightMin}–{area.weightMax} %
            </span>
          </div>
          <div className="mt-1 h-2 w-full overflow-hidden rounded-full bg-slate-100 dark:bg-slate-800" aria-hidden="true">
            <div className="relative h-full" style={{ width: `${(area.weightMax / scale) * 100}%` }}>
              <div className="absolute inset-0 rounded-full bg-brand-200 dark:bg-brand-900" />
              <div className="absolute inset-y-0 left-0 rounded-full bg-brand-600 dark:bg-brand-400" style={{ width: `${(area.weightMin / area.weightMax) * 100}%` }} />
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
