"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button.tsx";
import { sendJson } from "@/lib/client/send-json.ts";

/** Retires after a confirmation; the question leaves every practice pool. */
export function RetireQuestionButton({ questionId }: { questionId: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function retire() {
    if (!window.confirm("Retire this question? It stops appearing in practice and exams; past attempts keep it.")) return;
    setPending(true);
    setError(null);
    const result = await sendJson(`/api/author/questions/${questionId}/retire`, "POST", {});
    setPending(false);
    if (!result.ok) setError(result.message);
    else router.replace(`/author/questions/${questionId}`, { scroll: false });
  }

  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button type="button" variant="danger" onClick={retire} disabled={pending} className="py-1.5">
        {pending ? "Retiring…" : "Retire question"}
      </Button>
      {error && (
        <span role="alert" className="text-sm text-red-600 dark:text-red-400">
          {error}
        </span>
      )}
    </span>
  );
}
