"use client";

import { useStartAttempt } from "@/components/practice/start/use-start-attempt.ts";
import { Button } from "@/components/ui/button.tsx";

export const DRILL_QUESTIONS = 10;

/** Starts a short drill of one skill area and opens it; the server's refusal is shown in place. */
export function StartDrillButton({ examCode, skillArea, label }: { examCode: string; skillArea: string; label: string }) {
  const { start, pending, error } = useStartAttempt();
  return (
    <div>
      <Button type="button" disabled={pending} onClick={() => void start({ mode: "DRILL", examCode, skillArea, count: DRILL_QUESTIONS })}>
        {pending ? "Starting…" : label}
      </Button>
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
