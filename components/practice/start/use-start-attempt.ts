"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { startAttempt, type StartOutcome } from "@/lib/client/attempt-api.ts";
import type { StartAttemptInput } from "@/lib/validation/attempts.ts";

type Shortfall = Extract<StartOutcome, { kind: "shortfall" }>;

/** Starts an attempt and opens it; keeps the server's refusal (field errors, or a bank too thin for the exam) for the form to show. */
export function useStartAttempt() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [shortfall, setShortfall] = useState<{ outcome: Shortfall; input: StartAttemptInput } | null>(null);

  async function start(input: StartAttemptInput) {
    setPending(true);
    setError(null);
    setFieldErrors({});
    setShortfall(null);
    const outcome = await startAttempt(input);
    if (outcome.kind === "started") {
      // Stay "pending" while the player loads, so the button cannot start a second attempt.
      router.push(`/attempts/${outcome.id}`);
      return;
    }
    if (outcome.kind === "shortfall") setShortfall({ outcome, input });
    else {
      setError(outcome.message);
      setFieldErrors(outcome.fieldErrors);
    }
    setPending(false);
  }

  function acceptNearest() {
    if (shortfall?.input.mode === "EXAM") void start({ ...shortfall.input, acceptNearest: true });
  }

  return { start, acceptNearest, pending, error, fieldErrors, shortfall: shortfall?.outcome ?? null };
}
