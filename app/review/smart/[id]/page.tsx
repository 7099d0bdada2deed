import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { plural } from "@/components/review/format.ts";
import { buttonClass } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import { isAppError } from "@/lib/errors.ts";
import { requireUserForPage } from "@/lib/server/auth/session.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { getSmartPlan, type SmartPlanDto } from "@/lib/server/review/get-smart-plan.ts";
import { attemptIdParam } from "@/lib/validation/attempts.ts";
import { Breadcrumb } from "@/components/ui/breadcrumb.tsx";

export const metadata: Metadata = { title: "Smart practice" };

type Props = { params: Promise<{ id: string }> };

async function loadPlan(userId: string, id: string): Promise<SmartPlanDto> {
  const parsed = attemptIdParam.safeParse(id);
  if (!parsed.success) notFound();
  try {
    return await getSmartPlan(await getPrisma(), userId, parsed.data);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function SmartPlanPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUserForPage(`/review/smart/${id}`);
  const plan = await loadPlan(user.id, id);
  const focus = plan.estimates.filter((e) => e.picked > 0);

  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <Breadcrumb trail={[{ href: "/review", label: "Reviews" }]} current="Smart practice" />
      <header className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <p className="font-mono text-sm font-semibold text-brand-700 dark:text-brand-300">{plan.exam.code}</p>
          <h1 className="mt-1 text-3xl font-bold tracking-tight">Smart practice: {plural(plan.picks.length, "question")}</h1>
          <p className="mt-2 text-slate-600 dark:text-slate-300">Picked where a point helps most — weak areas, weighted by their share of the exam, at your level.</p>
        </div>
        {plan.status === "IN_PROGRESS" ? (
          <Link href={`/attempts/${plan.id}`} className={buttonClass("primary", "shrink-0")}>
            Start the questions
          </Link>
        ) : (
          <Link href={`/attempts/${plan.id}/review`} className={buttonClass("secondary", "shrink-0")}>
            Review your answers
          </Link>
        )}
      </header>

      <Card aria-labelledby="focus-heading">
        <h2 id="focus-heading" className="text-lg font-semibold">
          Where this session focuses
        </h2>
        <ul className="mt-4 space-y-4">
          {focus.map((area) => (
            <li key={area.key}>
              <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
                <span className="font-medium">{area.name}</span>
                <span className="text-slate-600 dark:text-slate-300">{plural(area.picked, "question")}</span>
              </div>
              <p className="mt-0.5 text-xs text-slate-500 dark:text-slate-400">
                {area.answered === 0 ? "No answers yet" : `${area.correct} of your last ${area.answered} right`} · {`estimated ${Math.round(area.accuracy * 100)}\u00a0%`} ·{" "}
                {`${area.weightMin}–${area.weightMax}\u00a0% of the exam`}
              </p>
              <div className="mt-1.5 h-2 w-full overflow-hidden rounded-full bg-slate-100 dark:bg-slate-800" aria-hidden="true">
                <div className="h-full rounded-full bg-brand-600 dark:bg-brand-400" style={{ width: `${(area.picked / plan.picks.length) * 100}%` }} />
              </div>
            </li>
          ))}
        </ul>
      </Card>

      <Card aria-labelledby="picks-heading">
        <h2 id="picks-heading" className="text-lg font-semibold">
          Why each question
        </h2>
        <ol className="mt-3 divide-y divide-slate-200 dark:divide-slate-800">
          {plan.picks.map((pick) => (
            <li key={pick.position} className="flex gap-3 py-3 text-sm">
              <span className="w-6 shrink-0 font-mono font-semibold text-slate-500 dark:text-slate-400">{pick.position + 1}.</span>
              <span className="text-slate-700 dark:text-slate-200">{pick.reason}</span>
            </li>
          ))}
        </ol>
      </Card>
    </div>
  );
}
