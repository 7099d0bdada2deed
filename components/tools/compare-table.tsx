import Link from "next/link";
import type { ReactNode } from "react";
import { LevelBadge } from "@/components/catalog/level-badge.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { ButtonLink } from "@/components/ui/button.tsx";
import { lifecycleNote } from "@/lib/domain/planning/lifecycle-note.ts";
import type { ExamDto } from "@/lib/server/catalog/get-exams.ts";
import { WeightBars } from "./weight-bars.tsx";

const DIFFICULTY = ["", "Gentle", "Moderate", "Challenging", "Hard", "Very hard"];

type Row = { label: string; cell: (exam: ExamDto) => ReactNode };

function Prerequisites({ exam }: { exam: ExamDto }) {
  if (exam.prerequisites.length === 0) return <>None — you can take it first</>;
  return (
    <>
      {exam.prerequisites.map((group, i) => (
        <span key={i}>
          {i > 0 && " and "}
          {group.map((p, j) => (
            <span key={p.code}>
              {j > 0 && " or "}
              <Link href={`/exams/${p.slug}`} className="font-semibold text-brand-700 hover:underline dark:text-brand-300">
                {p.code}
              </Link>
            </span>
          ))}
        </span>
      ))}{" "}
      — needed to earn the certification
    </>
  );
}

function Difficulty({ value }: { value: number }) {
  return (
    <span className="inline-flex items-center gap-2">
      <span aria-hidden="true" className="flex gap-0.5">
        {[1, 2, 3, 4, 5].map((n) => (
          <span key={n} className={n <= value ? "h-2 w-4 rounded-full bg-brand-600 dark:bg-brand-400" : "h-2 w-4 rounded-full bg-slate-200 dark:bg-slate-700"} />
        ))}
      </span>
      {DIFFICULTY[value]} ({value}/5)
    </span>
  );
}

function rows(today: string, scale: number): Row[] {
  return [
    { label: "Level", cell: (exam) => <LevelBadge level={exam.level} /> },
    { label: "Role focus", cell: (exam) => exam.role },
    { label: "Primary focus", cell: (exam) => exam.primaryFocus },
    { label: "Prerequisites", cell: (exam) => <Prerequisites exam={exam} /> },
    { label: "Difficulty", cell: (exam) => <Difficulty value={exam.difficulty} /> },
    { label: "Best for", cell: (exam) => exam.bestFor },
    {
      label: "Key skills",
      cell: (exam) => (
        <ul className="list-disc space-y-1 pl-4">
          {exam.keySkills.map((skill) => (
            <li key={skill}>{skill}</li>
          ))}
        </ul>
      ),
    },
    {
      label: "Skills outline",
      cell: (exam) => (
        <div>
          <WeightBars areas={exam.skillAreas} scale={scale} />
          <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">
            Outline as of {exam.outlineDate} ·{" "}
            <a href={exam.outlineUrl} className="underline hover:no-underline" rel="noreferrer" target="_blank">
              study guide
            </a>
          </p>
        </div>
      ),
    },
    { label: "Questions", cell: (exam) => `About ${exam.questionCount}` },
    { label: "Duration", cell: (exam) => `${exam.durationMinutes} minutes` },
    { label: "Pass mark", cell: (exam) => `${exam.passMark} of 1000` },
    {
      label: "Lifecycle",
      cell: (exam) =>
        exam.lifecycle ? (
          <span className="space-y-1">
            <Badge tone="warning">{exam.lifecycle.confirmed ? "Retiring" : "Retirement reported"}</Badge>
            <span className="block">{lifecycleNote(exam.code, exam.lifecycle, today)}</span>
          </span>
        ) : (
          "No retirement announced"
        ),
    },
    { label: "Practice questions here", cell: (exam) => `${exam.publishedQuestions} in our bank` },
  ];
}

/**
 * Two exams side by side. A real table for assistive technology; on narrow screens each row's
 * label sits above its two cells so the exams keep the full width.
 */
export function CompareTable({ a, b, today }: { a: ExamDto; b: ExamDto; today: string }) {
  const cellClass = "px-3 py-3 align-top text-sm text-slate-700 sm:px-4 dark:text-slate-200";
  const scale = Math.max(...[a, b].flatMap((exam) => exam.skillAreas.map((area) => area.weightMax)), 1);
  return (
    <div className="overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <table className="block w-full border-collapse sm:table sm:table-fixed">
        <caption className="sr-only">
          {a.code} and {b.code} compared
        </caption>
        <thead className="block sm:table-header-group">
          <tr role="row" className="grid grid-cols-2 border-b border-slate-200 bg-slate-50 sm:table-row dark:border-slate-800 dark:bg-slate-800/50">
            <td role="cell" className="hidden w-44 sm:table-cell" />
            {[a, b].map((exam) => (
              <th role="columnheader" key={exam.code} scope="col" className="px-3 py-4 text-left align-top sm:px-4">
                <Link href={`/exams/${exam.slug}`} className="font-mono text-lg font-semibold text-brand-700 hover:underline dark:text-brand-300">
                  {exam.code}
                </Link>
                <span className="mt-1 block text-sm font-medium text-slate-700 dark:text-slate-200">{exam.title}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="block sm:table-row-group">
          {rows(today, scale).map((row) => (
            <tr role="row" key={row.label} className="grid grid-cols-2 border-b border-slate-100 last:border-0 sm:table-row dark:border-slate-800">
              <th
                role="rowheader"
                scope="row"
                className="col-span-2 px-3 pt-3 text-left align-top text-xs font-semibold uppercase tracking-wide text-slate-500 sm:w-44 sm:px-4 sm:py-3 dark:text-slate-400"
              >
                {row.label}
              </th>
              <td role="cell" className={cellClass}>
                {row.cell(a)}
              </td>
              <td role="cell" className={`${cellClass} border-l border-slate-100 sm:border-l-0 dark:border-slate-800`}>
                {row.cell(b)}
              </td>
            </tr>
          ))}
          <tr role="row" className="grid grid-cols-2 sm:table-row">
            <td role="cell" className="hidden sm:table-cell" />
            {[a, b].map((exam) => (
              <td role="cell" key={exam.code} className="px-3 py-4 align-top sm:px-4">
                <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
                  <ButtonLink href={`/planner?exam=${exam.slug}`} className="py-1.5">
                    Plan for {exam.code}
                  </ButtonLink>
                  <ButtonLink href={`/exams/${exam.slug}`} variant="secondary" className="py-1.5">
                    Exam details
                  </ButtonLink>
                </div>
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
