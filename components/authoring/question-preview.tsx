"use client";

import { useState } from "react";
import { AnswerInput, instructionFor } from "@/components/practice/player/answer-input.tsx";
import { ExplanationPanel } from "@/components/practice/player/explanation-panel.tsx";
import { Markdown } from "@/components/ui/markdown.tsx";
import { previewContent, type QuestionDraft } from "@/lib/domain/authoring/question-draft.ts";
import { choiceIds, type Response } from "@/lib/domain/questions/content.ts";
import { toAnswerReveal, toQuestionView } from "@/lib/domain/questions/view.ts";

const panel = "rounded-2xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900 sm:p-6";
const heading = "text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400";

/**
 * The draft rendered with the learner's own components: first as a learner meets it (try an
 * answer), then as after answering — the key, each option's why, the explanation and references.
 */
export function QuestionPreview({ draft }: { draft: QuestionDraft }) {
  const [tried, setTried] = useState<Response | null>(null);
  const content = previewContent(draft);
  const view = toQuestionView(content, choiceIds(content));
  const reveal = toAnswerReveal(content);
  // A response from before the type changed would not fit the new view.
  const response = tried?.type === content.type ? tried : null;
  const stem = draft.stem.trim() ? draft.stem : "*The stem appears here.*";

  return (
    <div className="space-y-4">
      <section aria-labelledby="preview-learner" className={panel}>
        <h2 id="preview-learner" className={heading}>
          Preview · as learners see it
        </h2>
        <div className="mt-3 text-[15px] sm:text-base">
          <Markdown>{stem}</Markdown>
        </div>
        <fieldset className="mt-5">
          <legend className="mb-3 text-sm font-semibold text-slate-700 dark:text-slate-300">{instructionFor(view)}</legend>
          <AnswerInput name="preview" view={view} response={response} reveal={null} locked={false} onChange={setTried} />
        </fieldset>
      </section>
      <section aria-labelledby="preview-answered" className={panel}>
        <h2 id="preview-answered" className={heading}>
          Preview · after answering{response ? " (with your try above)" : ""}
        </h2>
        <div className="mt-4">
          <AnswerInput name="preview-key" view={view} response={response} reveal={reveal} locked onChange={() => undefined} />
        </div>
        <div className="mt-6 border-t border-slate-200 pt-5 dark:border-slate-800">
          <ExplanationPanel
            reveal={{ answer: reveal, explanation: draft.explanation.trim() || "*No explanation yet.*", references: draft.references.filter((r) => r.trim()), isCorrect: false, pointsEarned: 0, pointsPossible: view.points }}
            answered={response !== null}
            showVerdict={false}
          />
        </div>
      </section>
    </div>
  );
}
