import "server-only";

/**
 * What never changes about an attempt once it has started: whose it is, its deadline, and which
 * item and question version sit at each position. Kept per process so that a repeated answer save
 * needs no read before its write; whatever can change (status, a checked answer, the session
 * version) is re-checked by the write itself. Bounded, least recently used first out.
 */
export type AttemptLayout = {
  userId: string;
  deadline: Date | null;
  items: Map<number, { itemId: string; questionVersionId: string }>;
};

const MAX_ATTEMPTS = 2_000;
const layouts = new Map<string, AttemptLayout>();

export function cachedAttemptLayout(attemptId: string): AttemptLayout | undefined {
  const layout = layouts.get(attemptId);
  if (layout) {
    layouts.delete(attemptId);
    layouts.set(attemptId, layout);
  }
  return layout;
}

export function rememberAttemptLayout(attemptId: string, layout: AttemptLayout): void {
  layouts.delete(attemptId);
  if (layouts.size >= MAX_ATTEMPTS) layouts.delete(layouts.keys().next().value!);
  layouts.set(attemptId, layout);
}
