import { cn } from "@/components/ui/cn.ts";
import type { DiffLine } from "@/lib/domain/authoring/line-diff.ts";

const STYLE: Record<DiffLine["kind"], { row: string; mark: string; label: string }> = {
  same: { row: "text-slate-700 dark:text-slate-300", mark: " ", label: "" },
  added: { row: "bg-emerald-50 text-emerald-900 dark:bg-emerald-950/60 dark:text-emerald-100", mark: "+", label: "added: " },
  removed: { row: "bg-red-50 text-red-900 line-through decoration-red-400/60 dark:bg-red-950/60 dark:text-red-100", mark: "−", label: "removed: " },
};

/** A unified line diff; additions and removals are marked with a sign and for screen readers in words. */
export function VersionDiff({ lines }: { lines: DiffLine[] }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 dark:border-slate-800">
      <pre className="min-w-full py-2 font-mono text-[13px] leading-relaxed">
        {lines.map((line, i) => (
          <div key={i} className={cn("flex gap-3 px-3 whitespace-pre-wrap [overflow-wrap:anywhere]", STYLE[line.kind].row)}>
            <span aria-hidden="true" className="w-3 shrink-0 select-none text-slate-400">
              {STYLE[line.kind].mark}
            </span>
            <span>
              {STYLE[line.kind].label && <span className="sr-only">{STYLE[line.kind].label}</span>}
              {line.text || " "}
            </span>
          </div>
        ))}
      </pre>
    </div>
  );
}
