import Link from "next/link";
import type { ReactNode } from "react";
import type { QuestionType } from "@/lib/domain/questions/content.ts";
import { filtersQuery, isFiltered, type ReviewFilterState } from "@/lib/domain/review/review-filters.ts";
import { cn } from "@/components/ui/cn.ts";
import { TYPE_LABEL } from "./format.ts";

export type FilterCounts = {
  all: number;
  wrong: number;
  right: number;
  flagged: number;
  areas: { key: string; name: string; count: number }[];
  types: { type: QuestionType; count: number }[];
};

/** Filters as links: each one is a URL, so the back button, bookmarks and the breakdown's links just work. */
export function ReviewFilterBar({ basePath, filters, counts }: { basePath: string; filters: ReviewFilterState; counts: FilterCounts }) {
  const href = (change: Partial<ReviewFilterState>) => `${basePath}${filtersQuery({ ...filters, ...change })}`;
  return (
    <nav aria-label="Filter questions" className="space-y-3">
      <Group label="Result">
        <Chip href={href({ result: "all" })} active={filters.result === "all"}>
          All <Count n={counts.all} />
        </Chip>
        <Chip href={href({ result: "wrong" })} active={filters.result === "wrong"}>
          Wrong <Count n={counts.wrong} />
        </Chip>
        <Chip href={href({ result: "right" })} active={filters.result === "right"}>
          Right <Count n={counts.right} />
        </Chip>
        <Chip href={href({ flagged: !filters.flagged })} active={filters.flagged} disabled={counts.flagged === 0 && !filters.flagged}>
          Flagged <Count n={counts.flagged} />
        </Chip>
      </Group>
      {counts.types.length > 1 && (
        <Group label="Type">
          <Chip href={href({ type: undefined })} active={filters.type === undefined}>
            Any type
          </Chip>
          {counts.types.map((t) => (
            <Chip key={t.type} href={href({ type: t.type })} active={filters.type === t.type}>
              {TYPE_LABEL[t.type]} <Count n={t.count} />
            </Chip>
          ))}
        </Group>
      )}
      {counts.areas.length > 1 && (
        <Group label="Skill area">
          <Chip href={href({ area: undefined })} active={filters.area === undefined}>
            Every area
          </Chip>
          {counts.areas.map((a) => (
            <Chip key={a.key} href={href({ area: a.key })} active={filters.area === a.key}>
              {a.name} <Count n={a.count} />
            </Chip>
          ))}
        </Group>
      )}
      {isFiltered(filters) && (
        <p>
          <Link href={basePath} className="text-sm font-medium text-brand-700 underline underline-offset-2 hover:no-underline dark:text-brand-300">
            Clear filters
          </Link>
        </p>
      )}
    </nav>
  );
}

function Group({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1.5 sm:flex-row sm:items-start sm:gap-3">
      <span className="w-20 shrink-0 pt-1.5 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{label}</span>
      <div className="flex flex-wrap gap-1.5">{children}</div>
    </div>
  );
}

function Chip({ href, active, disabled = false, children }: { href: string; active: boolean; disabled?: boolean; children: ReactNode }) {
  const className = cn(
    "inline-flex items-center gap-1.5 rounded-full border px-3 py-1 text-sm font-medium transition-colors",
    active
      ? "border-brand-600 bg-brand-600 text-white dark:border-brand-400 dark:bg-brand-400 dark:text-slate-950"
      : "border-slate-300 bg-white text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200 dark:hover:bg-slate-800",
    disabled && "pointer-events-none opacity-50",
  );
  if (disabled) return <span className={className}>{children}</span>;
  return (
    <Link href={href} aria-current={active ? "true" : undefined} className={className} scroll={false}>
      {children}
    </Link>
  );
}

function Count({ n }: { n: number }) {
  return <span className="tabular-nums opacity-75">{n}</span>;
}
