import type { Ref } from "react";
import type { Response } from "@/lib/domain/questions/content.ts";
import type { AttemptItemDto } from "@/lib/server/attempts/dto.ts";
import { cn } from "@/components/ui/cn.ts";
import { ReportProblemButton } from "@/components/reports/report-problem-button.tsx";
import { Markdown } from "@/components/ui/markdown.tsx";
import { AnswerInput, instructionFor } from "./answer-input.tsx";
import { ExplanationPanel } from "./explanation-panel.tsx";

type Props = {
  item: AttemptItemDto;
  total: number;
  showSkillArea: boolean;
  locked: boolean;
  headingRef?: Ref<HTMLHeadingElement>;
  onAnswer: (response: Response | null) => void;
  onFlag: () => void;
};

/** One question: number, stem, the answer area in a fieldset, and — once final — the explanation. */
export function QuestionCard({ item, total, showSkillArea, locked, headingRef, onAnswer, onFlag }: Props) {
  const stemId = `stem-${item.position}`;
  return (
    <>
      <article className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900 sm:p-6">
        <header className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <h2 ref={headingRef} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
              Question {item.position + 1} <span className="font-normal text-slate-500 dark:text-slate-400">of {total}</span>
            </h2>
            {showSkillArea && <p className="text-sm text-slate-500 dark:text-slate-400">{item.skillArea.name}</p>}
          </div>
          <button
            type="button"
            onClick={onFlag}
            aria-pressed={item.flagged}
            aria-keyshortcuts="F"
            className={cn(
              "inline-flex items-center gap-1.5 rounded-lg border px-3 py-1.5 text-sm font-semibold",
              item.flagged
                ? "border-amber-400 bg-amber-100 text-amber-900 hover:bg-amber-200 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
                : "border-slate-300 text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800",
            )}
          >
            <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill={item.flagged ? "currentColor" : "none"} stroke="currentColor" strokeWidth="2" strokeLinejoin="round">
              <path d="M5 21V4h11l-2 4 2 4H5" />
            </svg>
            {item.flagged ? "Flagged" : "Flag for review"}
          </button>
        </header>

        <div id={stemId} className="mt-4 text-[15px] sm:text-base">
          <Markdown>{item.stem}</Markdown>
        </div>

        <fieldset aria-describedby={stemId} className="mt-5">
          <legend className="mb-3 text-sm font-semibold text-slate-700 dark:text-slate-300">
            <span className="sr-only">Question {item.position + 1}: </span>
            {instructionFor(item.view)}
          </legend>
          <AnswerInput
            name={`q${item.position}`}
            view={item.view}
            response={item.response}
            reveal={item.reveal?.answer ?? null}
            locked={locked || item.reveal !== null}
            onChange={onAnswer}
          />
        </fieldset>

        {item.reveal && (
          <div id={`explanation-${item.position}`} tabIndex={-1} className="mt-6 scroll-mt-24 border-t border-slate-200 pt-5 focus:outline-none dark:border-slate-800">
            <ExplanationPanel reveal={item.reveal} answered={item.response !== null} />
          </div>
        )}
      </article>
      {/* Outside the article: the report dialog has its own fieldset, which is not part of the question. */}
      <div className="mt-2 flex justify-end">
        <ReportProblemButton questionId={item.questionId} questionVersion={item.questionVersion} />
      </div>
    </>
  );
}
