"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { sendJson } from "@/lib/client/send-json.ts";

export function DecisionForm({ claimId }: { claimId: string }) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function decide(decision: "APPROVED" | "REJECTED") {
    setPending(true);
    setError(null);
    const result = await sendJson(`/api/admin/claims/${claimId}/decision`, "POST", { decision, reason });
    if (!result.ok) {
      setPending(false);
      setError(result.fieldErrors.reason?.join(" ") ?? result.message);
      return;
    }
    router.refresh();
  }

  return (
    <form onSubmit={(event) => event.preventDefault()} className="space-y-3">
      {error && <Alert tone="error">{error}</Alert>}
      <div className="space-y-1.5">
        <label htmlFor="decision-reason" className="block text-sm font-medium">
          Reason (the learner sees it)
        </label>
        <textarea
          id="decision-reason"
          rows={3}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm dark:border-slate-700 dark:bg-slate-950"
        />
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="button" disabled={pending} onClick={() => decide("APPROVED")}>
          Approve claim
        </Button>
        <Button type="button" variant="danger" disabled={pending} onClick={() => decide("REJECTED")}>
          Reject claim
        </Button>
      </div>
    </form>
  );
}
