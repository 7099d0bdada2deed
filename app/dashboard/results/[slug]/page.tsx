import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OutcomeForm } from "@/components/readiness/outcome-form.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { Card } from "@/components/ui/card.tsx";
import { requireUserForPage } from "@/lib/server/auth/session.ts";
import { getExamBySlug } from "@/lib/server/catalog/get-exams.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { listExamOutcomes } from "@/lib/server/readiness/list-exam-outcomes.ts";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Report a real exam result" };

/** The furthest-ahead time zone is UTC+14: its "today" is the latest date a learner can have sat the exam. */
const latestDay = (now: Date) => new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);

export default async function ReportResultPage({ params }: Props) {
  const { slug } = await params;
  const user = await requireUserForPage(`/dashboard/results/${slug}`);
  const prisma = await getPrisma();
  const exam = await getExamBySlug(prisma, slug);
  if (!exam) notFound();
  const outcomes = await listExamOutcomes(prisma, user.id, exam.code);

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500 dark:text-slate-400">
        <Link href="/dashboard" className="hover:underline">
          Dashboard
        </Link>{" "}
        / <span aria-current="page">Real exam result</span>
      </nav>
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Your real {exam.code} result</h1>
        <p className="mt-2 text-slate-600 dark:text-slate-300">
          Microsoft&apos;s 700 is a scaled score, not 70 % right, so we learn where the pass mark sits on our questions from results learners report. Only the result, date and score are kept, and only to calibrate readiness.
        </p>
      </header>
      <Card>
        <OutcomeForm exam={{ code: exam.code, title: exam.title, passMark: exam.passMark }} today={latestDay(new Date())} />
      </Card>
      {outcomes.length > 0 && (
        <Card aria-labelledby="reported-results">
          <h2 id="reported-results" className="text-lg font-semibold">
            Results you reported
          </h2>
          <ul className="mt-3 divide-y divide-slate-200 text-sm dark:divide-slate-800">
            {outcomes.map((outcome) => (
              <li key={outcome.id} className="flex items-center justify-between gap-3 py-2.5">
                <span className="tabular-nums">{outcome.takenOn}</span>
                <Badge tone={outcome.passed ? "success" : "danger"}>
                  {outcome.passed ? "Passed" : "Failed"}
                  {outcome.score !== null ? ` · ${outcome.score}` : ""}
                </Badge>
              </li>
            ))}
          </ul>
          <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">A second report for the same day replaces the first.</p>
        </Card>
      )}
    </div>
  );
}
