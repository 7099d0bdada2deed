import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DecisionForm } from "@/components/admin/claims/decision-form.tsx";
import { ClaimStatusBadge } from "@/components/guarantee/claim-status-badge.tsx";
import { CriterionList } from "@/components/guarantee/criterion-list.tsx";
import { Alert } from "@/components/ui/alert.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { Card } from "@/components/ui/card.tsx";
import { isAppError } from "@/lib/errors.ts";
import { getPrisma } from "@/lib/server/db/client.ts";
import { getAdminClaim } from "@/lib/server/guarantee/get-admin-claim.ts";
import { requireAdminForPage } from "@/lib/server/guarantee/require-admin-page.ts";
import { claimIdParam } from "@/lib/validation/guarantee.ts";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Guarantee claim" };

async function load(adminId: string, id: string) {
  try {
    return await getAdminClaim(await getPrisma(), adminId, id);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function ClaimPage({ params }: Props) {
  const { id } = await params;
  const admin = await requireAdminForPage(`/admin/claims/${id}`);
  if (!claimIdParam.safeParse(id).success) notFound();
  const claim = await load(admin.id, id);
  const facts: [string, string][] = [
    ["Claimant", `${claim.claimant.name} (${claim.claimant.email})`],
    ["Enrolled", claim.evidence.enrolledAt.slice(0, 10)],
    ["Exam date", claim.examDate],
    ["Score", String(claim.score)],
    ["Score report id", claim.scoreReportId],
    ["Filed", claim.createdAt.slice(0, 10)],
    ["Policy", `version ${claim.policyVersion}`],
    ["Questions answered by exam date", `${claim.evidence.answeredPublished} of ${claim.evidence.publishedQuestions}`],
  ];

  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-500 dark:text-slate-400">
        <Link href="/admin/claims" className="hover:underline">
          Claims
        </Link>{" "}
        / <span aria-current="page">{claim.examCode}</span>
      </nav>
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold tracking-tight">
          {claim.examCode} claim by {claim.claimant.name}
        </h1>
        <Badge tone={claim.eligible ? "success" : "danger"}>{claim.eligible ? "Eligible" : "Not eligible"}</Badge>
        <ClaimStatusBadge status={claim.status} />
      </header>

      <Card aria-labelledby="facts-heading" className="space-y-4">
        <h2 id="facts-heading" className="text-xl font-semibold">
          What was filed
        </h2>
        <dl className="grid gap-4 text-sm sm:grid-cols-2">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt className="text-slate-500 dark:text-slate-400">{label}</dt>
              <dd className="mt-0.5 break-words font-medium">{value}</dd>
            </div>
          ))}
        </dl>
        <div>
          <p className="text-sm text-slate-500 dark:text-slate-400">Statement</p>
          <p className="mt-1 whitespace-pre-wrap text-sm">{claim.statement}</p>
        </div>
        {claim.upload && (
          <a href={`/api/claims/${claim.id}/upload`} className="inline-block text-sm font-semibold text-brand-700 hover:underline dark:text-brand-300">
            Download the score report ({claim.upload.mime}, {Math.ceil(claim.upload.size / 1024)} KB)
          </a>
        )}
      </Card>

      <Card aria-labelledby="decision-heading" className="space-y-4">
        <h2 id="decision-heading" className="text-xl font-semibold">
          Decision
        </h2>
        {claim.status === "SUBMITTED" ? (
          <DecisionForm claimId={claim.id} />
        ) : (
          <Alert tone={claim.status === "APPROVED" ? "success" : "error"} title={`${claim.status === "APPROVED" ? "Approved" : "Rejected"} on ${claim.decidedAt!.slice(0, 10)}${claim.decidedBy ? ` by ${claim.decidedBy}` : ""}`}>
            {claim.decisionReason}
          </Alert>
        )}
      </Card>

      <Card aria-labelledby="snapshot-heading" className="space-y-4">
        <h2 id="snapshot-heading" className="text-xl font-semibold">
          Eligibility on the exam date
        </h2>
        <CriterionList criteria={claim.snapshot.criteria} label="Eligibility snapshot" />
      </Card>

      <Card aria-labelledby="sims-heading" className="space-y-4">
        <h2 id="sims-heading" className="text-xl font-semibold">
          Exam simulations up to the exam date
        </h2>
        {claim.evidence.simulations.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-300">None.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="text-slate-500 dark:text-slate-400">
                <tr>
                  <th className="py-2 pr-4 font-medium">Submitted (UTC)</th>
                  <th className="py-2 pr-4 font-medium">Scaled score</th>
                  <th className="py-2 pr-4 font-medium">Result</th>
                  <th className="py-2 font-medium">Questions</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
                {claim.evidence.simulations.map((s) => (
                  <tr key={s.attemptId}>
                    <td className="py-2 pr-4">{s.submittedAt.slice(0, 16).replace("T", " ")}</td>
                    <td className="py-2 pr-4 font-medium">{s.scaledScore}</td>
                    <td className="py-2 pr-4">{s.passed ? "Pass" : "Fail"}</td>
                    <td className="py-2">
                      {s.items}
                      {s.fullLength ? "" : " (short form, does not count)"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
