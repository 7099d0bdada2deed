"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { cn } from "@/components/ui/cn.ts";
import { Field } from "@/components/ui/field.tsx";
import { sendJson } from "@/lib/client/send-json.ts";
import { z } from "zod";
import { reportOutcomeSchema } from "@/lib/validation/readiness.ts";

type Props = {
  exam: { code: string; title: string; passMark: number };
  /** YYYY-MM-DD in the learner's time zone: the latest date the picker offers. */
  today: string;
};

type Saved = { takenOn: string; passed: boolean; score: number | null; updated: boolean };

/** "I passed / failed the real exam on <date> with <score>": teaches the readiness estimate where the cut lies. */
export function OutcomeForm({ exam, today }: Props) {
  const id = useId();
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [passed, setPassed] = useState<boolean | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const scoreText = String(form.get("score") ?? "").trim();
    const input = {
      examCode: exam.code,
      takenOn: String(form.get("takenOn") ?? ""),
      passed: passed ?? undefined,
      score: scoreText === "" ? null : Number(scoreText),
    };
    const checked = reportOutcomeSchema(new Date()).safeParse(input);
    if (!checked.success) {
      setFieldErrors(z.flattenError(checked.error).fieldErrors as Record<string, string[]>);
      setError(null);
      return;
    }
    setPending(true);
    const result = await sendJson<{ outcome: Saved }>("/api/readiness/outcomes", "POST", checked.data);
    setPending(false);
    if (result.ok) {
      setSaved(result.data.outcome);
      setFieldErrors({});
      setError(null);
      // The page lists the reported results: show the new one there too.
      router.refresh();
      return;
    }
    setFieldErrors(result.fieldErrors);
    setError(Object.keys(result.fieldErrors).length ? null : result.message);
  }

  if (saved) {
    return (
      <div className="space-y-3">
        <Alert tone="success" title={saved.updated ? "Result updated — thank you." : "Result saved — thank you."}>
          {saved.passed ? "Passed" : "Failed"} {exam.code} on {saved.takenOn}
          {saved.score !== null ? ` with ${saved.score}` : ""}. Results like yours teach the readiness estimate where the real pass mark lies.
        </Alert>
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            setSaved(null);
            setPassed(null);
          }}
        >
          Report another result
        </Button>
      </div>
    );
  }

  const resultErrors = fieldErrors.passed;
  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate aria-describedby={`${id}-intro`}>
      <p id={`${id}-intro`} className="text-sm text-slate-600 dark:text-slate-300">
        Took the real {exam.code}? Your result — pass or fail — shows us where Microsoft&apos;s pass mark sits on our questions and makes everyone&apos;s estimate more accurate.
      </p>
      {error && <Alert tone="error">{error}</Alert>}

      <fieldset aria-describedby={resultErrors?.length ? `${id}-result-error` : undefined}>
        <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">Result</legend>
        <div className="mt-1.5 grid grid-cols-2 gap-2 sm:max-w-xs">
          {([true, false] as const).map((value) => (
            <label
              key={String(value)}
              className={cn(
                "flex cursor-pointer items-center justify-center gap-2 rounded-lg border px-3 py-2 text-sm font-semibold transition-colors has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500",
                passed === value
                  ? value
                    ? "border-emerald-600 bg-emerald-50 text-emerald-900 dark:border-emerald-500 dark:bg-emerald-950/60 dark:text-emerald-100"
                    : "border-red-600 bg-red-50 text-red-900 dark:border-red-500 dark:bg-red-950/60 dark:text-red-100"
                  : resultErrors?.length
                    ? "border-red-500 bg-white text-slate-700 hover:bg-slate-50 dark:bg-slate-950 dark:text-slate-200 dark:hover:bg-slate-900"
                    : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-200 dark:hover:bg-slate-900",
              )}
            >
              <input type="radio" name="passed" value={String(value)} checked={passed === value} onChange={() => setPassed(value)} className="sr-only" />
              <span aria-hidden="true">{value ? "✓" : "✗"}</span>
              {value ? "I passed" : "I failed"}
            </label>
          ))}
        </div>
        {resultErrors?.length ? (
          <p id={`${id}-result-error`} className="mt-1.5 text-sm text-red-600 dark:text-red-400">
            {resultErrors.join(" ")}
          </p>
        ) : null}
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Date you took it" name="takenOn" id={`${id}-taken-on`} type="date" max={today} required errors={fieldErrors.takenOn} />
        <Field
          label="Score (optional)"
          name="score"
          id={`${id}-score`}
          type="number"
          inputMode="numeric"
          min={1}
          max={1000}
          step={1}
          placeholder="e.g. 742"
          hint={`From your score report, 1–1000; ${exam.passMark} passes.`}
          errors={fieldErrors.score}
        />
      </div>

      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save result"}
      </Button>
    </form>
  );
}
