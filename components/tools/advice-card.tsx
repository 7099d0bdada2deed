import Link from "next/link";
import { Alert } from "@/components/ui/alert.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { ButtonLink } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import { cn } from "@/components/ui/cn.ts";
import type { Advice, StepStatus } from "@/lib/domain/planning/advise-path.ts";

const STATUS: Record<StepStatus, { label: string; tone: "success" | "brand" | "neutral" }> = {
  held: { label: "Passed", tone: "success" },
  take: { label: "Take", tone: "brand" },
  optional: { label: "Optional", tone: "neutral" },
};

const slugOf = (code: string) => code.toLowerCase();

export function AdviceCard({ advice }: { advice: Advice }) {
  const { next, goal } = advice;
  return (
    <Card id="advice" aria-labelledby="advice-heading" className="scroll-mt-6">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-300">Our recommendation</p>
      <h2 id="advice-heading" className="mt-1 text-2xl font-bold tracking-tight">
        {advice.headline}
      </h2>
      {next && <p className="mt-1 text-slate-600 dark:text-slate-300">{next.title}</p>}

      <h3 className="mt-6 text-sm font-semibold text-slate-900 dark:text-slate-100">Why</h3>
      <ul className="mt-2 space-y-2 text-sm text-slate-700 dark:text-slate-200">
        {advice.reasons.map((reason) => (
          <li key={reason} className="flex gap-2">
            <span aria-hidden="true" className="mt-1.5 h-1.5 w-1.5 shrink-0 rounded-full bg-brand-500" />
            {reason}
          </li>
        ))}
      </ul>

      {advice.path.length > 0 && (
        <>
          <h3 className="mt-6 text-sm font-semibold text-slate-900 dark:text-slate-100">Your path</h3>
          <p className="sr-only">{advice.path.map((step) => `${step.code} (${STATUS[step.status].label.toLowerCase()})`).join(", then ")}</p>
          <ol aria-label="Your path" className="mt-3 space-y-0">
            {advice.path.map((step, i) => (
              <li key={step.code} className="relative flex gap-4 pb-5 last:pb-0">
                {i < advice.path.length - 1 && <span aria-hidden="true" className="absolute left-4 top-9 bottom-0 w-px bg-slate-200 dark:bg-slate-700" />}
                <span
                  aria-hidden="true"
                  className={cn(
                    "relative grid h-8 w-8 shrink-0 place-items-center rounded-full text-sm font-bold",
                    step.status === "held" && "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
                    step.status === "take" && "bg-brand-600 text-white dark:bg-brand-500 dark:text-slate-950",
                    step.status === "optional" && "border border-dashed border-slate-300 bg-white text-slate-500 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-400",
                  )}
                >
                  {step.status === "held" ? "✓" : i + 1}
                </span>
                <div className="min-w-0 pt-1">
                  <div className="flex flex-wrap items-center gap-2">
                    <Link href={`/exams/${slugOf(step.code)}`} className="font-mono font-semibold text-brand-700 hover:underline dark:text-brand-300">
                      {step.code}
                    </Link>
                    <Badge tone={STATUS[step.status].tone}>{STATUS[step.status].label}</Badge>
                  </div>
                  <p className="text-sm font-medium text-slate-800 dark:text-slate-100">{step.title}</p>
                  {!advice.reasons.includes(step.why) && <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">{step.why}</p>}
                </div>
              </li>
            ))}
          </ol>
        </>
      )}

      {advice.notes.map((note) => (
        <Alert key={note} tone="warning" className="mt-5">
          {note}
        </Alert>
      ))}

      <div className="mt-6 flex flex-wrap gap-3">
        {next && <ButtonLink href={`/planner?exam=${slugOf(next.code)}`}>Plan your study for {next.code}</ButtonLink>}
        {next && goal && goal.code !== next.code && (
          <ButtonLink href={`/compare/${slugOf(next.code)}-vs-${slugOf(goal.code)}`} variant="secondary">
            Compare {next.code} and {goal.code}
          </ButtonLink>
        )}
        {!next && (
          <ButtonLink href="/compare" variant="secondary">
            Compare exams
          </ButtonLink>
        )}
      </div>
    </Card>
  );
}
