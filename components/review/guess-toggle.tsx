"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { sendJson } from "@/lib/client/send-json.ts";

/**
 * "I guessed" on a right answer: the answer then counts as shaky (FSRS Hard) and the question
 * comes back for review sooner. A checkbox, so its state is announced and toggled by keyboard.
 */
export function GuessToggle({ attemptId, position, guessed }: { attemptId: string; position: number; guessed: boolean }) {
  const router = useRouter();
  const [checked, setChecked] = useState(guessed);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function toggle(next: boolean) {
    setChecked(next);
    setPending(true);
    setError(null);
    const result = await sendJson("/api/review/guess", "PUT", { attemptId, position, guessed: next });
    setPending(false);
    if (!result.ok) {
      setChecked(!next);
      setError(result.message);
      return;
    }
    router.refresh();
  }

  return (
    <div className="text-sm">
      <label className="inline-flex cursor-pointer items-center gap-2 font-medium text-slate-700 dark:text-slate-200">
        <input
          type="checkbox"
          checked={checked}
          disabled={pending}
          onChange={(e) => toggle(e.target.checked)}
          className="h-4 w-4 rounded border-slate-300 accent-brand-600 dark:border-slate-600"
        />
        I guessed this one
      </label>
      <p className="ml-6 text-xs text-slate-500 dark:text-slate-400">{checked ? "It will come back for review sooner." : "Tick it if you were not sure: the question then comes back for review."}</p>
      {error && (
        <p role="alert" className="ml-6 text-red-600 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
