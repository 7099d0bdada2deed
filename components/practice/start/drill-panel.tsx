"use client";

import type { FormEvent } from "react";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { CountField, readCount } from "./count-field.tsx";
import { TimeLimitField, readTimeLimit } from "./time-limit-field.tsx";
import type { PracticeExam } from "./types.ts";
import { useStartAttempt } from "./use-start-attempt.ts";

export function DrillPanel({ exam }: { exam: PracticeExam }) {
  const { start, pending, error, fieldErrors } = useStartAttempt();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void start({
      mode: "DRILL",
      examCode: exam.code,
      skillArea: String(form.get("skillArea") ?? ""),
      count: readCount(form),
      timeLimitMinutes: readTimeLimit(form),
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      <p>Work on one skill area at a time, with the answer and explanation after each question — the quickest way to shore up a weak spot.</p>
      {error && <Alert tone="error">{error}</Alert>}
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">Skill area</legend>
        <div className="grid gap-2">
          {exam.skillAreas.map((area, index) => (
            <label
              key={area.key}
              className="flex cursor-pointer items-start gap-3 rounded-lg border border-slate-200 px-3 py-2 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 dark:border-slate-700 dark:has-[:checked]:border-brand-400 dark:has-[:checked]:bg-brand-950/50"
            >
              <input type="radio" name="skillArea" value={area.key} defaultChecked={index === 0} className="mt-0.5 h-4 w-4 shrink-0 accent-brand-600" />
              <span className="flex-1">{area.name}</span>
              <span className="shrink-0 text-xs text-slate-500 dark:text-slate-400">
                {area.weightMin}–{area.weightMax} %
              </span>
            </label>
          ))}
        </div>
        {fieldErrors.skillArea?.length ? <p className="text-sm text-red-600 dark:text-red-400">{fieldErrors.skillArea.join(" ")}</p> : null}
      </fieldset>
      <CountField defaultValue={10} max={exam.publishedQuestions} errors={fieldErrors.count} />
      <TimeLimitField errors={fieldErrors.timeLimitMinutes} />
      <Button type="submit" disabled={pending}>
        {pending ? "Starting…" : "Start drill"}
      </Button>
    </form>
  );
}
