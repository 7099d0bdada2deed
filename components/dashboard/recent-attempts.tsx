import Link from "next/link";
import { Badge } from "@/components/ui/badge.tsx";
import type { AttemptSummaryDto } from "@/lib/server/attempts/dto.ts";

const MODE_LABEL: Record<string, string> = { EXAM: "Exam simulation", PRACTICE: "Practice", DRILL: "Skill-area drill", CUSTOM: "Custom quiz", REVIEW: "Review quiz", SMART: "Smart practice" };

export function RecentAttempts({ attempts }: { attempts: AttemptSummaryDto[] }) {
  return (
    <ul className="divide-y divide-slate-200 dark:divide-slate-800">
      {attempts.map((a) => (
        <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-3 text-sm">
          <div>
            <Link href={a.status === "SUBMITTED" ? `/attempts/${a.id}/result` : `/attempts/${a.id}`} className="font-medium text-brand-700 hover:underline dark:text-brand-300">
              {MODE_LABEL[a.mode] ?? a.mode}
            </Link>
            <span className="ml-2 text-slate-500 dark:text-slate-400">
              {new Date(a.startedAt).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" })} · {a.answeredCount} of {a.questionCount} answered
            </span>
          </div>
          {a.status === "IN_PROGRESS" ? (
            <Badge tone="brand">In progress — resume</Badge>
          ) : (
            <Badge tone={a.passed ? "success" : "danger"}>
              {Math.round(a.rawPercent ?? 0)} % · est. {a.scaledScore}
            </Badge>
          )}
        </li>
      ))}
    </ul>
  );
}
