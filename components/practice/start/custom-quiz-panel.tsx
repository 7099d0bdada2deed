"use client";

import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { CountField, readCount } from "./count-field.tsx";
import { TimeLimitField, readTimeLimit } from "./time-limit-field.tsx";
import type { PracticeExam } from "./types.ts";
import { useStartAttempt } from "./use-start-attempt.ts";

const LEVELS = [
  [1, "1 — gentle"],
  [2, "2 — moderate"],
  [3, "3 — challenging"],
  [4, "4 — hard"],
  [5, "5 — very hard"],
] as const;

const selectClass = "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm dark:border-slate-700 dark:bg-slate-950";

export function CustomQuizPanel({ exam }: { exam: PracticeExam }) {
  const { start, pending, error, fieldErrors } = useStartAttempt();
  const [localError, setLocalError] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const skillAreas = form.getAll("skillAreas").map(String);
    if (skillAreas.length === 0) {
      setLocalError("Choose at least one skill area.");
      return;
    }
    setLocalError(null);
    const only = String(form.get("only") ?? "all");
    void start({
      mode: "CUSTOM",
      examCode: exam.code,
      count: readCount(form),
      skillAreas,
      difficulty: [Number(form.get("difficultyMin")), Number(form.get("difficultyMax"))],
      only: only === "unseen" || only === "missed" ? only : undefined,
      feedback: form.get("feedback") === "end" ? "end" : "immediate",
      timeLimitMinutes: readTimeLimit(form),
    });
  }

  const message = localError ?? error;
  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      <p>Build your own quiz: choose the skill areas, how many questions, how hard, whether to see only new or only missed questions, and when to see the answers.</p>
      {message && <Alert tone="error">{message}</Alert>}

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">Skill areas</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {exam.skillAreas.map((area) => (
            <label
              key={area.key}
              className="flex cursor-pointer items-start gap-3 rounded-lg border border-slate-200 px-3 py-2 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 dark:border-slate-700 dark:has-[:checked]:border-brand-400 dark:has-[:checked]:bg-brand-950/50"
            >
              <input type="checkbox" name="skillAreas" value={area.key} defaultChecked className="mt-0.5 h-4 w-4 shrink-0 accent-brand-600" />
              {area.name}
            </label>
          ))}
        </div>
        {fieldErrors.skillAreas?.length ? <p className="text-sm text-red-600 dark:text-red-400">{fieldErrors.skillAreas.join(" ")}</p> : null}
      </fieldset>

      <CountField defaultValue={20} max={exam.publishedQuestions} errors={fieldErrors.count} />

      <fieldset>
        <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">Difficulty</legend>
        <div className="mt-2 grid max-w-md grid-cols-2 gap-3">
          <LevelSelect label="Easiest" name="difficultyMin" defaultValue={1} />
          <LevelSelect label="Hardest" name="difficultyMax" defaultValue={5} />
        </div>
        {fieldErrors.difficulty?.length ? <p className="mt-1 text-sm text-red-600 dark:text-red-400">{fieldErrors.difficulty.join(" ")}</p> : null}
      </fieldset>

      <RadioRow
        legend="Which questions"
        name="only"
        options={[
          ["all", "Any"],
          ["unseen", "Only ones I have not seen"],
          ["missed", "Only ones I got wrong"],
        ]}
      />
      <RadioRow
        legend="Show answers"
        name="feedback"
        options={[
          ["immediate", "After each question"],
          ["end", "At the end"],
        ]}
      />
      <TimeLimitField errors={fieldErrors.timeLimitMinutes} />

      <Button type="submit" disabled={pending}>
        {pending ? "Starting…" : "Start quiz"}
      </Button>
    </form>
  );
}

function RadioRow({ legend, name, options }: { legend: string; name: string; options: [string, string][] }) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">{legend}</legend>
      <div className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
        {options.map(([value, label], index) => (
          <label key={value} className="flex items-center gap-2">
            <input type="radio" name={name} value={value} defaultChecked={index === 0} className="h-4 w-4 accent-brand-600" />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function LevelSelect({ label, name, defaultValue }: { label: string; name: string; defaultValue: number }) {
  return (
    <label className="space-y-1 text-sm">
      <span className="block text-slate-600 dark:text-slate-300">{label}</span>
      <select name={name} defaultValue={defaultValue} className={selectClass}>
        {LEVELS.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
