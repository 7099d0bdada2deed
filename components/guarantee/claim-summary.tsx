import { Alert } from "@/components/ui/alert.tsx";
import { Card } from "@/components/ui/card.tsx";
import type { ClaimDto } from "@/lib/server/guarantee/dto.ts";
import { ClaimStatusBadge } from "./claim-status-badge.tsx";
import { CriterionList } from "./criterion-list.tsx";

const when = (iso: string) => new Date(iso).toISOString().slice(0, 10);

/** The learner's claim: the decision first, then what was filed and the frozen eligibility snapshot. */
export function ClaimSummary({ claim }: { claim: ClaimDto }) {
  const unmet = claim.snapshot.criteria.filter((c) => !c.met);
  return (
    <Card aria-labelledby="claim-heading" className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="claim-heading" className="text-xl font-semibold">
          Your claim
        </h2>
        <ClaimStatusBadge status={claim.status} />
      </div>
      {claim.status === "SUBMITTED" && (
        <Alert tone="info" title="We are reviewing your claim">
          Filed on {when(claim.createdAt)}. You will see the decision here.
        </Alert>
      )}
      {claim.status === "APPROVED" && (
        <Alert tone="success" title={`Approved on ${when(claim.decidedAt!)}`}>
          {claim.decisionReason}
        </Alert>
      )}
      {claim.status === "REJECTED" && (
        <Alert tone="error" title={`Rejected on ${when(claim.decidedAt!)}`}>
          {claim.decisionReason}
        </Alert>
      )}
      <dl className="grid grid-cols-2 gap-4 text-sm sm:grid-cols-4">
        {[
          ["Exam date", claim.examDate],
          ["Score", String(claim.score)],
          ["Score report id", claim.scoreReportId],
          ["Policy", `version ${claim.policyVersion}`],
        ].map(([label, value]) => (
          <div key={label}>
            <dt className="text-slate-500 dark:text-slate-400">{label}</dt>
            <dd className="mt-0.5 break-all font-medium">{value}</dd>
          </div>
        ))}
      </dl>
      {claim.upload && (
        <p className="text-sm">
          <a href={`/api/claims/${claim.id}/upload`} className="font-semibold text-brand-700 hover:underline dark:text-brand-300">
            Download your score report
          </a>
        </p>
      )}
      <div>
        <h3 className="font-semibold">Eligibility on your exam date</h3>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
          {claim.eligible ? "Every condition was met on your exam date." : `Not eligible: ${unmet.length} of ${claim.snapshot.criteria.length} conditions were not met on your exam date.`}
        </p>
        <div className="mt-4">
          <CriterionList criteria={claim.snapshot.criteria} label="Eligibility on your exam date" />
        </div>
      </div>
    </Card>
  );
}
