import type { SkillAreaDto } from "@/lib/server/catalog/get-exams.ts";

/**
 * The official skills outline as weight bars: the solid part runs to the lower bound of the
 * range, the lighter part to the upper bound. All bars share one scale so areas compare at a glance.
 */
export function SkillOutline({ areas }: { areas: SkillAreaDto[] }) {
  const scale = Math.max(...areas.map((a) => a.weightMax), 1);
  return (
    <ul className="space-y-4">
      {areas.map((area) => (
        <li key={area.key}>
          <div className="flex items-baseline justify-between gap-4 text-sm">
            <span className="font-medium text-slate-800 dark:text-slate-100">{area.name}</span>
            <span className="shrink-0 tabular-nums text-slate-600 dark:text-slate-300">
              {area.weightMin}–{area.weightMax} %
            </span>
          </div>
          <div className="mt-1.5 h-2.5 w-full overflow-hidden rounded-full bg-slate-100 dark:bg-slate-800" aria-hidden="true">
            <div className="relative h-full" style={{ width: `${(area.weightMax / scale) * 100}%` }}>
              <div className="absolute inset-y-0 left-0 rounded-full bg-brand-200 dark:bg-brand-900" style={{ width: "100%" }} />
              <div className="absolute inset-y-0 left-0 rounded-full bg-brand-600 dark:bg-brand-400" style={{ width: `${(area.weightMin / area.weightMax) * 100}%` }} />
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
