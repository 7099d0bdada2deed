import type { Metadata } from "next";
import Link from "next/link";
import { ExamCard } from "@/components/catalog/exam-card.tsx";
import { socialMetadata } from "@/components/tools/social-metadata.ts";
import { StudyTools } from "@/components/tools/study-tools.tsx";
import { PolicySummary } from "@/components/guarantee/policy-summary.tsx";
import { DEFAULT_POLICY } from "@/lib/domain/guarantee/policy-rules.ts";
import { ButtonLink } from "@/components/ui/button.tsx";
import { listExams } from "@/lib/server/catalog/get-exams.ts";
import { getPrisma } from "@/lib/server/db/client.ts";

const PROMISES = [
  {
    title: "Questions that look like the real exam",
    text: "Single and multiple answer, yes/no series, build-a-sequence and case studies — written from the official skills outlines, with an explanation for every option and a link to the documentation.",
  },
  {
    title: "Weighted like the real thing",
    text: "Every exam page shows Microsoft's skills outline with its weights, so you can see where the points are before you spend your evenings.",
  },
  {
    title: "Straight about what changes",
    text: "Microsoft retires and replaces exams. When we hear of it we show it, with where we heard it and whether Microsoft has confirmed it.",
  },
];

export function generateMetadata(): Metadata {
  return socialMetadata({
    title: "PassPath — practice for Microsoft Azure certification exams",
    description: "Exam-style practice questions, timed simulations and free study tools — compare exams, find which to take first, plan your weeks — for AZ-900, AZ-104, AZ-204 and AZ-400.",
    path: "/",
    absoluteTitle: true,
  });
}

export default async function HomePage() {
  const exams = await listExams(await getPrisma());
  return (
    <div className="space-y-16">
      <section className="grid items-center gap-10 lg:grid-cols-[1.2fr_1fr]">
        <div>
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-300">Microsoft Azure certification practice</p>
          <h1 className="mt-3 text-4xl font-bold tracking-tight sm:text-5xl">Walk into your Azure exam knowing you are ready.</h1>
          <p className="mt-5 max-w-xl text-lg text-slate-600 dark:text-slate-300">
            PassPath prepares you for AZ-900, AZ-104, AZ-204 and AZ-400 with exam-style questions, timed simulations and explanations that teach the rule, not just the letter.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <ButtonLink href="/signup">Create a free account</ButtonLink>
            <ButtonLink href="/exams" variant="secondary">
              Browse the exams
            </ButtonLink>
          </div>
        </div>
        <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
          <h2 className="text-sm font-semibold text-slate-500 dark:text-slate-400">A common path for developers</h2>
          <ol className="mt-4 space-y-3">
            {[
              ["AZ-900", "Fundamentals — optional, a gentle start"],
              ["AZ-204", "Azure Developer Associate"],
              ["AZ-400", "DevOps Engineer Expert — needs AZ-104 or AZ-204"],
            ].map(([code, text], i) => (
              <li key={code} className="flex items-center gap-3">
                <span className="grid h-8 w-8 shrink-0 place-items-center rounded-full bg-brand-100 text-sm font-bold text-brand-800 dark:bg-brand-950 dark:text-brand-200">{i + 1}</span>
                <span>
                  <Link href={`/exams/${code!.toLowerCase()}`} className="font-mono font-semibold text-brand-700 hover:underline dark:text-brand-300">
                    {code}
                  </Link>{" "}
                  <span className="text-sm text-slate-600 dark:text-slate-300">{text}</span>
                </span>
              </li>
            ))}
          </ol>
        </div>
      </section>

      <section aria-labelledby="exams-heading">
        <div className="flex items-end justify-between gap-4">
          <h2 id="exams-heading" className="text-2xl font-bold tracking-tight">
            The exams
          </h2>
          <Link href="/exams" className="text-sm font-semibold text-brand-700 hover:underline dark:text-brand-300">
            Full catalog →
          </Link>
        </div>
        <div className="mt-6 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
          {exams.map((exam) => (
            <ExamCard key={exam.code} exam={exam} />
          ))}
        </div>
      </section>

      <StudyTools />

      <section aria-labelledby="guarantee-heading" className="grid items-start gap-8 rounded-2xl bg-white p-6 ring-1 ring-slate-200 sm:p-8 lg:grid-cols-[1fr_1.3fr] dark:bg-slate-900 dark:ring-slate-800">
        <div>
          <h2 id="guarantee-heading" className="text-2xl font-bold tracking-tight">
            Pass, or your money back
          </h2>
          <p className="mt-3 text-slate-600 dark:text-slate-300">
            If you do the work and still fail the real exam, we refund you. The conditions are below, in full — no fine print. Once you enrol, your exam&apos;s guarantee page tracks each one live, so you always know where you stand.
          </p>
          <p className="mt-4 text-sm text-slate-500 dark:text-slate-400">Each exam has its own published policy. A claim is judged by the version in force when it is filed, and that version is kept with the claim.</p>
        </div>
        <div>
          <h3 className="text-sm font-semibold text-slate-500 dark:text-slate-400">The standard conditions</h3>
          <div className="mt-3">
            <PolicySummary rules={DEFAULT_POLICY} passMark={700} />
          </div>
        </div>
      </section>

      <section aria-labelledby="why-heading" className="grid gap-6 md:grid-cols-3">
        <h2 id="why-heading" className="sr-only">
          Why PassPath
        </h2>
        {PROMISES.map((promise) => (
          <div key={promise.title} className="rounded-2xl bg-white p-6 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
            <h3 className="font-semibold">{promise.title}</h3>
            <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">{promise.text}</p>
          </div>
        ))}
      </section>
    </div>
  );
}
