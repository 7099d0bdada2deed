// Separates a load run's connection ramp from its steady state: the steady state begins when the
// last connection has had its first answer, and holds the requests sent from then on.

export type TimedResponse = { connection: number; sentAt: number; latencyMs: number };

export function steadyStateLatencies(responses: readonly TimedResponse[], connections: number): { latencies: number[]; rampMs: number } {
  const firstAnswerAt = new Map<number, number>();
  for (const r of responses) {
    const answeredAt = r.sentAt + r.latencyMs;
    const known = firstAnswerAt.get(r.connection);
    if (known === undefined || answeredAt < known) firstAnswerAt.set(r.connection, answeredAt);
  }
  // A connection that never answered leaves no steady state at all.
  if (firstAnswerAt.size < connections) return { latencies: [], rampMs: Number.POSITIVE_INFINITY };
  const rampMs = Math.max(...firstAnswerAt.values());
  const latencies = responses.filter((r) => r.sentAt >= rampMs).map((r) => r.latencyMs);
  return { latencies, rampMs };
}

/** Nearest-rank percentile; NaN for no samples. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}
