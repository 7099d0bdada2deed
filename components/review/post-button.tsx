"use client";

import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button.tsx";
import { sendJson } from "@/lib/client/send-json.ts";

/**
 * A button that starts something on the server (a quiz) and opens it: POSTs `body` to `url` and
 * goes to `goTo` with the returned id. Errors are shown beside the button.
 */
export function PostButton({
  url,
  body,
  goTo,
  children,
  pendingLabel = "Starting…",
  variant = "primary",
  className,
}: {
  url: string;
  body: unknown;
  goTo: string;
  children: ReactNode;
  pendingLabel?: string;
  variant?: "primary" | "secondary";
  className?: string;
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start() {
    setPending(true);
    setError(null);
    const result = await sendJson<{ id: string }>(url, "POST", body);
    if (result.ok) {
      router.push(goTo.replace("{id}", result.data.id));
      return;
    }
    setPending(false);
    setError(result.message);
  }

  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button type="button" variant={variant} onClick={start} disabled={pending} className={className}>
        {pending ? pendingLabel : children}
      </Button>
      {error && (
        <span role="alert" className="text-sm text-red-600 dark:text-red-400">
          {error}
        </span>
      )}
    </span>
  );
}
