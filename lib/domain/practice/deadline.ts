// The server owns an attempt's clock: the deadline is fixed when the attempt starts, and every
// answer is checked against it with the server's `now`, never the browser's.

export type AttemptStatus = "IN_PROGRESS" | "SUBMITTED";

/**
 * How long after the deadline an answer is still taken: a click made in the last second reaches
 * the server a round trip later, and refusing it would lose an answer the learner saw accepted.
 * Two seconds covers a slow mobile round trip without giving a meaningful extra look at a question.
 */
export const ANSWER_GRACE_MS = 2_000;

export type AttemptClock = {
  /** null for an untimed attempt (practice, drill, custom quiz). */
  deadline: Date | null;
  /** Never negative; null when untimed. */
  remainingMs: number | null;
  expired: boolean;
};

export function attemptClock(input: { startedAt: Date; durationMinutes: number | null; now: Date }): AttemptClock {
  const { startedAt, durationMinutes, now } = input;
  if (durationMinutes === null) return { deadline: null, remainingMs: null, expired: false };
  if (!Number.isFinite(durationMinutes) || durationMinutes <= 0) throw new RangeError(`duration must be positive, got ${durationMinutes}`);
  const deadline = new Date(startedAt.getTime() + durationMinutes * 60_000);
  const left = deadline.getTime() - now.getTime();
  return { deadline, remainingMs: Math.max(0, left), expired: left <= 0 };
}

/** Whether an answer arriving at `now` may be saved: the attempt is open and its deadline, plus the grace, has not passed. */
export function canAcceptAnswer(input: { status: AttemptStatus; deadline: Date | null; now: Date }): boolean {
  const { status, deadline, now } = input;
  if (status !== "IN_PROGRESS") return false;
  return deadline === null || now.getTime() <= deadline.getTime() + ANSWER_GRACE_MS;
}
