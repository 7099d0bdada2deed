"use client";

import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { ShortfallNotice } from "./shortfall-notice.tsx";
import type { PracticeExam } from "./types.ts";
import { useStartAttempt } from "./use-start-attempt.ts";

/** Exam simulation: what it is, then — one step later — the rules, confirmed before the clock starts. */
export function ExamSimulationPanel({ exam, areaNames }: { exam: PracticeExam; areaNames: Map<string, string> }) {
  const [confirming, setConfirming] = useState(false);
  const { start, acceptNearest, pending, error, shortfall } = useStartAttempt();
  const rulesHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (confirming) rulesHeading.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <div className="space-y-4">
        <p>
          A full-length rehearsal of {exam.code}: {exam.questionCount} questions in {exam.durationMinutes} minutes, drawn to match the official skills
          outline. You see no answers until you submit; then you get your score against the pass mark of {exam.passMark} and a breakdown by skill
          area.
        </p>
        <Button type="button" onClick={() => setConfirming(true)}>
          Review the rules
        </Button>
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <h3 ref={rulesHeading} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
        Before you start
      </h3>
      <ol className="list-decimal space-y-2 pl-5 text-slate-700 dark:text-slate-300">
        <li>
          You have <strong>{exam.durationMinutes} minutes</strong> for <strong>{exam.questionCount} questions</strong>. The clock starts when you press
          Start and keeps running if you close the tab.
        </li>
        <li>Your answers are saved as you give them. You can move freely between questions, flag any of them, and come back before submitting.</li>
        <li>You see no answers or explanations until you submit.</li>
        <li>Case studies, when the exam has one, come in their own section at the end, with the scenario in tabs above each of their questions.</li>
        <li>When the time runs out, the exam is submitted automatically with the answers you have given.</li>
        <li>
          You pass at <strong>{exam.passMark} of 1000</strong>. Our scaled score is an estimate — Microsoft does not publish its scaling.
        </li>
      </ol>
      {error && <Alert tone="error">{error}</Alert>}
      {shortfall && (
        <ShortfallNotice
          requested={shortfall.requested}
          nearestPossibleTotal={shortfall.nearestPossibleTotal}
          shortfall={shortfall.shortfall}
          areaNames={areaNames}
          pending={pending}
          onAccept={acceptNearest}
        />
      )}
      <div className="flex flex-wrap gap-3">
        {!shortfall && (
          <Button type="button" onClick={() => void start({ mode: "EXAM", examCode: exam.code, acceptNearest: false })} disabled={pending}>
            {pending ? "Starting…" : "Start the exam"}
          </Button>
        )}
        <Button type="button" variant="secondary" onClick={() => setConfirming(false)} disabled={pending}>
          Back
        </Button>
      </div>
    </div>
  );
}
