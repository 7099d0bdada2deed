import type { SyncStatus } from "@/lib/client/attempt-sync.ts";
import { cn } from "@/components/ui/cn.ts";

function textOf(status: SyncStatus): string {
  switch (status.state) {
    case "saved":
      return "Saved";
    case "saving":
      return "Saving…";
    case "offline":
      return `Offline — ${status.pending} ${status.pending === 1 ? "answer" : "answers"} will be sent when you reconnect`;
    case "error":
      return status.message;
    case "closed":
      return "This attempt is closed";
  }
}

/** Whether the learner's answers have reached the server; announced politely as it changes. */
export function SaveStatus({ status }: { status: SyncStatus }) {
  const tone =
    status.state === "saved"
      ? "text-emerald-700 dark:text-emerald-300"
      : status.state === "saving"
        ? "text-slate-500 dark:text-slate-400"
        : "text-amber-800 dark:text-amber-200";
  return (
    <p role="status" className={cn("flex items-center gap-1.5 text-xs font-medium sm:text-sm", tone)}>
      <span
        aria-hidden="true"
        className={cn(
          "h-2 w-2 shrink-0 rounded-full",
          status.state === "saved" ? "bg-emerald-500" : status.state === "saving" ? "animate-pulse bg-slate-400" : "bg-amber-500",
        )}
      />
      {textOf(status)}
    </p>
  );
}
