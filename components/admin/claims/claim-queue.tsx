import Link from "next/link";
import { ClaimStatusBadge } from "@/components/guarantee/claim-status-badge.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import type { ClaimQueueRowDto } from "@/lib/server/guarantee/dto.ts";

export function ClaimQueue({ claims }: { claims: ClaimQueueRowDto[] }) {
  if (claims.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-300">No claims here.</p>;
  return (
    <ul className="divide-y divide-slate-200 dark:divide-slate-800" aria-label="Claims">
      {claims.map((claim) => (
        <li key={claim.id} className="py-4 first:pt-0 last:pb-0">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <Link href={`/admin/claims/${claim.id}`} className="font-semibold text-brand-700 hover:underline dark:text-brand-300">
              {claim.examCode} · {claim.claimant.name}
            </Link>
            <div className="flex gap-2">
              <Badge tone={claim.eligible ? "success" : "danger"}>{claim.eligible ? "Eligible" : "Not eligible"}</Badge>
              <ClaimStatusBadge status={claim.status} />
            </div>
          </div>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
            <span className="break-all">{claim.claimant.email}</span> · exam {claim.examDate} · score {claim.score} · filed {claim.createdAt.slice(0, 10)}
          </p>
          {claim.unmet.length > 0 && <p className="mt-1 text-xs text-red-700 dark:text-red-300">Not met: {claim.unmet.join("; ")}</p>}
        </li>
      ))}
    </ul>
  );
}
