import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { MODE_LABEL } from "@/components/practice/labels.ts";
import { ResultSummary } from "@/components/practice/result/result-summary.tsx";
import { ReviewList } from "@/components/practice/result/review-list.tsx";
import { SkillBreakdown } from "@/components/practice/result/skill-breakdown.tsx";
import { ButtonLink } from "@/components/ui/button.tsx";
import { requireUserForPage } from "@/lib/server/auth/session.ts";
import { loadOwnAttempt } from "../load-own-attempt.ts";
import { Breadcrumb } from "@/components/ui/breadcrumb.tsx";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const user = await requireUserForPage(`/attempts/${id}/result`);
  const attempt = await loadOwnAttempt(user.id, id);
  return { title: `Result: ${attempt.exam.code} ${MODE_LABEL[attempt.mode].toLowerCase()}` };
}

export default async function AttemptResultPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUserForPage(`/attempts/${id}/result`);
  const attempt = await loadOwnAttempt(user.id, id);
  if (attempt.status !== "SUBMITTED" || !attempt.result) redirect(`/attempts/${id}`);
  const { result } = attempt;

  return (
    <div className="space-y-8">
      <Breadcrumb
        trail={[
          { href: "/exams", label: "Exams" },
          { href: `/exams/${attempt.exam.slug}`, label: attempt.exam.code },
        ]}
        current="Result"
      />
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <p className="text-sm font-semibold text-brand-700 dark:text-brand-300">
            {attempt.exam.code} · {MODE_LABEL[attempt.mode]}
          </p>
          <h1 className="mt-1 text-3xl font-bold tracking-tight">Your result</h1>
          {result.autoSubmitted && (
            <p className="mt-2 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950/60 dark:text-amber-100">
              The time ran out, so this attempt was submitted automatically with the answers given by then.
            </p>
          )}
        </div>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href={`/attempts/${attempt.id}/review`} variant="secondary">
            Review with notes and due dates
          </ButtonLink>
          <ButtonLink href={`/exams/${attempt.exam.slug}/practice`}>Practise again</ButtonLink>
        </div>
      </header>

      <div className="grid items-start gap-6 lg:grid-cols-2">
        <ResultSummary result={result} questionCount={attempt.items.length} />
        <SkillBreakdown areas={result.perSkillArea} />
      </div>

      <section aria-labelledby="review-heading" className="space-y-4">
        <h2 id="review-heading" className="text-2xl font-semibold">
          Review your answers
        </h2>
        <ReviewList items={attempt.items} />
      </section>
    </div>
  );
}
