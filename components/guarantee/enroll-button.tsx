"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { sendJson } from "@/lib/client/send-json.ts";

export function EnrollButton({ slug, examCode }: { slug: string; examCode: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onClick() {
    setPending(true);
    setError(null);
    const result = await sendJson(`/api/guarantee/${slug}/enrollment`, "POST", {});
    if (!result.ok) {
      setError(result.message);
      setPending(false);
      return;
    }
    router.refresh();
  }

  return (
    <div className="space-y-3">
      {error && <Alert tone="error">{error}</Alert>}
      <Button type="button" onClick={onClick} disabled={pending} className="px-5 py-2.5 text-base">
        {pending ? "Enrolling…" : `Enroll in the ${examCode} guarantee`}
      </Button>
    </div>
  );
}
