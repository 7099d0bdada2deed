import type { Metadata } from "next";
import Link from "next/link";
import { CopyLinkButton } from "@/components/tools/copy-link-button.tsx";
import { hoursLabel, longDay } from "@/components/tools/format-day.ts";
import { PlanAreas } from "@/components/tools/plan-areas.tsx";
import { PlanWeeks } from "@/components/tools/plan-weeks.tsx";
import { PlannerForm } from "@/components/tools/planner-form.tsx";
import { socialMetadata } from "@/components/tools/social-metadata.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { buttonClass } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import { MAX_DAYS, MIN_DAYS } from "@/lib/domain/planning/build-study-plan.ts";
import { addDays, isoDayOf } from "@/lib/domain/planning/dates.ts";
import { getCurrentUser } from "@/lib/server/auth/session.ts";
import { listExams } from "@/lib/server/catalog/get-exams.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { fieldErrorsOf } from "@/lib/server/http/respond.ts";
import { getStudyPlan, type StudyPlanView } from "@/lib/server/planning/get-study-plan.ts";
import { firstValues, plannerQuerySchema } from "@/lib/validation/planning.ts";

export function generateMetadata(): Metadata {
  return socialMetadata({
    title: "Azure exam study planner",
    description: "Your exam, your date and your hours a week become a week-by-week plan weighted by the official skills outline, with exam simulations, review days and a calendar file.",
    path: "/planner",
  });
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PlannerPage({ searchParams }: Props) {
  const prisma = await getPrisma();
  const [exams, user] = await Promise.all([listExams(prisma), getCurrentUser()]);
  const params = firstValues(await searchParams);
  const today = isoDayOf(new Date());
  const asked = params.date !== undefined || params.hours !== undefined;
  const parsed = plannerQuerySchema.safeParse(params);
  const known = parsed.success && exams.some((exam) => exam.slug === parsed.data.exam);
  const errors = asked && !parsed.success ? fieldErrorsOf(parsed.error) : asked && !known ? { exam: ["Choose an exam from the list."] } : {};
  const view: StudyPlanView | null = asked && parsed.success && known ? await getStudyPlan(prisma, user?.id ?? null, parsed.data, today) : null;
  const values = {
    exam: params.exam ?? exams.find((exam) => exam.code === "AZ-204")?.slug,
    date: params.date ?? addDays(today, 56),
    hours: params.hours ?? "8",
  };
  const returnTo = `/planner?${new URLSearchParams({ exam: values.exam ?? "", date: values.date, hours: values.hours })}`;

  return (
    <div className="space-y-8">
      <header>
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-300">Study planner</p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl">Plan your study, week by week</h1>
        <p className="mt-3 max-w-2xl text-lg text-slate-600 dark:text-slate-300">
          Tell us the exam, the date and the hours you have. We divide the time by the skills outline&apos;s weights — and by your weak areas once you practise — and place the simulations the guarantee asks for.
        </p>
      </header>

      <Card aria-label="Plan settings">
        <PlannerForm exams={exams} values={values} errors={errors} minDate={addDays(today, MIN_DAYS)} maxDate={addDays(today, MAX_DAYS)} />
      </Card>

      {view && !view.result.ok && (
        <Alert tone="warning" title="We cannot plan for that date">
          {view.result.message}
        </Alert>
      )}

      {view?.result.ok && <PlanSection view={view} plan={view.result.plan} signedIn={Boolean(user)} returnTo={returnTo} />}
    </div>
  );
}

function PlanSection({ view, plan, signedIn, returnTo }: { view: StudyPlanView; plan: Extract<StudyPlanView["result"], { ok: true }>["plan"]; signedIn: boolean; returnTo: string }) {
  const query = new URLSearchParams({ exam: view.exam.slug, date: plan.examDate, hours: String(plan.hoursPerWeek) });
  const [basis, ...notes] = plan.notes;
  const examDay = plan.milestones.at(-1)!;
  return (
    <section id="plan" aria-labelledby="plan-heading" className="scroll-mt-6 space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h2 id="plan-heading" className="text-2xl font-bold tracking-tight">
            Your {plan.exam.code} plan
          </h2>
          <p className="mt-1 text-slate-600 dark:text-slate-300">
            {plan.daysLeft} days to {longDay(plan.examDate)} · {plan.weeks.length} weeks · {hoursLabel(plan.hoursPerWeek)} a week · {hoursLabel(plan.totalHours)} in all
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <a href={`/api/planner/ics?${query}`} download className={buttonClass("primary")}>
            Add to calendar (.ics)
          </a>
          <CopyLinkButton />
        </div>
      </div>

      <Alert tone={view.personalised ? "success" : "info"}>
        <p>{basis}</p>
        {!signedIn && (
          <p className="mt-1">
            <Link href={`/signin?callbackUrl=${encodeURIComponent(returnTo)}`} className="font-semibold underline">
              Sign in
            </Link>{" "}
            to fit it to your own results.
          </p>
        )}
        <p className="mt-1 text-xs opacity-80">The plan is worked out afresh from today&apos;s date and your latest results each time you open this address.</p>
      </Alert>
      {notes.map((note) => (
        <Alert key={note} tone="warning">
          {note}
        </Alert>
      ))}

      <div className="grid items-start gap-6 lg:grid-cols-[1fr_1.8fr]">
        <Card aria-labelledby="areas-heading" className="lg:sticky lg:top-6">
          <h3 id="areas-heading" className="text-lg font-semibold">
            Where your study time goes
          </h3>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">Study hours per skill area, besides simulations and reviews.</p>
          <div className="mt-5">
            <PlanAreas areas={plan.areas} />
          </div>
        </Card>
        <PlanWeeks weeks={plan.weeks} exam={examDay} />
      </div>
    </section>
  );
}
