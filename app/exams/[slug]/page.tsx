import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LevelBadge } from "@/components/catalog/level-badge.tsx";
import { LifecycleNotice } from "@/components/catalog/lifecycle-notice.tsx";
import { SkillOutline } from "@/components/catalog/skill-outline.tsx";
import { socialMetadata } from "@/components/tools/social-metadata.ts";
import { ButtonLink } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import { getExamBySlug, type ExamDto } from "@/lib/server/catalog/get-exams.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { Breadcrumb } from "@/components/ui/breadcrumb.tsx";

type Props = { params: Promise<{ slug: string }> };

async function loadExam(slug: string): Promise<ExamDto> {
  const exam = await getExamBySlug(await getPrisma(), slug);
  if (!exam) notFound();
  return exam;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const exam = await getExamBySlug(await getPrisma(), (await params).slug);
  if (!exam) return { title: "Exam not found" };
  return socialMetadata({ title: `${exam.code}: ${exam.title}`, description: exam.summary, path: `/exams/${exam.slug}` });
}

const DIFFICULTY = ["", "Gentle", "Moderate", "Challenging", "Hard", "Very hard"];

export default async function ExamPage({ params }: Props) {
  const exam = await loadExam((await params).slug);
  const today = new Date().toISOString().slice(0, 10);
  const facts: [string, string][] = [
    ["Questions", `${exam.questionCount}`],
    ["Duration", `${exam.durationMinutes} minutes`],
    ["Pass mark", `${exam.passMark} of 1000`],
    ["Difficulty", `${DIFFICULTY[exam.difficulty]} (${exam.difficulty}/5)`],
  ];

  return (
    <div className="space-y-8">
      <Breadcrumb trail={[{ href: "/exams", label: "Exams" }]} current={exam.code} />

      <header>
        <div className="flex flex-wrap items-center gap-2">
          <span className="font-mono text-lg font-semibold text-brand-700 dark:text-brand-300">{exam.code}</span>
          <LevelBadge level={exam.level} />
        </div>
        <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">{exam.title}</h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-600 dark:text-slate-300">{exam.summary}</p>
        <div className="mt-5 flex flex-wrap items-center gap-x-4 gap-y-2">
          <ButtonLink href={`/exams/${exam.slug}/practice`} className="px-5 py-2.5 text-base">
            Practise {exam.code}
          </ButtonLink>
          <span className="text-sm text-slate-500 dark:text-slate-400">Timed exam simulation, practice with explanations, drills and custom quizzes.</span>
        </div>
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-300">
          Pass or your money back:{" "}
          <Link href={`/guarantee/${exam.slug}`} className="font-semibold text-brand-700 hover:underline dark:text-brand-300">
            see the {exam.code} guarantee and where you stand
          </Link>
          .
        </p>
      </header>

      {exam.lifecycle && <LifecycleNotice code={exam.code} lifecycle={exam.lifecycle} today={today} />}

      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        {facts.map(([label, value]) => (
          <div key={label} className="rounded-xl bg-white p-4 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">{label}</dt>
            <dd className="mt-1 text-lg font-semibold">{value}</dd>
          </div>
        ))}
      </dl>

      <div className="grid items-start gap-6 lg:grid-cols-[1.6fr_1fr]">
        <Card aria-labelledby="outline-heading">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="outline-heading" className="text-xl font-semibold">
              Skills measured
            </h2>
            <p className="text-xs text-slate-500 dark:text-slate-400">
              Outline as of {exam.outlineDate} ·{" "}
              <a href={exam.outlineUrl} className="underline hover:no-underline" rel="noreferrer" target="_blank">
                official study guide
              </a>
            </p>
          </div>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">Share of the exam&apos;s questions each area takes, as a range.</p>
          <div className="mt-6">
            <SkillOutline areas={exam.skillAreas} />
          </div>
        </Card>

        <div className="space-y-6">
          <Card aria-labelledby="prereq-heading">
            <h2 id="prereq-heading" className="text-lg font-semibold">
              Prerequisites
            </h2>
            {exam.prerequisites.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">None — you can take this exam first.</p>
            ) : (
              <ul className="mt-2 space-y-2 text-sm text-slate-600 dark:text-slate-300">
                {exam.prerequisites.map((group, i) => (
                  <li key={i}>
                    To earn the certification you also need{" "}
                    {group.map((p, j) => (
                      <span key={p.code}>
                        {j > 0 && " or "}
                        <Link href={`/exams/${p.slug}`} className="font-semibold text-brand-700 hover:underline dark:text-brand-300">
                          {p.code} ({p.title})
                        </Link>
                      </span>
                    ))}
                    .
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card aria-labelledby="who-heading">
            <h2 id="who-heading" className="text-lg font-semibold">
              Who it is for
            </h2>
            <dl className="mt-2 space-y-2 text-sm">
              <div>
                <dt className="font-medium">Role</dt>
                <dd className="text-slate-600 dark:text-slate-300">{exam.role}</dd>
              </div>
              <div>
                <dt className="font-medium">Primary focus</dt>
                <dd className="text-slate-600 dark:text-slate-300">{exam.primaryFocus}</dd>
              </div>
              <div>
                <dt className="font-medium">Best for</dt>
                <dd className="text-slate-600 dark:text-slate-300">{exam.bestFor}</dd>
              </div>
            </dl>
          </Card>
          <Card aria-labelledby="skills-heading">
            <h2 id="skills-heading" className="text-lg font-semibold">
              Key skills
            </h2>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-600 dark:text-slate-300">
              {exam.keySkills.map((skill) => (
                <li key={skill}>{skill}</li>
              ))}
            </ul>
            <p className="mt-4 text-xs text-slate-500 dark:text-slate-400">{exam.publishedQuestions} practice questions in our bank.</p>
          </Card>
        </div>
      </div>
    </div>
  );
}
