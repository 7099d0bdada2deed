import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { MODE_NAME } from "@/components/review/mode-label.ts";
import { PostButton } from "@/components/review/post-button.tsx";
import { ReviewFilterBar, type FilterCounts } from "@/components/review/review-filter-bar.tsx";
import { ReviewItem } from "@/components/review/review-item.tsx";
import { SkillBreakdown } from "@/components/review/skill-breakdown.tsx";
import { TimeZoneSync } from "@/components/review/time-zone-sync.tsx";
import { formatDay, plural } from "@/components/review/format.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { buttonClass } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import { isAppError } from "@/lib/errors.ts";
import type { QuestionType } from "@/lib/domain/questions/content.ts";
import { filtersQuery, matchesFilters } from "@/lib/domain/review/review-filters.ts";
import { requireUserForPage } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import type { AttemptReviewDto } from "@/lib/server/review/dto.ts";
import { getAttemptReview } from "@/lib/server/review/get-attempt-review.ts";
import { catchUpReviews } from "@/lib/server/review/record-graded-answers.ts";
import { learnerTimeZone, pageClock } from "@/lib/server/review/request-clock.ts";
import { attemptIdParam } from "@/lib/validation/attempts.ts";
import { reviewFiltersSchema } from "@/lib/validation/review.ts";
import { Breadcrumb } from "@/components/ui/breadcrumb.tsx";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Attempt review" };

async function loadReview(userId: string, id: string): Promise<AttemptReviewDto> {
  const parsed = attemptIdParam.safeParse(id);
  if (!parsed.success) notFound();
  try {
    const prisma = await getPrisma();
    // Catches up answers graded before scheduling was hooked into grading, so the cards shown are current.
    await catchUpReviews(prisma, userId);
    return await getAttemptReview(prisma, userId, parsed.data, await pageClock());
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function AttemptReviewPage({ params, searchParams }: Props) {
  const { id } = await params;
  const basePath = `/attempts/${id}/review`;
  const user = await requireUserForPage(basePath);
  const review = await loadReview(user.id, id);
  if (review.kind === "in-progress") redirect(`/attempts/${review.id}`);

  const filters = reviewFiltersSchema.parse(await searchParams);
  const timeZone = await learnerTimeZone();
  const { attempt, items } = review;
  const result = attempt.result;
  const filterable = items.map((item) => ({
    item,
    facts: { isCorrect: item.reveal?.isCorrect === true, flagged: item.flagged, skillAreaKey: item.skillArea.key, type: item.view.type },
  }));
  const shown = filterable.filter((f) => matchesFilters(f.facts, filters)).map((f) => f.item);
  const counts = countFilters(filterable.map((f) => ({ ...f.facts, skillAreaName: f.item.skillArea.name })));
  const rightCount = counts.right;

  return (
    <div className="space-y-8">
      <TimeZoneSync serverTimeZone={timeZone} />
      <Breadcrumb trail={[{ href: `/exams/${attempt.exam.slug}`, label: attempt.exam.code }]} current="Review" />

      <header className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <p className="font-mono text-sm font-semibold text-brand-700 dark:text-brand-300">{attempt.exam.code}</p>
          <h1 className="mt-1 text-3xl font-bold tracking-tight">Review: {MODE_NAME[attempt.mode].toLowerCase()}</h1>
          <p className="mt-2 text-slate-600 dark:text-slate-300">
            {attempt.submittedAt ? `Finished ${formatDay(attempt.submittedAt, timeZone)} · ` : ""}
            {rightCount} of {plural(items.length, "question")} right
            {result ? ` · ${Math.round(result.rawPercent)}\u00a0%` : ""}
          </p>
        </div>
        <div className="flex flex-wrap items-start gap-2">
          {review.missedCount > 0 && (
            <PostButton url="/api/review/retry" body={{ attemptId: attempt.id }} goTo="/attempts/{id}">
              Retry {plural(review.missedCount, "missed question")}
            </PostButton>
          )}
          <Link href={`/attempts/${attempt.id}/result`} className={buttonClass("secondary")}>
            Result
          </Link>
        </div>
      </header>

      {result && (
        <div className="grid items-start gap-6 lg:grid-cols-[1fr_1.4fr]">
          <Card aria-labelledby="score-heading">
            <h2 id="score-heading" className="text-lg font-semibold">
              Score
            </h2>
            <dl className="mt-4 grid grid-cols-2 gap-4 text-sm">
              <div>
                <dt className="text-slate-500 dark:text-slate-400">Raw score</dt>
                <dd className="mt-0.5 text-2xl font-semibold tabular-nums">{`${Math.round(result.rawPercent)}\u00a0%`}</dd>
              </div>
              <div>
                <dt className="text-slate-500 dark:text-slate-400">Scaled (estimate)</dt>
                <dd className="mt-0.5 flex items-center gap-2 text-2xl font-semibold tabular-nums">
                  {result.scaledScore}
                  {attempt.mode === "EXAM" && <Badge tone={result.passed ? "success" : "danger"}>{result.passed ? "Pass" : "Fail"}</Badge>}
                </dd>
              </div>
            </dl>
            <p className="mt-4 text-sm text-slate-600 dark:text-slate-300">
              Wrong answers go to your <Link href="/notebook" className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300">notebook</Link> and come back in your{" "}
              <Link href="/review" className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300">
                reviews
              </Link>{" "}
              when they are due.
            </p>
          </Card>
          <Card aria-labelledby="areas-heading">
            <h2 id="areas-heading" className="text-lg font-semibold">
              By skill area
            </h2>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">Select an area to see its questions.</p>
            <div className="mt-4">
              <SkillBreakdown areas={result.perSkillArea} hrefFor={(key) => `${basePath}${filtersQuery({ result: "all", flagged: false, area: key })}#questions`} />
            </div>
          </Card>
        </div>
      )}

      <section aria-labelledby="questions-heading" id="questions" className="scroll-mt-6 space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="questions-heading" className="text-xl font-semibold">
            Questions
          </h2>
          <p className="text-sm text-slate-500 dark:text-slate-400" aria-live="polite">
            Showing {shown.length} of {items.length}
          </p>
        </div>
        <ReviewFilterBar basePath={basePath} filters={filters} counts={counts} />
        {shown.length === 0 ? (
          <Alert tone="info">No question matches these filters.</Alert>
        ) : (
          <div className="space-y-4">
            {shown.map((item) => (
              <ReviewItem key={item.position} attemptId={attempt.id} item={item} timeZone={timeZone} />
            ))}
          </div>
        )}
      </section>
    </div>
  );
}

function countFilters(items: { isCorrect: boolean; flagged: boolean; skillAreaKey: string; skillAreaName: string; type: QuestionType }[]): FilterCounts {
  const areas = new Map<string, { key: string; name: string; count: number }>();
  const types = new Map<QuestionType, number>();
  for (const item of items) {
    const area = areas.get(item.skillAreaKey) ?? { key: item.skillAreaKey, name: item.skillAreaName, count: 0 };
    area.count += 1;
    areas.set(item.skillAreaKey, area);
    types.set(item.type, (types.get(item.type) ?? 0) + 1);
  }
  const order: QuestionType[] = ["single", "multiple", "yesno", "ordering"];
  return {
    all: items.length,
    wrong: items.filter((i) => !i.isCorrect).length,
    right: items.filter((i) => i.isCorrect).length,
    flagged: items.filter((i) => i.flagged).length,
    areas: [...areas.values()],
    types: order.filter((t) => types.has(t)).map((type) => ({ type, count: types.get(type)! })),
  };
}
