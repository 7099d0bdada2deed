import type { AttemptItemDto } from "@/lib/server/attempts/dto.ts";
import type { PendingState } from "./attempt-queue-store.ts";

export type StalePart = { position: number; part: "response" | "flagged" };

/**
 * Lays the answers and flags still waiting in the queue over the server's state, so a reload
 * shows what the learner last did. A queued answer is stale — and dropped — when the server
 * already holds a newer one (another tab, or a send that got through as the page closed) or the
 * question was checked and is locked.
 */
export function restorePending(items: readonly AttemptItemDto[], pending: PendingState): { items: AttemptItemDto[]; stale: StalePart[] } {
  const stale: StalePart[] = [];
  const restored = items.map((item) => {
    const entry = pending.items[String(item.position)];
    if (!entry) return item;
    let next = item;
    if (entry.response !== undefined) {
      const serverTime = item.answeredAt ? Date.parse(item.answeredAt) : null;
      const newerOnServer = serverTime !== null && entry.answeredAt !== undefined && serverTime >= entry.answeredAt;
      if (item.reveal || newerOnServer) stale.push({ position: item.position, part: "response" });
      else next = { ...next, response: entry.response, answeredAt: entry.response === null ? null : new Date(entry.answeredAt ?? Date.now()).toISOString() };
    }
    if (entry.flagged !== undefined) next = { ...next, flagged: entry.flagged };
    return next;
  });
  return { items: restored, stale };
}
