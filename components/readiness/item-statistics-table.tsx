import Link from "next/link";
import { Badge } from "@/components/ui/badge.tsx";
import { cn } from "@/components/ui/cn.ts";
import type { ItemStatisticsDto } from "@/lib/server/readiness/dto.ts";
import type { ItemStatisticsSort } from "@/lib/validation/readiness.ts";
import { DEFAULT_DIRECTION } from "./sort-item-statistics.ts";

const FLAG_LABEL: Record<ItemStatisticsDto["flags"][number], string> = {
  "negative-discrimination": "Negative discrimination",
  "distractor-favoured-by-strong": "Strong learners pick a distractor",
};

const COLUMNS: { sort: ItemStatisticsSort; label: string; numeric: boolean }[] = [
  { sort: "question", label: "Question", numeric: false },
  { sort: "answered", label: "Answered", numeric: true },
  { sort: "correct", label: "% correct", numeric: true },
  { sort: "discrimination", label: "Point-biserial", numeric: true },
  { sort: "irt-b", label: "IRT b", numeric: true },
  { sort: "irt-a", label: "IRT a", numeric: true },
  { sort: "flags", label: "Flags", numeric: false },
];

const pct = (x: number | null) => (x === null ? "–" : `${Math.round(x * 100)} %`);
const num = (x: number | null) => (x === null ? "–" : x.toFixed(2));

type Props = {
  stats: ItemStatisticsDto[];
  sort: ItemStatisticsSort;
  dir: "asc" | "desc";
  /** The page's URL for a sort, keeping the other filters. */
  hrefFor: (sort: ItemStatisticsSort, dir: "asc" | "desc") => string;
};

/** One row per question; the column headers sort (by link, so it works without JavaScript). */
export function ItemStatisticsTable({ stats, sort, dir, hrefFor }: Props) {
  return (
    <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table className="w-full min-w-[56rem] text-left text-sm">
        <caption className="sr-only">Item statistics, sorted by {COLUMNS.find((c) => c.sort === sort)!.label} {dir === "asc" ? "ascending" : "descending"}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500 dark:border-slate-800 dark:bg-slate-950 dark:text-slate-400">
          <tr>
            {COLUMNS.map((column) => {
              const active = column.sort === sort;
              const next = active ? (dir === "asc" ? "desc" : "asc") : DEFAULT_DIRECTION[column.sort];
              return (
                <th key={column.sort} scope="col" aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined} className={cn("px-3 py-2.5 font-semibold", column.numeric && "text-right")}>
                  <Link href={hrefFor(column.sort, next)} className={cn("inline-flex items-center gap-1 hover:text-slate-900 dark:hover:text-white", active && "text-slate-900 dark:text-white")}>
                    {column.label}
                    <span aria-hidden="true">{active ? (dir === "asc" ? "▲" : "▼") : ""}</span>
                  </Link>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {stats.map((s) => (
            <tr key={s.questionId} className={cn("align-top", s.flags.length > 0 && "bg-red-50/60 dark:bg-red-950/20")}>
              <td className="max-w-md px-3 py-2.5">
                <Link href={`/author/questions/${s.questionId}`} className="font-mono text-xs font-semibold text-brand-700 hover:underline dark:text-brand-300">
                  {s.questionId}
                </Link>
                <p className="mt-0.5 text-slate-800 [overflow-wrap:anywhere] dark:text-slate-200">{s.stemPreview}</p>
                <p className="mt-0.5 text-xs text-slate-500 dark:text-slate-400">
                  {s.skillAreaName} · author difficulty {s.authorDifficulty}
                  {s.status !== "PUBLISHED" ? ` · ${s.status.toLowerCase()}` : ""}
                </p>
                <ChoiceRates stats={s} />
              </td>
              <td className="px-3 py-2.5 text-right tabular-nums">
                {s.timesAnswered}
                <span className="block text-xs text-slate-500 dark:text-slate-400">{s.learners === 1 ? "1 learner" : `${s.learners} learners`}</span>
              </td>
              <td className="px-3 py-2.5 text-right tabular-nums">{pct(s.percentCorrect)}</td>
              <td className={cn("px-3 py-2.5 text-right tabular-nums", s.pointBiserial !== null && s.pointBiserial < 0 && "font-semibold text-red-700 dark:text-red-300")}>{num(s.pointBiserial)}</td>
              <td className="px-3 py-2.5 text-right tabular-nums">{num(s.irt.b)}</td>
              <td className="px-3 py-2.5 text-right tabular-nums">{num(s.irt.a)}</td>
              <td className="px-3 py-2.5">
                <div className="flex flex-col items-start gap-1">
                  {s.flags.map((flag) => (
                    <Badge key={flag} tone="danger">
                      {FLAG_LABEL[flag]}
                    </Badge>
                  ))}
                  {s.flags.length > 0 && <span className="text-xs text-slate-600 dark:text-slate-300">Check the key and the stem.</span>}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** How often each option was picked (first answers), and by the strongest and weakest 27 % of learners. */
function ChoiceRates({ stats }: { stats: ItemStatisticsDto }) {
  if (stats.learners === 0) return <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">Not answered yet: IRT figures are the author&apos;s difficulty.</p>;
  return (
    <details className="mt-1.5 text-xs">
      <summary className="cursor-pointer text-slate-600 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white">Choice rates</summary>
      <table className="mt-1.5 w-full">
        <thead className="text-slate-500 dark:text-slate-400">
          <tr>
            <th scope="col" className="py-1 pr-2 font-medium">Option</th>
            <th scope="col" className="py-1 pr-2 text-right font-medium">Chosen</th>
            <th scope="col" className="py-1 pr-2 text-right font-medium">Strong</th>
            <th scope="col" className="py-1 text-right font-medium">Weak</th>
          </tr>
        </thead>
        <tbody>
          {stats.choices.map((choice) => {
            const suspicious = !choice.isKey && choice.strongShare !== null && choice.weakShare !== null && choice.strongShare > choice.weakShare;
            return (
              <tr key={choice.id} className={cn(suspicious && stats.flags.includes("distractor-favoured-by-strong") && "font-semibold text-red-700 dark:text-red-300")}>
                <td className="py-0.5 pr-2 [overflow-wrap:anywhere]">
                  {choice.isKey ? <span className="font-semibold text-emerald-700 dark:text-emerald-300">✓ key </span> : null}
                  {choice.label}
                </td>
                <td className="py-0.5 pr-2 text-right tabular-nums">{pct(choice.chosenCount / stats.learners)}</td>
                <td className="py-0.5 pr-2 text-right tabular-nums">{pct(choice.strongShare)}</td>
                <td className="py-0.5 text-right tabular-nums">{pct(choice.weakShare)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
