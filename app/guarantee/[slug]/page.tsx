import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimForm } from "@/components/guarantee/claim-form.tsx";
import { ClaimSummary } from "@/components/guarantee/claim-summary.tsx";
import { CriterionList } from "@/components/guarantee/criterion-list.tsx";
import { EnrollButton } from "@/components/guarantee/enroll-button.tsx";
import { Alert } from "@/components/ui/alert.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { ButtonLink } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import { requireUserForPage } from "@/lib/server/auth/session.ts";
import { getExamBySlug } from "@/lib/server/catalog/get-exams.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { getEligibility } from "@/lib/server/guarantee/get-eligibility.ts";
import { examSlugParam } from "@/lib/validation/guarantee.ts";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Money-back guarantee" };

export default async function GuaranteePage({ params }: Props) {
  const { slug } = await params;
  if (!examSlugParam.safeParse(slug).success) notFound();
  const user = await requireUserForPage(`/guarantee/${slug}`);
  const prisma = await getPrisma();
  const exam = await getExamBySlug(prisma, slug);
  if (!exam) notFound();
  const now = new Date();
  const status = await getEligibility(prisma, user.id, exam.code, now);
  const { report, enrollment, claim, policy } = status;
  const preparation = report.criteria.filter((c) => c.stage === "preparation");
  const afterExam = report.criteria.filter((c) => c.stage !== "preparation");
  const left = preparation.filter((c) => !c.met && c.remaining);
  const metCount = preparation.filter((c) => c.met).length;

  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500 dark:text-slate-400">
        <Link href="/exams" className="hover:underline">
          Exams
        </Link>{" "}
        /{" "}
        <Link href={`/exams/${exam.slug}`} className="hover:underline">
          {exam.code}
        </Link>{" "}
        / <span aria-current="page">Guarantee</span>
      </nav>

      <header>
        <h1 className="text-3xl font-bold tracking-tight">{exam.code} money-back guarantee</h1>
        <p className="mt-2 max-w-3xl text-slate-600 dark:text-slate-300">
          Pass or your money back. Here is every condition, where you stand, and what is left — nothing in fine print.
        </p>
      </header>

      {claim && <ClaimSummary claim={claim} />}

      {!enrollment && (
        <Card aria-labelledby="enroll-heading" className="space-y-3">
          <h2 id="enroll-heading" className="text-xl font-semibold">
            You are not enrolled yet
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-300">
            The guarantee covers a real {exam.code} exam you take after enrolling, within {policy.rules.examWithinDaysOfEnrolling} days. Your practice so far already counts.
          </p>
          <EnrollButton slug={exam.slug} examCode={exam.code} />
        </Card>
      )}

      {!claim && (
        <Card aria-labelledby="report-heading" className="space-y-5">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="report-heading" className="text-xl font-semibold">
              Before your exam
            </h2>
            {report.onTrack ? <Badge tone="success">On track</Badge> : <Badge tone="warning">{`${metCount} of ${preparation.length} met`}</Badge>}
          </div>
          {enrollment && <p className="text-sm text-slate-600 dark:text-slate-300">Enrolled on {enrollment.enrolledAt.slice(0, 10)}. This report updates as you practise.</p>}
          {left.length > 0 ? (
            <Alert tone="warning" title="What is left">
              <ul className="list-disc space-y-0.5 pl-5" aria-label="What is left">
                {left.map((c) => (
                  <li key={c.key}>{c.remaining}</li>
                ))}
              </ul>
            </Alert>
          ) : (
            report.onTrack && <Alert tone="success" title="You meet every condition before the exam">If you take the exam now and fail, you are covered.</Alert>
          )}
          <CriterionList criteria={preparation} label="Before your exam" />
          <div className="flex flex-wrap gap-3">
            <ButtonLink href={`/exams/${exam.slug}/practice`} variant="secondary">
              Practise {exam.code}
            </ButtonLink>
          </div>
        </Card>
      )}

      {!claim && (
        <Card aria-labelledby="after-heading" className="space-y-5">
          <h2 id="after-heading" className="text-xl font-semibold">
            After your exam
          </h2>
          <CriterionList criteria={afterExam} label="After your exam" />
          {enrollment && (
            <details className="group rounded-xl border border-slate-200 p-4 dark:border-slate-800">
              <summary className="cursor-pointer font-semibold text-brand-700 dark:text-brand-300">I took the real exam and did not pass — file a claim</summary>
              <p className="mt-3 text-sm text-slate-600 dark:text-slate-300">
                We check the conditions as of your exam date and keep that record with your claim. One claim per enrollment; an admin decides it and you will see the decision here.
              </p>
              <div className="mt-4">
                <ClaimForm slug={exam.slug} today={now.toISOString().slice(0, 10)} />
              </div>
            </details>
          )}
        </Card>
      )}

      <p className="text-xs text-slate-500 dark:text-slate-400">
        {claim ? `Your claim was judged by policy version ${claim.policyVersion}.` : `Policy version ${policy.version}, effective ${policy.createdAt.slice(0, 10)}.`} Dates are counted in whole days (UTC).
      </p>
    </div>
  );
}
