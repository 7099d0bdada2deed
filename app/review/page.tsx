import type { Metadata } from "next";
import Link from "next/link";
import { formatDay, plural } from "@/components/review/format.ts";
import { PostButton } from "@/components/review/post-button.tsx";
import { QueueCardList } from "@/components/review/queue-card-list.tsx";
import { SmartPracticeForm } from "@/components/review/smart-practice-form.tsx";
import { TimeZoneSync } from "@/components/review/time-zone-sync.tsx";
import { Card } from "@/components/ui/card.tsx";
import { listAttempts } from "@/lib/server/attempts/get-attempt.ts";
import { requireUserForPage } from "@/lib/server/auth/session.ts";
import { listExams } from "@/lib/server/catalog/get-exams.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { getReviewQueue } from "@/lib/server/review/get-review-queue.ts";
import { catchUpReviews } from "@/lib/server/review/record-graded-answers.ts";
import { learnerTimeZone, pageClock } from "@/lib/server/review/request-clock.ts";

export const metadata: Metadata = { title: "Reviews" };

export default async function ReviewPage() {
  const user = await requireUserForPage("/review");
  const prisma = await getPrisma();
  const [now, timeZone] = await Promise.all([pageClock(), learnerTimeZone()]);
  // Answers graded before scheduling was hooked into grading (or while it failed) are caught up here.
  await catchUpReviews(prisma, user.id);
  const [queue, exams, recent] = await Promise.all([getReviewQueue(prisma, user.id, now, timeZone), listExams(prisma), listAttempts(prisma, user.id, { take: 1 })]);
  const defaultExam = recent[0]?.examCode ?? exams[0]?.code ?? "";
  const nextDue = queue.upcoming[0];

  return (
    <div className="space-y-8">
      <TimeZoneSync serverTimeZone={timeZone} />
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Reviews</h1>
        <p className="mt-2 max-w-3xl text-slate-600 dark:text-slate-300">
          Questions you got wrong — or guessed — come back on the day you are about to forget them, scheduled by FSRS spaced repetition. Every answer you give to them, here or in
          any quiz, moves the next review.
        </p>
      </header>

      <div className="grid items-start gap-6 lg:grid-cols-[1.5fr_1fr]">
        <Card aria-labelledby="due-heading">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="due-heading" className="text-xl font-semibold">
              Due today
            </h2>
            <span className="text-sm text-slate-500 dark:text-slate-400">{formatDay(now.toISOString(), timeZone)}</span>
          </div>
          {queue.dueByExam.length === 0 ? (
            <div className="mt-3 text-sm text-slate-600 dark:text-slate-300">
              <p className="font-medium text-slate-800 dark:text-slate-100">Nothing is due today.</p>
              <p className="mt-1">
                {nextDue
                  ? `Your next review is ${formatDay(nextDue.due, timeZone)}.`
                  : "When you miss a question in a quiz or an exam simulation, it lands here on the day it is worth another look."}
              </p>
            </div>
          ) : (
            <>
              <ul className="mt-4 space-y-3">
                {queue.dueByExam.map((exam) => (
                  <li key={exam.examCode} className="flex flex-col gap-3 rounded-xl bg-slate-50 p-4 sm:flex-row sm:items-center sm:justify-between dark:bg-slate-800/50">
                    <div>
                      <p className="font-mono text-sm font-semibold text-brand-700 dark:text-brand-300">{exam.examCode}</p>
                      <p className="text-sm text-slate-600 dark:text-slate-300">
                        {exam.examTitle} · <span className="font-semibold text-slate-800 dark:text-slate-100">{plural(exam.count, "card")} due</span>
                      </p>
                    </div>
                    <PostButton url="/api/review/quiz" body={{ examCode: exam.examCode }} goTo="/attempts/{id}">
                      Start review ({Math.min(exam.count, 50)})
                    </PostButton>
                  </li>
                ))}
              </ul>
              <div className="mt-5">
                <QueueCardList cards={queue.due} timeZone={timeZone} label="Cards due today" />
                {queue.totals.due > queue.due.length && <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">and {queue.totals.due - queue.due.length} more.</p>}
              </div>
            </>
          )}
        </Card>

        <Card aria-labelledby="smart-heading">
          <h2 id="smart-heading" className="text-xl font-semibold">
            Smart practice
          </h2>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
            Picks each question where it helps most: your weakest areas, weighted by their share of the exam, at a difficulty near your level — and tells you why.
          </p>
          <div className="mt-4">
            <SmartPracticeForm exams={exams.map((e) => ({ code: e.code, title: e.title }))} defaultExam={defaultExam} />
          </div>
        </Card>
      </div>

      <Card aria-labelledby="upcoming-heading">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="upcoming-heading" className="text-xl font-semibold">
            Coming up
          </h2>
          <span className="text-sm text-slate-500 dark:text-slate-400">{plural(queue.totals.upcoming, "card")}</span>
        </div>
        {queue.upcoming.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">No reviews scheduled after today.</p>
        ) : (
          <div className="mt-2">
            <QueueCardList cards={queue.upcoming} timeZone={timeZone} label="Upcoming cards" />
            {queue.totals.upcoming > queue.upcoming.length && (
              <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">and {queue.totals.upcoming - queue.upcoming.length} more later.</p>
            )}
          </div>
        )}
        <p className="mt-4 text-sm text-slate-600 dark:text-slate-300">
          Every question you have missed, with your notes, is in your{" "}
          <Link href="/notebook" className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300">
            notebook
          </Link>
          .
        </p>
      </Card>

      {queue.totals.retired > 0 && (
        <Card aria-labelledby="retired-heading">
          <details>
            <summary className="cursor-pointer">
              <h2 id="retired-heading" className="inline text-lg font-semibold">
                Retired cards ({queue.totals.retired})
              </h2>
            </summary>
            <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">Retired questions stay out of your reviews. Your answers still update them, so a restored card comes back on schedule.</p>
            <div className="mt-2">
              <QueueCardList cards={queue.retired} timeZone={timeZone} label="Retired cards" />
            </div>
          </details>
        </Card>
      )}
    </div>
  );
}
