"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button.tsx";
import { sendJson } from "@/lib/client/send-json.ts";

/** Takes a card out of the review queue, or puts it back. */
export function RetireButton({ cardId, retired, compact = false }: { cardId: string; retired: boolean; compact?: boolean }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function toggle() {
    setPending(true);
    setError(null);
    const result = await sendJson(`/api/review/cards/${cardId}`, "PATCH", { retired: !retired });
    setPending(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    router.refresh();
  }

  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button
        type="button"
        variant={compact ? "ghost" : "secondary"}
        onClick={toggle}
        disabled={pending}
        className={compact ? "px-2 py-1 text-xs" : "py-1.5 text-xs"}
        title={retired ? "Bring this question back into your review queue" : "Stop reviewing this question"}
      >
        {pending ? "Saving…" : retired ? "Restore card" : "Retire card"}
      </Button>
      {error && (
        <span role="alert" className="text-xs text-red-600 dark:text-red-400">
          {error}
        </span>
      )}
    </span>
  );
}
