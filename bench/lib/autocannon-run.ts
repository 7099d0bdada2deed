import autocannon from "autocannon";
import { percentile, steadyStateLatencies, type TimedResponse } from "./steady-state.ts";

export type LoadFigures = {
  requestsPerSecond: number;
  /** Latency p50/p99 (ms) over the whole run, as autocannon reports it: connection ramp included. */
  p50: number;
  p99: number;
  /** Latency p50/p99 (ms) of the requests sent once every connection had had its first answer. */
  steadyP50: number;
  steadyP99: number;
  steadyRequests: number;
  /** How long (ms) after the start the last connection got its first answer. */
  rampMs: number;
  errors: number;
  requests: number;
};

/**
 * Runs autocannon and keeps the figures we compare: mean req/s, latency p50/p99 (ms), non-2xx or
 * failed requests — and the same percentiles over the steady state, because autocannon opens all
 * its connections at once and a saturated Node server accepts one new connection per turn of its
 * event loop (docs/performance.md): the first request on the last connections waits for that ramp.
 */
export async function load(options: autocannon.Options): Promise<LoadFigures> {
  const responses: TimedResponse[] = [];
  let clients = 0;
  const startedAt = performance.now();
  const result = await autocannon({
    duration: 10,
    // Long enough for the last connection's first request to be answered rather than counted as
    // failed: the ramp is reported as such, and the steady state measured after it.
    timeout: 30,
    ...options,
    setupClient: (client) => {
      const connection = clients++;
      client.on("response", (_status: number, _bytes: number, latencyMs: number) => {
        const at = performance.now() - startedAt;
        responses.push({ connection, sentAt: at - latencyMs, latencyMs });
      });
    },
  });
  const steady = steadyStateLatencies(responses, clients);
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    steadyP50: percentile(steady.latencies, 50),
    steadyP99: percentile(steady.latencies, 99),
    steadyRequests: steady.latencies.length,
    rampMs: Math.round(steady.rampMs),
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
  };
}
