import { Badge } from "@/components/ui/badge.tsx";
import { NoteEditor } from "@/components/notebook/note-editor.tsx";
import { answerRows } from "@/lib/domain/review/answer-rows.ts";
import type { ReviewItemDto } from "@/lib/server/review/dto.ts";
import { AnswerBreakdown } from "./answer-breakdown.tsx";
import { CardStatus } from "./card-status.tsx";
import { TYPE_LABEL } from "./format.ts";
import { GuessToggle } from "./guess-toggle.tsx";
import { ReportProblemButton } from "@/components/reports/report-problem-button.tsx";
import { Markdown } from "@/components/ui/markdown.tsx";
import { References } from "./references.tsx";

/** One question of a past attempt: the answer against the key, why, where to read more, and what happens next. */
export function ReviewItem({ attemptId, item, timeZone }: { attemptId: string; item: ReviewItemDto; timeZone: string }) {
  const reveal = item.reveal!;
  const rows = answerRows(item.view, reveal.answer, item.response);
  const status = !rows.answered ? "unanswered" : reveal.isCorrect ? "right" : "wrong";
  const partial = !reveal.isCorrect && reveal.pointsEarned > 0;
  return (
    <article id={`q-${item.position + 1}`} aria-labelledby={`q-${item.position + 1}-title`} className="scroll-mt-6 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900">
      <header className="flex flex-wrap items-center gap-2">
        <h2 id={`q-${item.position + 1}-title`} className="mr-1 text-base font-semibold">
          Question {item.position + 1}
        </h2>
        {status === "right" && <Badge tone="success">Right</Badge>}
        {status === "wrong" && <Badge tone="danger">{partial ? `Partly right (${reveal.pointsEarned} of ${reveal.pointsPossible})` : "Wrong"}</Badge>}
        {status === "unanswered" && <Badge tone="warning">Not answered</Badge>}
        {item.flagged && <Badge tone="brand">Flagged</Badge>}
        {item.guessed && <Badge tone="warning">Guessed</Badge>}
      </header>
      <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
        {item.skillArea.name} · {TYPE_LABEL[item.view.type]}
        {item.view.type === "multiple" ? ` (choose ${item.view.selectCount})` : ""} · version {item.questionVersion}
      </p>

      {item.pickReason && (
        <p className="mt-3 rounded-lg bg-brand-50 px-3 py-2 text-sm text-brand-900 dark:bg-brand-950/60 dark:text-brand-100">
          <span className="font-semibold">Why this question: </span>
          {item.pickReason}
        </p>
      )}

      {item.caseStudy && (
        <details className="mt-4 rounded-xl border border-slate-200 px-4 py-3 dark:border-slate-800">
          <summary className="cursor-pointer text-sm font-semibold">Case study: {item.caseStudy.title}</summary>
          <div className="mt-3 space-y-4">
            {item.caseStudy.tabs.map((tab) => (
              <section key={tab.title}>
                <h3 className="text-sm font-semibold">{tab.title}</h3>
                <Markdown className="mt-1 text-sm">{tab.body}</Markdown>
              </section>
            ))}
          </div>
        </details>
      )}

      <Markdown className="mt-4">{item.stem}</Markdown>
      <div className="mt-4">
        <AnswerBreakdown rows={rows} />
      </div>

      <section className="mt-5 rounded-xl bg-slate-50 px-4 py-3 dark:bg-slate-800/50" aria-label="Explanation">
        <p className="text-sm font-semibold">Explanation</p>
        <Markdown className="mt-1 text-sm">{reveal.explanation}</Markdown>
        <div className="mt-3">
          <References links={reveal.references} />
        </div>
      </section>

      <footer className="mt-4 space-y-3 border-t border-slate-200 pt-4 dark:border-slate-800">
        {item.graded && reveal.isCorrect && <GuessToggle attemptId={attemptId} position={item.position} guessed={item.guessed} />}
        {item.card && <CardStatus card={item.card} timeZone={timeZone} />}
        <NoteEditor questionId={item.questionId} note={item.note} />
        <ReportProblemButton questionId={item.questionId} questionVersion={item.questionVersion} />
      </footer>
    </article>
  );
}
