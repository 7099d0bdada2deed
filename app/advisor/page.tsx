import type { Metadata } from "next";
import { AdviceCard } from "@/components/tools/advice-card.tsx";
import { AdvisorForm } from "@/components/tools/advisor-form.tsx";
import { socialMetadata } from "@/components/tools/social-metadata.ts";
import { Card } from "@/components/ui/card.tsx";
import { advisePath } from "@/lib/domain/planning/advise-path.ts";
import { isoDayOf } from "@/lib/domain/planning/dates.ts";
import { fieldErrorsOf } from "@/lib/server/http/respond.ts";
import { listExams } from "@/lib/server/catalog/get-exams.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { advisorAnswersSchema, firstValues } from "@/lib/validation/planning.ts";

export function generateMetadata(): Metadata {
  return socialMetadata({
    title: "Which Azure exam should you take first?",
    description: "Four questions — your Azure experience, your role, your part in CI/CD, and what you have passed — and a path from AZ-900, AZ-104 or AZ-204 to AZ-400 with the reasons for each step.",
    path: "/advisor",
  });
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdvisorPage({ searchParams }: Props) {
  const exams = await listExams(await getPrisma());
  const params = await searchParams;
  const asked = ["experience", "role", "pipelines", "held"].some((key) => params[key] !== undefined);
  const parsed = advisorAnswersSchema.safeParse({ ...firstValues(params), held: params.held });
  const advice = parsed.success ? advisePath(parsed.data, exams, isoDayOf(new Date())) : null;
  const errors = asked && !parsed.success ? fieldErrorsOf(parsed.error) : {};
  const answers = parsed.success ? parsed.data : { ...firstValues(params), held: [params.held ?? []].flat() };

  return (
    <div className="space-y-8">
      <header>
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-300">Path advisor</p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl">Which should you take first?</h1>
        <p className="mt-3 max-w-2xl text-lg text-slate-600 dark:text-slate-300">
          Four questions, and we lay out your path — which exam first, what comes after, and why — following each exam&apos;s official prerequisites.
        </p>
      </header>
      <div className="grid items-start gap-6 lg:grid-cols-[1fr_1fr]">
        <Card aria-label="Your answers">
          <AdvisorForm exams={exams} answers={answers} errors={errors} />
        </Card>
        {advice ? (
          <AdviceCard advice={advice} />
        ) : (
          <Card id="advice" className="border-dashed bg-slate-50 shadow-none dark:bg-slate-900/40" aria-labelledby="advice-empty">
            <h2 id="advice-empty" className="text-lg font-semibold">
              Your path will appear here
            </h2>
            <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">
              Answer the questions and choose <strong>Show my path</strong>. The answers stay in the page&apos;s address, so you can bookmark or share the result.
            </p>
          </Card>
        )}
      </div>
    </div>
  );
}
