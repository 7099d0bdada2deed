"use client";

import { useId, useState } from "react";

/** "No time limit" or a limit the learner picks (1–300 minutes). Read back with readTimeLimit. */
export function TimeLimitField({ errors }: { errors?: string[] }) {
  const [timed, setTimed] = useState(false);
  const id = useId();
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">Time limit</legend>
      <div className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm">
        <label className="flex items-center gap-2">
          <input type="radio" name="timed" value="no" checked={!timed} onChange={() => setTimed(false)} className="h-4 w-4 accent-brand-600" />
          No time limit
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="timed" value="yes" checked={timed} onChange={() => setTimed(true)} className="h-4 w-4 accent-brand-600" />
          Set a limit
        </label>
        {timed && (
          <span className="flex items-center gap-2">
            <input
              id={`${id}-minutes`}
              name="timeLimitMinutes"
              type="number"
              inputMode="numeric"
              min={1}
              max={300}
              defaultValue={20}
              required
              aria-label="Time limit in minutes"
              aria-invalid={errors?.length ? true : undefined}
              className="w-20 rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-950"
            />
            <label htmlFor={`${id}-minutes`}>minutes</label>
          </span>
        )}
      </div>
      {errors?.length ? <p className="text-sm text-red-600 dark:text-red-400">{errors.join(" ")}</p> : null}
    </fieldset>
  );
}

export function readTimeLimit(form: FormData): number | undefined {
  if (form.get("timed") !== "yes") return undefined;
  return Number.parseInt(String(form.get("timeLimitMinutes") ?? ""), 10);
}
