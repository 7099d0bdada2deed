"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { sendJson } from "@/lib/client/send-json.ts";

const COUNTS = [5, 10, 20];

/** Picks an exam and a session length, starts smart practice and shows why it chose its questions. */
export function SmartPracticeForm({ exams, defaultExam }: { exams: { code: string; title: string }[]; defaultExam: string }) {
  const router = useRouter();
  const id = useId();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await sendJson<{ id: string }>("/api/review/smart", "POST", { examCode: form.get("examCode"), count: Number(form.get("count")) });
    if (result.ok) {
      router.push(`/review/smart/${result.data.id}`);
      return;
    }
    setPending(false);
    setError(Object.values(result.fieldErrors).flat().join(" ") || result.message);
  }

  return (
    <form onSubmit={start} className="space-y-4" noValidate>
      {error && <Alert tone="error">{error}</Alert>}
      <div className="grid gap-4 sm:grid-cols-[1fr_auto]">
        <div className="space-y-1.5">
          <label htmlFor={`${id}-exam`} className="block text-sm font-medium">
            Exam
          </label>
          <select
            id={`${id}-exam`}
            name="examCode"
            defaultValue={defaultExam}
            className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm dark:border-slate-700 dark:bg-slate-950"
          >
            {exams.map((exam) => (
              <option key={exam.code} value={exam.code}>
                {exam.code} — {exam.title}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="space-y-1.5">
          <legend className="text-sm font-medium">Questions</legend>
          <div className="flex gap-1.5">
            {COUNTS.map((count) => (
              <label
                key={count}
                className="cursor-pointer rounded-lg border border-slate-300 px-3 py-2 text-sm font-medium has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:checked]:text-brand-800 dark:border-slate-700 dark:has-[:checked]:border-brand-400 dark:has-[:checked]:bg-brand-950 dark:has-[:checked]:text-brand-100"
              >
                <input type="radio" name="count" value={count} defaultChecked={count === 10} className="sr-only" />
                {count}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Picking questions…" : "Start smart practice"}
      </Button>
    </form>
  );
}
