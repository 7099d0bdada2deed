"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button.tsx";
import { sendJson } from "@/lib/client/send-json.ts";

/** Resolve or dismiss a report with a note the reporter reads. */
export function ResolveReportForm({ reportId }: { reportId: string }) {
  const router = useRouter();
  const id = useId();
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function decide(status: "RESOLVED" | "DISMISSED") {
    setPending(true);
    setError(null);
    const result = await sendJson(`/api/author/reports/${reportId}`, "PATCH", { status, note });
    setPending(false);
    if (!result.ok) setError(result.fieldErrors.note?.join(" ") ?? result.message);
    else router.refresh();
  }

  return (
    <div className="space-y-2">
      <label htmlFor={`${id}-note`} className="block text-sm font-medium">
        Note to the reporter
      </label>
      <textarea
        id={`${id}-note`}
        rows={2}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        placeholder="What you changed, or why the question stands."
        className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-950"
      />
      {error && (
        <p role="alert" className="text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="button" onClick={() => decide("RESOLVED")} disabled={pending} className="py-1.5">
          Resolve
        </Button>
        <Button type="button" variant="secondary" onClick={() => decide("DISMISSED")} disabled={pending} className="py-1.5">
          Dismiss
        </Button>
      </div>
    </div>
  );
}
