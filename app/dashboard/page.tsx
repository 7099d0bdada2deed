import type { Metadata } from "next";
import Link from "next/link";
import { MasteryList } from "@/components/dashboard/mastery-list.tsx";
import { RecentAttempts } from "@/components/dashboard/recent-attempts.tsx";
import { ScoreHistoryChart } from "@/components/dashboard/score-history-chart.tsx";
import { StatTile } from "@/components/dashboard/stat-tile.tsx";
import { ReadinessCard } from "@/components/readiness/readiness-card.tsx";
import { ButtonLink } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import { requireUserForPage } from "@/lib/server/auth/session.ts";
import { getDashboard, type ExamDashboardDto } from "@/lib/server/dashboard/get-dashboard.ts";
import { getPrisma } from "@/lib/server/db/client.ts";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requireUserForPage("/dashboard");
  const dashboard = await getDashboard(await getPrisma(), user.id);
  const hours = Math.floor(dashboard.studyMinutesLast30Days / 60);
  const minutes = dashboard.studyMinutesLast30Days % 60;

  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Welcome back, {user.name.split(" ")[0]}</h1>
        <p className="mt-2 text-slate-600 dark:text-slate-300">Where you stand, and what to do next.</p>
      </header>

      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3">
        <StatTile label="Study streak" value={`${dashboard.streakDays} day${dashboard.streakDays === 1 ? "" : "s"}`} hint="Days in a row with at least one answer" />
        <StatTile label="Study time" value={hours ? `${hours} h ${minutes} min` : `${minutes} min`} hint="Last 30 days" />
        <StatTile label="Answers" value={dashboard.answeredLast30Days} hint="Last 30 days" />
      </dl>

      {dashboard.exams.length === 0 ? (
        <Card className="text-center">
          <h2 className="text-xl font-semibold">Pick an exam to begin</h2>
          <p className="mx-auto mt-2 max-w-lg text-slate-600 dark:text-slate-300">
            Start with a short practice quiz: you get feedback after every answer, and your progress shows up here — after about 30 answers, with an estimate of how likely you are to pass.
          </p>
          <div className="mt-6 flex flex-wrap justify-center gap-3">
            <ButtonLink href="/exams">Choose an exam</ButtonLink>
            <ButtonLink href="/compare" variant="secondary">
              Compare exams
            </ButtonLink>
          </div>
        </Card>
      ) : (
        dashboard.exams.map((exam) => <ExamSection key={exam.exam.code} exam={exam} />)
      )}
    </div>
  );
}

function ExamSection({ exam }: { exam: ExamDashboardDto }) {
  const coverage = exam.coverage.published ? Math.round((exam.coverage.seen / exam.coverage.published) * 100) : 0;
  return (
    <section aria-labelledby={`exam-${exam.exam.code}`} className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id={`exam-${exam.exam.code}`} className="text-2xl font-bold tracking-tight">
            <span className="font-mono text-brand-700 dark:text-brand-300">{exam.exam.code}</span> {exam.exam.title}
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-300">
            {exam.coverage.seen} of {exam.coverage.published} questions seen ({coverage} %)
            {exam.reviewsDue > 0 && (
              <>
                {" · "}
                <Link href="/review" className="font-semibold text-brand-700 hover:underline dark:text-brand-300">
                  {exam.reviewsDue} review{exam.reviewsDue === 1 ? "" : "s"} due
                </Link>
              </>
            )}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href={`/guarantee/${exam.exam.slug}`} variant="secondary">
            Guarantee status
          </ButtonLink>
          <ButtonLink href={`/exams/${exam.exam.slug}/practice`}>Practise {exam.exam.code}</ButtonLink>
        </div>
      </div>
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <ReadinessCard exam={exam.exam} readiness={exam.readiness} hasSimulation={exam.history.some((h) => h.mode === "EXAM")} reviewsDue={exam.reviewsDue} />
        <Card aria-label={`${exam.exam.code} score history`}>
          <h3 className="text-lg font-semibold">Score history</h3>
          {exam.history.length === 0 ? (
            <p className="mt-3 text-sm text-slate-600 dark:text-slate-300">Submit an attempt to see your scores here. An exam simulation shows where you stand against the pass mark.</p>
          ) : (
            <div className="mt-4">
              <ScoreHistoryChart points={exam.history} passMark={exam.exam.passMark} />
            </div>
          )}
        </Card>
      </div>
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <Card aria-label={`${exam.exam.code} mastery by skill area`}>
          <h3 className="text-lg font-semibold">Mastery by skill area</h3>
          <div className="mt-4">
            <MasteryList areas={exam.mastery} />
          </div>
        </Card>
        <div className="grid gap-6">
          <Card aria-label={`${exam.exam.code} recent attempts`}>
            <h3 className="text-lg font-semibold">Recent attempts</h3>
            {exam.recentAttempts.length > 0 ? (
              <RecentAttempts attempts={exam.recentAttempts} />
            ) : (
              <p className="mt-3 text-sm text-slate-600 dark:text-slate-300">Your quizzes and exam simulations will be listed here, with a link back to each result.</p>
            )}
          </Card>
          <Card aria-label={`${exam.exam.code} real exam result`}>
            <h3 className="text-lg font-semibold">Took the real exam?</h3>
            <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">
              Tell us whether you passed or failed {exam.exam.code}. Every reported result teaches the readiness estimate where Microsoft&apos;s pass mark really sits — for you and for everyone.
            </p>
            <ButtonLink href={`/dashboard/results/${exam.exam.slug}`} variant="secondary" className="mt-4">
              Report your {exam.exam.code} result
            </ButtonLink>
          </Card>
        </div>
      </div>
    </section>
  );
}
