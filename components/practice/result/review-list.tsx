"use client";

import type { AttemptItemDto } from "@/lib/server/attempts/dto.ts";
import { ReportProblemButton } from "@/components/reports/report-problem-button.tsx";
import { cn } from "@/components/ui/cn.ts";
import { Markdown } from "@/components/ui/markdown.tsx";
import { AnswerInput, instructionFor } from "../player/answer-input.tsx";
import { CaseStudyTabs } from "../player/case-study-tabs.tsx";
import { ExplanationPanel } from "../player/explanation-panel.tsx";

/** Every question of a submitted attempt: the learner's answer against the key, the explanation and references. */
export function ReviewList({ items }: { items: AttemptItemDto[] }) {
  return (
    <ol className="space-y-6">
      {items.map((item) => (
        <li key={item.position}>
          <article
            aria-labelledby={`review-${item.position}`}
            className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900 sm:p-6"
          >
            <header className="flex flex-wrap items-center justify-between gap-2">
              <div>
                <h3 id={`review-${item.position}`} className="font-semibold">
                  Question {item.position + 1}
                </h3>
                <p className="text-sm text-slate-500 dark:text-slate-400">{item.skillArea.name}</p>
              </div>
              <Verdict item={item} />
            </header>
            {item.caseStudy && (
              <details className="mt-3 rounded-xl border border-slate-200 dark:border-slate-800">
                <summary className="cursor-pointer px-4 py-2 text-sm font-medium">Case study: {item.caseStudy.title} — show the scenario</summary>
                <div className="p-2">
                  <CaseStudyTabs caseStudy={item.caseStudy} />
                </div>
              </details>
            )}
            <Markdown className="mt-4">{item.stem}</Markdown>
            <p className="mt-4 mb-2 text-sm font-semibold text-slate-700 dark:text-slate-300">{instructionFor(item.view)}</p>
            <AnswerInput name={`review-${item.position}`} view={item.view} response={item.response} reveal={item.reveal?.answer ?? null} locked onChange={() => {}} />
            {item.reveal && (
              <div className="mt-5 border-t border-slate-200 pt-4 dark:border-slate-800">
                <ExplanationPanel reveal={item.reveal} answered={item.response !== null} showVerdict={false} />
              </div>
            )}
          </article>
          <div className="mt-2 flex justify-end">
            <ReportProblemButton questionId={item.questionId} questionVersion={item.questionVersion} />
          </div>
        </li>
      ))}
    </ol>
  );
}

function Verdict({ item }: { item: AttemptItemDto }) {
  const reveal = item.reveal;
  if (!reveal) return null;
  const text = reveal.isCorrect ? "Correct" : item.response === null ? "Not answered" : reveal.pointsEarned > 0 ? "Partly correct" : "Incorrect";
  return (
    <span
      className={cn(
        "rounded-full px-2.5 py-0.5 text-xs font-semibold",
        reveal.isCorrect
          ? "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200"
          : reveal.pointsEarned > 0
            ? "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200"
            : "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200",
      )}
    >
      {text} · {reveal.pointsEarned}/{reveal.pointsPossible}
    </span>
  );
}
