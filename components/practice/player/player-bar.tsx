import type { SyncStatus } from "@/lib/client/attempt-sync.ts";
import { Button } from "@/components/ui/button.tsx";
import { Countdown } from "./countdown.tsx";
import { SaveStatus } from "./save-status.tsx";

type Props = {
  title: string;
  answered: number;
  total: number;
  leftMs: number | null;
  status: SyncStatus;
  canSubmit: boolean;
  onSubmit: () => void;
};

/** Stays in view while the learner scrolls: which attempt, how far along, whether it is saved, the clock, Submit. */
export function PlayerBar({ title, answered, total, leftMs, status, canSubmit, onSubmit }: Props) {
  return (
    <div className="sticky top-0 z-20 -mx-4 border-b border-slate-200 bg-slate-50/95 px-4 py-2.5 backdrop-blur sm:-mx-6 sm:px-6 dark:border-slate-800 dark:bg-slate-950/95">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <div className="min-w-0 flex-1">
          <p className="truncate text-sm font-semibold">{title}</p>
          <div className="flex flex-wrap items-center gap-x-3 gap-y-0.5">
            <p className="text-xs text-slate-500 dark:text-slate-400">
              {answered} of {total} answered
            </p>
            <SaveStatus status={status} />
          </div>
        </div>
        <div className="flex items-center gap-2">
          {leftMs !== null && <Countdown leftMs={leftMs} />}
          <Button type="button" onClick={onSubmit} disabled={!canSubmit} className="py-1.5">
            Submit
          </Button>
        </div>
      </div>
      <div
        role="progressbar"
        aria-label="Questions answered"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={answered}
        className="absolute inset-x-0 bottom-0 h-0.5 bg-transparent"
      >
        <div className="h-full bg-brand-500 transition-[width]" style={{ width: `${total ? (answered / total) * 100 : 0}%` }} />
      </div>
    </div>
  );
}
