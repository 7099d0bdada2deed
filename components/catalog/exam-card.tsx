import Link from "next/link";
import { Badge } from "@/components/ui/badge.tsx";
import type { ExamDto } from "@/lib/server/catalog/get-exams.ts";
import { LevelBadge } from "./level-badge.tsx";

export function ExamCard({ exam }: { exam: ExamDto }) {
  return (
    <article className="group relative flex flex-col rounded-2xl border border-slate-200 bg-white p-6 shadow-sm transition hover:border-brand-300 hover:shadow-md dark:border-slate-800 dark:bg-slate-900 dark:hover:border-brand-700">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-mono text-sm font-semibold text-brand-700 dark:text-brand-300">{exam.code}</span>
        <LevelBadge level={exam.level} />
        {exam.lifecycle && <Badge tone="warning">{exam.lifecycle.confirmed ? "Retiring" : "Retirement reported"}</Badge>}
      </div>
      <h3 className="mt-3 text-lg font-semibold leading-snug">
        <Link href={`/exams/${exam.slug}`} className="after:absolute after:inset-0">
          {exam.title}
        </Link>
      </h3>
      <p className="mt-2 flex-1 text-sm text-slate-600 dark:text-slate-300">{exam.summary}</p>
      <dl className="mt-4 grid grid-cols-3 gap-2 text-center text-xs">
        <div className="rounded-lg bg-slate-50 p-2 dark:bg-slate-800/60">
          <dt className="text-slate-500 dark:text-slate-400">Questions</dt>
          <dd className="mt-0.5 text-sm font-semibold">{exam.questionCount}</dd>
        </div>
        <div className="rounded-lg bg-slate-50 p-2 dark:bg-slate-800/60">
          <dt className="text-slate-500 dark:text-slate-400">Minutes</dt>
          <dd className="mt-0.5 text-sm font-semibold">{exam.durationMinutes}</dd>
        </div>
        <div className="rounded-lg bg-slate-50 p-2 dark:bg-slate-800/60">
          <dt className="text-slate-500 dark:text-slate-400">Pass mark</dt>
          <dd className="mt-0.5 text-sm font-semibold">{exam.passMark}</dd>
        </div>
      </dl>
      {exam.prerequisites.length > 0 && (
        <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">
          Requires {exam.prerequisites.map((group) => group.map((p) => p.code).join(" or ")).join(" and ")} for the certification
        </p>
      )}
    </article>
  );
}
