import { Alert } from "@/components/ui/alert.tsx";
import type { ExamLifecycleDto } from "@/lib/server/catalog/get-exams.ts";

const longDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** Retirement news, worded by how sure we are of it: confirmed by Microsoft, or only reported. */
export function LifecycleNotice({ code, lifecycle, today }: { code: string; lifecycle: ExamLifecycleDto; today: string }) {
  const past = lifecycle.retirementDate <= today;
  const when = longDate(lifecycle.retirementDate);
  const successor = lifecycle.successorCode ? `, with ${lifecycle.successorCode} as its successor` : "";
  const title = lifecycle.confirmed
    ? `${code} ${past ? "retired" : "retires"} on ${when}${successor}.`
    : `Reported, not confirmed: ${code} ${past ? "was reported to retire" : "is reported to retire"} on ${when}${successor}.`;
  return (
    <Alert tone="warning" title={title}>
      {lifecycle.note && <p>{lifecycle.note}</p>}
      {lifecycle.source && <p className="mt-1 text-xs opacity-80">Source: {lifecycle.source}</p>}
    </Alert>
  );
}
