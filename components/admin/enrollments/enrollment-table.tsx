import Link from "next/link";
import { ClaimStatusBadge } from "@/components/guarantee/claim-status-badge.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import type { AdminEnrollmentRowDto } from "@/lib/server/guarantee/dto.ts";

const price = (row: AdminEnrollmentRowDto) => (row.priceCents === null ? null : `${(row.priceCents / 100).toFixed(2)}${row.currency ? ` ${row.currency}` : ""}`);

/** Enrollments as a list that stays readable on a phone: who, which exam, how, and any claim. */
export function EnrollmentTable({ enrollments }: { enrollments: AdminEnrollmentRowDto[] }) {
  if (enrollments.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-300">No enrollments yet.</p>;
  return (
    <ul className="divide-y divide-slate-200 dark:divide-slate-800" aria-label="Enrollments">
      {enrollments.map((row) => {
        const paid = price(row);
        return (
          <li key={row.id} className="py-3 first:pt-0 last:pb-0">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p className="font-semibold">
                {row.examCode} · {row.learner.name}
              </p>
              <div className="flex gap-2">
                <Badge tone={row.source === "admin-grant" ? "brand" : "neutral"}>{row.source === "admin-grant" ? "Granted" : "Self-enrolled"}</Badge>
                {row.claim && (
                  <Link href={`/admin/claims/${row.claim.id}`} aria-label={`Claim of ${row.learner.name} for ${row.examCode}`}>
                    <ClaimStatusBadge status={row.claim.status} />
                  </Link>
                )}
              </div>
            </div>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
              <span className="break-all">{row.learner.email}</span> · enrolled {row.enrolledAt.slice(0, 10)} · plan {row.plan}
              {paid ? ` · ${paid}` : ""}
              {row.targetDate ? ` · target ${row.targetDate}` : ""}
              {row.grantedBy ? ` · granted by ${row.grantedBy}` : ""}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
