"use client";

import { useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";

type Props = {
  open: boolean;
  total: number;
  unanswered: number[];
  flagged: number[];
  incomplete: number[];
  submitting: boolean;
  error: string | null;
  onGo: (position: number) => void;
  onConfirm: () => void;
  onClose: () => void;
};

/** The last look before submitting: what is unanswered, flagged or half done, each one a jump back. */
export function SubmitSummary({ open, total, unanswered, flagged, incomplete, submitting, error, onGo, onConfirm, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);

  const answered = total - unanswered.length;
  return (
    <dialog
      ref={dialog}
      aria-labelledby="submit-summary-title"
      onClose={onClose}
      onCancel={(event) => {
        if (submitting) event.preventDefault();
      }}
      className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-2xl border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="space-y-5 p-5 sm:p-6">
        <div>
          <h2 id="submit-summary-title" className="text-xl font-semibold">
            Submit your answers?
          </h2>
          <p className="mt-1 text-slate-600 dark:text-slate-300">
            You have answered {answered} of {total} questions. After you submit, answers can no longer change.
          </p>
        </div>

        <PositionList title="Unanswered" empty="None — every question has an answer." positions={unanswered} onGo={onGo} tone="warning" />
        <PositionList title="Flagged for review" empty="None." positions={flagged} onGo={onGo} tone="flag" />
        {incomplete.length > 0 && (
          <PositionList title="Only partly answered" empty="" positions={incomplete} onGo={onGo} tone="warning" hint="A statement, a choice or a step is still missing." />
        )}

        {error && <Alert tone="error">{error}</Alert>}
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button type="button" variant="secondary" onClick={onClose} disabled={submitting} autoFocus>
            Keep working
          </Button>
          <Button type="button" onClick={onConfirm} disabled={submitting}>
            {submitting ? "Submitting…" : "Submit now"}
          </Button>
        </div>
      </div>
    </dialog>
  );
}

function PositionList({
  title,
  empty,
  positions,
  onGo,
  tone,
  hint,
}: {
  title: string;
  empty: string;
  positions: number[];
  onGo: (position: number) => void;
  tone: "warning" | "flag";
  hint?: string;
}) {
  return (
    <section aria-label={title}>
      <h3 className="text-sm font-semibold">
        {title} <span className="font-normal text-slate-500 dark:text-slate-400">({positions.length})</span>
      </h3>
      {hint && <p className="text-xs text-slate-500 dark:text-slate-400">{hint}</p>}
      {positions.length === 0 ? (
        <p className="mt-1 text-sm text-slate-500 dark:text-slate-400">{empty}</p>
      ) : (
        <ul className="mt-2 flex flex-wrap gap-1.5">
          {positions.map((position) => (
            <li key={position}>
              <button
                type="button"
                onClick={() => onGo(position)}
                aria-label={`Go to question ${position + 1}`}
                className={
                  tone === "flag"
                    ? "min-w-9 rounded-lg bg-amber-100 px-2 py-1 text-sm font-semibold text-amber-900 hover:bg-amber-200 dark:bg-amber-950 dark:text-amber-100 dark:hover:bg-amber-900"
                    : "min-w-9 rounded-lg border border-slate-300 px-2 py-1 text-sm font-semibold text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800"
                }
              >
                {position + 1}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
