import { cn } from "@/components/ui/cn.ts";

export type NavigatorFilter = "all" | "flagged" | "unanswered";

export type NavigatorItem = {
  position: number;
  answered: boolean;
  flagged: boolean;
  /** Immediate feedback: how a checked question went. */
  verdict: "correct" | "incorrect" | null;
  /** Items of one section (main questions, or one case study) share a group title. */
  group: string;
};

type Props = {
  items: NavigatorItem[];
  current: number;
  filter: NavigatorFilter;
  onFilter: (filter: NavigatorFilter) => void;
  onGo: (position: number) => void;
};

export function matchesFilter(item: Pick<NavigatorItem, "answered" | "flagged">, filter: NavigatorFilter): boolean {
  return filter === "all" || (filter === "flagged" ? item.flagged : !item.answered);
}

function describe(item: NavigatorItem): string {
  const parts = [`Question ${item.position + 1}`, item.answered ? "answered" : "unanswered"];
  if (item.verdict) parts.push(item.verdict);
  if (item.flagged) parts.push("flagged");
  return parts.join(", ");
}

/** Every question at a glance — answered, unanswered, flagged, current — with the review filters. */
export function Navigator({ items, current, filter, onFilter, onGo }: Props) {
  const flagged = items.filter((i) => i.flagged).length;
  const unanswered = items.filter((i) => !i.answered).length;
  const filters: [NavigatorFilter, string][] = [
    ["all", `All (${items.length})`],
    ["flagged", `Review flagged (${flagged})`],
    ["unanswered", `Review unanswered (${unanswered})`],
  ];
  const shown = items.filter((i) => matchesFilter(i, filter));
  const groups = [...new Set(shown.map((i) => i.group))];

  return (
    <nav aria-label="Question navigator" className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <h2 className="text-sm font-semibold">Questions</h2>
      <div role="group" aria-label="Show" className="mt-3 flex flex-wrap gap-1.5">
        {filters.map(([value, label]) => (
          <button
            key={value}
            type="button"
            aria-pressed={filter === value}
            onClick={() => onFilter(filter === value && value !== "all" ? "all" : value)}
            className={cn(
              "rounded-full border px-2.5 py-1 text-xs font-semibold",
              filter === value
                ? "border-brand-600 bg-brand-600 text-white dark:border-brand-400 dark:bg-brand-400 dark:text-slate-950"
                : "border-slate-300 text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800",
            )}
          >
            {label}
          </button>
        ))}
      </div>
      {filter !== "all" && (
        <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">Previous and Next now step through these questions only.</p>
      )}

      {shown.length === 0 ? (
        <p className="mt-4 text-sm text-slate-500 dark:text-slate-400">{filter === "flagged" ? "No flagged questions." : "Every question has an answer."}</p>
      ) : (
        groups.map((group) => (
          <div key={group} className="mt-4">
            {groups.length > 1 || group !== "" ? <h3 className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{group || "Questions"}</h3> : null}
            <ol className="grid grid-cols-[repeat(auto-fill,minmax(2.5rem,1fr))] gap-1.5">
              {shown
                .filter((i) => i.group === group)
                .map((item) => (
                  <li key={item.position}>
                    <button
                      type="button"
                      onClick={() => onGo(item.position)}
                      aria-label={describe(item)}
                      aria-current={item.position === current ? "step" : undefined}
                      className={cn(
                        "relative grid h-10 w-full place-items-center rounded-lg border text-sm font-semibold tabular-nums",
                        item.verdict === "correct"
                          ? "border-emerald-600 bg-emerald-600 text-white dark:border-emerald-500 dark:bg-emerald-600"
                          : item.verdict === "incorrect"
                            ? "border-red-600 bg-red-600 text-white dark:border-red-500 dark:bg-red-600"
                            : item.answered
                              ? "border-brand-600 bg-brand-600 text-white dark:border-brand-500 dark:bg-brand-600"
                              : "border-slate-300 bg-white text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-200 dark:hover:bg-slate-800",
                        item.position === current && "ring-2 ring-amber-400 ring-offset-2 ring-offset-white dark:ring-offset-slate-900",
                      )}
                    >
                      {item.position + 1}
                      {item.flagged && (
                        <svg aria-hidden="true" viewBox="0 0 12 12" className="absolute -top-1.5 -right-1.5 h-4 w-4 drop-shadow">
                          <circle cx="6" cy="6" r="6" className="fill-amber-400" />
                          <path d="M4 9V3h4l-1 1.5L8 6H4" className="fill-amber-950 stroke-amber-950" strokeWidth="0.6" />
                        </svg>
                      )}
                    </button>
                  </li>
                ))}
            </ol>
          </div>
        ))
      )}

      <ul aria-label="Legend" className="mt-4 flex flex-wrap gap-x-3 gap-y-1 border-t border-slate-100 pt-3 text-xs text-slate-500 dark:border-slate-800 dark:text-slate-400">
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true" className="h-3 w-3 rounded bg-brand-600" /> Answered
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true" className="h-3 w-3 rounded border border-slate-300 dark:border-slate-600" /> Unanswered
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true" className="h-3 w-3 rounded-full bg-amber-400" /> Flagged
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true" className="h-3 w-3 rounded ring-2 ring-amber-400" /> Current
        </li>
      </ul>
    </nav>
  );
}
