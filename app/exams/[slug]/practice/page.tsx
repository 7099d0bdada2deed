import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PracticeStart } from "@/components/practice/start/practice-start.tsx";
import { requireUserForPage } from "@/lib/server/auth/session.ts";
import { getExamBySlug } from "@/lib/server/catalog/get-exams.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { Breadcrumb } from "@/components/ui/breadcrumb.tsx";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const exam = await getExamBySlug(await getPrisma(), (await params).slug);
  return { title: exam ? `Practise ${exam.code}` : "Exam not found" };
}

export default async function PracticeStartPage({ params }: Props) {
  const { slug } = await params;
  await requireUserForPage(`/exams/${slug}/practice`);
  const exam = await getExamBySlug(await getPrisma(), slug);
  if (!exam) notFound();

  return (
    <div className="space-y-8">
      <Breadcrumb
        trail={[
          { href: "/exams", label: "Exams" },
          { href: `/exams/${exam.slug}`, label: exam.code },
        ]}
        current="Practise"
      />
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Practise {exam.code}</h1>
        <p className="mt-2 max-w-3xl text-slate-600 dark:text-slate-300">
          {exam.title}. Every answer is saved as you give it, so you can close the tab and pick up where you left off.
        </p>
      </header>
      <PracticeStart
        exam={{
          code: exam.code,
          slug: exam.slug,
          title: exam.title,
          questionCount: exam.questionCount,
          durationMinutes: exam.durationMinutes,
          passMark: exam.passMark,
          publishedQuestions: exam.publishedQuestions,
          skillAreas: exam.skillAreas,
        }}
      />
    </div>
  );
}
