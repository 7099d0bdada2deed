import type { ReactNode } from "react";
import type { AnswerRows, StepRow } from "@/lib/domain/review/answer-rows.ts";
import { cn } from "@/components/ui/cn.ts";
import { optionLetter } from "./format.ts";
import { Markdown } from "@/components/ui/markdown.tsx";

/** The learner's answer against the key, option by option, with why each option is right or wrong. */
export function AnswerBreakdown({ rows }: { rows: AnswerRows }) {
  switch (rows.type) {
    case "single":
    case "multiple":
      return (
        <ul className="space-y-2">
          {rows.options.map((option, i) => (
            <li
              key={option.id}
              className={cn(
                "rounded-xl border px-4 py-3",
                option.correct
                  ? "border-emerald-300 bg-emerald-50/70 dark:border-emerald-800 dark:bg-emerald-950/40"
                  : option.chosen
                    ? "border-red-300 bg-red-50/70 dark:border-red-900 dark:bg-red-950/40"
                    : "border-slate-200 dark:border-slate-800",
              )}
            >
              <div className="grid grid-cols-[auto_1fr] items-start gap-x-3 gap-y-1 sm:grid-cols-[auto_1fr_auto]">
                <span className="font-mono text-sm font-semibold text-slate-500 dark:text-slate-400">{optionLetter(i)}</span>
                <Markdown inline className="min-w-0 font-medium">
                  {option.text}
                </Markdown>
                <span className="col-start-2 flex flex-wrap gap-1.5 empty:hidden sm:col-start-3">
                  {option.chosen && <Tag tone={option.correct ? "good" : "bad"}>Your answer</Tag>}
                  {option.correct && <Tag tone="good">Correct</Tag>}
                </span>
              </div>
              <Why className="sm:pl-6">{option.why}</Why>
            </li>
          ))}
        </ul>
      );
    case "yesno":
      return (
        <ul className="space-y-2">
          {rows.statements.map((s) => {
            const right = s.given === s.answer;
            return (
              <li
                key={s.id}
                className={cn(
                  "rounded-xl border px-4 py-3",
                  right ? "border-emerald-300 bg-emerald-50/70 dark:border-emerald-800 dark:bg-emerald-950/40" : "border-red-300 bg-red-50/70 dark:border-red-900 dark:bg-red-950/40",
                )}
              >
                <Markdown inline className="font-medium">
                  {s.text}
                </Markdown>
                <p className="mt-1.5 flex flex-wrap gap-1.5 text-sm">
                  <Tag tone={s.given === null ? "muted" : right ? "good" : "bad"}>Your answer: {s.given === null ? "none" : s.given ? "Yes" : "No"}</Tag>
                  <Tag tone="good">Correct: {s.answer ? "Yes" : "No"}</Tag>
                </p>
                <Why>{s.why}</Why>
              </li>
            );
          })}
        </ul>
      );
    case "ordering":
      return (
        <div className="space-y-4">
          <div className="grid gap-4 sm:grid-cols-2">
            <Sequence title="Your order" steps={rows.given} expected={rows.expected} empty="You did not order any steps." />
            <Sequence title="Correct order" steps={rows.expected} expected={rows.expected} />
          </div>
          <div>
            <p className="text-sm font-semibold">Why each step</p>
            <ul className="mt-2 space-y-2">
              {[...rows.expected, ...rows.distractors].map((step) => (
                <li key={step.id} className="rounded-xl border border-slate-200 px-4 py-3 dark:border-slate-800">
                  <div className="flex flex-wrap items-start gap-2">
                    <Markdown inline className="min-w-0 flex-1 font-medium">
                      {step.text}
                    </Markdown>
                    {step.position === null ? <Tag tone="muted">Not part of the answer</Tag> : <Tag tone="good">Step {step.position}</Tag>}
                  </div>
                  <Why>{step.why}</Why>
                </li>
              ))}
            </ul>
          </div>
        </div>
      );
  }
}

function Sequence({ title, steps, expected, empty }: { title: string; steps: StepRow[]; expected: StepRow[]; empty?: string }) {
  return (
    <div>
      <p className="text-sm font-semibold">{title}</p>
      {steps.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500 dark:text-slate-400">{empty}</p>
      ) : (
        <ol className="mt-2 space-y-1.5">
          {steps.map((step, i) => {
            const inPlace = expected[i]?.id === step.id;
            return (
              <li
                key={step.id}
                className={cn(
                  "flex gap-2 rounded-lg border px-3 py-2 text-sm",
                  inPlace ? "border-emerald-300 dark:border-emerald-800" : "border-red-300 dark:border-red-900",
                )}
              >
                <span className="font-mono font-semibold text-slate-500 dark:text-slate-400">{i + 1}.</span>
                <Markdown inline className="min-w-0 flex-1">
                  {step.text}
                </Markdown>
                <span className="sr-only">{inPlace ? "(in place)" : "(out of place)"}</span>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}

function Why({ children, className }: { children: string; className?: string }) {
  if (!children) return null;
  return <Markdown className={cn("mt-1.5 text-sm text-slate-600 dark:text-slate-300", className)}>{children}</Markdown>;
}

function Tag({ tone, children }: { tone: "good" | "bad" | "muted"; children: ReactNode }) {
  const tones = {
    good: "bg-emerald-100 text-emerald-800 dark:bg-emerald-900/60 dark:text-emerald-200",
    bad: "bg-red-100 text-red-800 dark:bg-red-900/60 dark:text-red-200",
    muted: "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300",
  };
  return <span className={cn("inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold", tones[tone])}>{children}</span>;
}
