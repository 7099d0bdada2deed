"use client";

import { useMemo, useState } from "react";
import { Card } from "@/components/ui/card.tsx";
import { cn } from "@/components/ui/cn.ts";
import { CustomQuizPanel } from "./custom-quiz-panel.tsx";
import { DrillPanel } from "./drill-panel.tsx";
import { ExamSimulationPanel } from "./exam-simulation-panel.tsx";
import { PracticePanel } from "./practice-panel.tsx";
import type { PracticeExam, PracticeMode } from "./types.ts";

type ModeInfo = { mode: PracticeMode; title: string; summary: (exam: PracticeExam) => string; tags: string[] };

const MODES: ModeInfo[] = [
  {
    mode: "EXAM",
    title: "Exam simulation",
    summary: (exam) => `${exam.questionCount} questions, ${exam.durationMinutes} minutes, answers at the end — like the real exam.`,
    tags: ["Timed", "Feedback at the end"],
  },
  { mode: "PRACTICE", title: "Practice", summary: () => "Learn as you go: the answer and why after every question.", tags: ["Untimed", "Feedback each time"] },
  { mode: "DRILL", title: "Skill-area drill", summary: () => "Pick one skill area and work on just that.", tags: ["One area", "Feedback each time"] },
  { mode: "CUSTOM", title: "Custom quiz", summary: () => "Choose areas, count, difficulty, new or missed questions.", tags: ["Your settings"] },
];

/** The four ways to practise an exam: pick one, read what it means, set it up and start. */
export function PracticeStart({ exam }: { exam: PracticeExam }) {
  const [mode, setMode] = useState<PracticeMode>("EXAM");
  const areaNames = useMemo(() => new Map(exam.skillAreas.map((a) => [a.key, a.name])), [exam.skillAreas]);
  const chosen = MODES.find((m) => m.mode === mode)!;

  return (
    <div className="space-y-6">
      <fieldset>
        <legend className="text-lg font-semibold">Choose how to practise</legend>
        <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {MODES.map((m) => (
            <label
              key={m.mode}
              className={cn(
                "relative flex cursor-pointer flex-col rounded-xl border bg-white p-4 shadow-sm transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-500 dark:bg-slate-900",
                mode === m.mode
                  ? "border-brand-500 ring-1 ring-brand-500 dark:border-brand-400 dark:ring-brand-400"
                  : "border-slate-200 hover:border-slate-300 dark:border-slate-800 dark:hover:border-slate-700",
              )}
            >
              <span className="flex items-center justify-between gap-2">
                <span className="font-semibold">{m.title}</span>
                <input
                  type="radio"
                  name="mode"
                  value={m.mode}
                  checked={mode === m.mode}
                  onChange={() => setMode(m.mode)}
                  className="h-4 w-4 shrink-0 accent-brand-600 focus-visible:outline-none"
                />
              </span>
              <span className="mt-1 text-sm text-slate-600 dark:text-slate-300">{m.summary(exam)}</span>
              <span className="mt-3 flex flex-wrap gap-1.5">
                {m.tags.map((tag) => (
                  <span key={tag} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-600 dark:bg-slate-800 dark:text-slate-300">
                    {tag}
                  </span>
                ))}
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <Card aria-labelledby="mode-heading" className="text-slate-700 dark:text-slate-200">
        <h2 id="mode-heading" className="mb-3 text-xl font-semibold text-slate-900 dark:text-slate-100">
          {chosen.title}
        </h2>
        {mode === "EXAM" && <ExamSimulationPanel exam={exam} areaNames={areaNames} />}
        {mode === "PRACTICE" && <PracticePanel exam={exam} />}
        {mode === "DRILL" && <DrillPanel exam={exam} />}
        {mode === "CUSTOM" && <CustomQuizPanel exam={exam} />}
      </Card>
    </div>
  );
}
