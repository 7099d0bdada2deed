"use client";

import Link from "next/link";
import { useId, useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { cn } from "@/components/ui/cn.ts";
import { sendJson } from "@/lib/client/send-json.ts";
import { createReportSchema, REPORT_KINDS, REPORT_TEXT_MAX, type ReportKind } from "@/lib/validation/reports.ts";
import { KIND_LABEL } from "./report-labels.ts";

type Props = {
  questionId: string;
  /** The version on screen (AttemptItemDto.questionVersion); without it the learner's latest attempt's version is used. */
  questionVersion?: number;
  className?: string;
};

/** "Report a problem" with a question: a dialog with the kind and a description, sent to the authors' queue. */
export function ReportProblemButton({ questionId, questionVersion, className }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [kind, setKind] = useState<ReportKind | "">("");
  const [text, setText] = useState("");
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [pending, setPending] = useState(false);

  function open() {
    setErrors({});
    setMessage(null);
    dialog.current?.showModal();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { questionId, ...(questionVersion ? { questionVersion } : {}), kind, text };
    const parsed = createReportSchema.safeParse(input);
    if (!parsed.success) {
      const found: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (found[String(issue.path[0] ?? "_")] ??= []).push(issue.message);
      setErrors(found);
      return;
    }
    setPending(true);
    const result = await sendJson("/api/reports", "POST", parsed.data);
    setPending(false);
    if (!result.ok) {
      setErrors(result.fieldErrors);
      setMessage(result.message);
      return;
    }
    setSent(true);
    setKind("");
    setText("");
  }

  return (
    <>
      <button
        type="button"
        onClick={open}
        className={cn("inline-flex items-center gap-1.5 text-sm font-medium text-slate-600 underline-offset-2 hover:text-slate-900 hover:underline dark:text-slate-300 dark:hover:text-white", className)}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M12 9v4M12 17h.01M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z" />
        </svg>
        {sent ? "Reported — thank you" : "Report a problem"}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        onClose={() => setMessage(null)}
        className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-2xl border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-100"
      >
        {sent ? (
          <div className="space-y-4 p-5 sm:p-6">
            <h2 id={`${id}-title`} className="text-lg font-semibold">
              Thank you — an author will look at it
            </h2>
            <p className="text-sm text-slate-600 dark:text-slate-300">
              You will find the outcome and the author&apos;s note under{" "}
              <Link href="/reports" className="font-medium text-brand-700 underline dark:text-brand-300">
                Your reports
              </Link>
              .
            </p>
            <div className="flex justify-end">
              <Button type="button" onClick={() => dialog.current?.close()}>
                Close
              </Button>
            </div>
          </div>
        ) : (
          <form onSubmit={submit} noValidate className="space-y-4 p-5 sm:p-6">
            <h2 id={`${id}-title`} className="text-lg font-semibold">
              Report a problem with this question
            </h2>
            {message && <Alert tone="error">{message}</Alert>}
            <fieldset>
              <legend className="text-sm font-medium">What is wrong?</legend>
              <div className="mt-2 grid gap-2 sm:grid-cols-2">
                {REPORT_KINDS.map((k) => (
                  <label key={k} className="flex items-center gap-2 rounded-lg border border-slate-200 px-3 py-2 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 dark:border-slate-700 dark:has-[:checked]:bg-brand-950">
                    <input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} className="accent-brand-600" />
                    {KIND_LABEL[k]}
                  </label>
                ))}
              </div>
              {errors.kind && <p className="mt-1 text-sm text-red-600 dark:text-red-400">{errors.kind.join(" ")}</p>}
            </fieldset>
            <div className="space-y-1.5">
              <label htmlFor={`${id}-text`} className="block text-sm font-medium">
                Details
              </label>
              <textarea
                id={`${id}-text`}
                rows={4}
                maxLength={REPORT_TEXT_MAX}
                value={text}
                onChange={(e) => setText(e.target.value)}
                aria-invalid={errors.text ? true : undefined}
                placeholder="What should it say, and where did you read that? A link to the documentation helps."
                className={cn("block w-full rounded-lg border bg-white px-3 py-2 text-sm dark:bg-slate-950", errors.text ? "border-red-500" : "border-slate-300 dark:border-slate-700")}
              />
              {errors.text && <p className="text-sm text-red-600 dark:text-red-400">{errors.text.join(" ")}</p>}
            </div>
            <div className="flex justify-end gap-2">
              <Button type="button" variant="ghost" onClick={() => dialog.current?.close()}>
                Cancel
              </Button>
              <Button type="submit" disabled={pending}>
                {pending ? "Sending…" : "Send report"}
              </Button>
            </div>
          </form>
        )}
      </dialog>
    </>
  );
}
