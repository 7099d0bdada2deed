"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Field } from "@/components/ui/field.tsx";
import { cn } from "@/components/ui/cn.ts";

const inputClass = "block w-full rounded-lg border bg-white px-3 py-2 text-sm shadow-sm dark:bg-slate-950";

/** The claim form: sent as multipart so the score report travels with it. */
export function ClaimForm({ slug, today }: { slug: string; today: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    let response: Response;
    try {
      response = await fetch(`/api/guarantee/${slug}/claim`, { method: "POST", body: new FormData(event.currentTarget) });
    } catch {
      setPending(false);
      setError("You appear to be offline. Check your connection and try again.");
      return;
    }
    const data = (await response.json().catch(() => ({}))) as { message?: string; fieldErrors?: Record<string, string[]> };
    if (response.ok) {
      router.refresh();
      return;
    }
    setPending(false);
    setFieldErrors(data.fieldErrors ?? {});
    setError(data.fieldErrors && Object.keys(data.fieldErrors).length ? "Please check the fields marked below." : (data.message ?? "Something went wrong. Please try again."));
  }

  const errorFor = (name: string) =>
    fieldErrors[name]?.length ? (
      <p id={`claim-${name}-error`} className="text-sm text-red-600 dark:text-red-400">
        {fieldErrors[name]!.join(" ")}
      </p>
    ) : null;

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error && <Alert tone="error">{error}</Alert>}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Exam date" name="examDate" id="claim-examDate" type="date" max={today} required errors={fieldErrors.examDate} />
        <Field label="Your score (1–699)" name="score" id="claim-score" type="number" min={1} max={699} inputMode="numeric" required errors={fieldErrors.score} />
        <Field label="Score report id" name="scoreReportId" id="claim-scoreReportId" required autoComplete="off" errors={fieldErrors.scoreReportId} />
      </div>
      <div className="space-y-1.5">
        <label htmlFor="claim-upload" className="block text-sm font-medium text-slate-800 dark:text-slate-200">
          Score report (PDF, PNG, JPEG or WebP, up to 5 MB)
        </label>
        <input
          id="claim-upload"
          name="upload"
          type="file"
          required
          accept=".pdf,.png,.jpg,.jpeg,.webp,application/pdf,image/png,image/jpeg,image/webp"
          aria-describedby={fieldErrors.upload?.length ? "claim-upload-error" : undefined}
          className="block w-full text-sm file:mr-3 file:rounded-lg file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-semibold file:text-slate-800 hover:file:bg-slate-200 dark:file:bg-slate-800 dark:file:text-slate-100"
        />
        {errorFor("upload")}
      </div>
      <div className="space-y-1.5">
        <label htmlFor="claim-statement" className="block text-sm font-medium text-slate-800 dark:text-slate-200">
          What happened?
        </label>
        <textarea
          id="claim-statement"
          name="statement"
          rows={4}
          required
          aria-describedby={fieldErrors.statement?.length ? "claim-statement-error" : undefined}
          className={cn(inputClass, fieldErrors.statement?.length ? "border-red-500" : "border-slate-300 dark:border-slate-700")}
        />
        {errorFor("statement")}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Filing…" : "File my claim"}
      </Button>
    </form>
  );
}
