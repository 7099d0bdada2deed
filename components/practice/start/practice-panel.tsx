"use client";

import type { FormEvent } from "react";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { CountField, readCount } from "./count-field.tsx";
import { TimeLimitField, readTimeLimit } from "./time-limit-field.tsx";
import type { PracticeExam } from "./types.ts";
import { useStartAttempt } from "./use-start-attempt.ts";

export function PracticePanel({ exam }: { exam: PracticeExam }) {
  const { start, pending, error, fieldErrors } = useStartAttempt();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void start({ mode: "PRACTICE", examCode: exam.code, count: readCount(form), timeLimitMinutes: readTimeLimit(form) });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      <p>
        Questions from every skill area of {exam.code}. After each answer, check it to see whether you were right, why each option is right or
        wrong, and where to read more. No clock, unless you want one.
      </p>
      {error && <Alert tone="error">{error}</Alert>}
      <CountField defaultValue={10} max={exam.publishedQuestions} errors={fieldErrors.count} />
      <TimeLimitField errors={fieldErrors.timeLimitMinutes} />
      <Button type="submit" disabled={pending}>
        {pending ? "Starting…" : "Start practice"}
      </Button>
    </form>
  );
}
