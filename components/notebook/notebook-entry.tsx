import Link from "next/link";
import { AnswerBreakdown } from "@/components/review/answer-breakdown.tsx";
import { CardStatus } from "@/components/review/card-status.tsx";
import { formatDay, TYPE_LABEL } from "@/components/review/format.ts";
import { ReportProblemButton } from "@/components/reports/report-problem-button.tsx";
import { Markdown } from "@/components/ui/markdown.tsx";
import { References } from "@/components/review/references.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { answerRows } from "@/lib/domain/review/answer-rows.ts";
import type { NotebookEntryDto } from "@/lib/server/notebook/dto.ts";
import { NoteEditor } from "./note-editor.tsx";

/** One missed question: how often and when, the latest answer against the key, the learner's note. */
export function NotebookEntry({ entry, timeZone }: { entry: NotebookEntryDto; timeZone: string }) {
  const latest = entry.latest;
  const rows = answerRows(latest.view, latest.answer, latest.response);
  const headingId = `entry-${entry.questionId}`;
  return (
    <article aria-labelledby={headingId} className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900">
      <header className="flex flex-wrap items-center gap-2 text-xs text-slate-500 dark:text-slate-400">
        <span className="font-mono font-semibold text-brand-700 dark:text-brand-300">{entry.exam.code}</span>
        <span>·</span>
        <span>{entry.skillArea.name}</span>
        <span>·</span>
        <span>{TYPE_LABEL[entry.type]}</span>
        {!entry.practisable && <Badge tone="neutral">No longer in the bank</Badge>}
      </header>
      <h2 id={headingId} className="sr-only">
        Question {entry.questionId}
      </h2>
      <Markdown className="mt-3">{latest.stem}</Markdown>

      <dl className="mt-4 flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <div>
          <dt className="text-xs text-slate-500 dark:text-slate-400">Missed</dt>
          <dd className="font-semibold">
            {entry.timesMissed} of {entry.timesAnswered} {entry.timesAnswered === 1 ? "time" : "times"}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500 dark:text-slate-400">When</dt>
          <dd className="font-medium">
            {entry.missedAt.map((iso, i) => (
              <span key={iso + i}>
                {i > 0 && ", "}
                <time dateTime={iso}>{formatDay(iso, timeZone)}</time>
              </span>
            ))}
            {entry.timesMissed > entry.missedAt.length ? " …" : ""}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500 dark:text-slate-400">Latest answer</dt>
          <dd>
            <Badge tone={latest.isCorrect ? "success" : "danger"}>{latest.isCorrect ? "Right" : "Wrong"}</Badge>{" "}
            <Link href={`/attempts/${latest.attemptId}/review`} className="text-xs text-brand-700 underline underline-offset-2 dark:text-brand-300">
              {formatDay(latest.answeredAt, timeZone)}
            </Link>
          </dd>
        </div>
      </dl>

      <details className="group mt-4 rounded-xl border border-slate-200 dark:border-slate-800">
        <summary className="cursor-pointer px-4 py-3 text-sm font-semibold">Your latest answer, the key and why</summary>
        <div className="space-y-4 px-4 pb-4">
          {latest.version !== entry.currentVersion && (
            <p className="text-xs text-slate-500 dark:text-slate-400">
              You answered version {latest.version}; the question has been updated since (version {entry.currentVersion}). A retry shows the new wording.
            </p>
          )}
          <AnswerBreakdown rows={rows} />
          <div className="rounded-xl bg-slate-50 px-4 py-3 dark:bg-slate-800/50">
            <p className="text-sm font-semibold">Explanation</p>
            <Markdown className="mt-1 text-sm">{latest.explanation}</Markdown>
            <div className="mt-3">
              <References links={latest.references} />
            </div>
          </div>
        </div>
      </details>

      <footer className="mt-4 space-y-3">
        {entry.card && <CardStatus card={entry.card} timeZone={timeZone} />}
        <NoteEditor questionId={entry.questionId} note={entry.note} />
        <ReportProblemButton questionId={entry.questionId} questionVersion={latest.version} />
      </footer>
    </article>
  );
}
