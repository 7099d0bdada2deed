import autocannon from "autocannon";

export type LoadFigures = { requestsPerSecond: number; p50: number; p99: number; errors: number; requests: number };

/** Runs autocannon and keeps the figures we compare: mean req/s, latency p50/p99 (ms), non-2xx or failed requests. */
export async function load(options: autocannon.Options): Promise<LoadFigures> {
  const result = await autocannon({ duration: 10, ...options });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
  };
}
