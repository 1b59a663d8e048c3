import autocannon from "autocannon";

// Requests per second a page sustains with a fixed number of open connections, the way the
// health check is measured in the same run, so the two figures compare.

export type Throughput = {
  perSecond: number;
  /** Requests answered in the window: 0 means none finished, not an infinitely slow page. */
  answered: number;
  p50: number;
  /** autocannon's histogram has no p95; p97.5 is the nearest it keeps. */
  p97: number;
  /** Server CPU time per answered request (steady where req/s moves with the machine's load). */
  cpuMsPerRequest: number;
  /** Non-2xx answers (a 500 under load is a failure, not a fast answer), errors, timeouts. */
  failures: number;
};

export async function measureThroughput(
  url: string,
  options: { connections: number; seconds: number; cpuMs: () => number },
): Promise<Throughput> {
  const cpuBefore = options.cpuMs();
  const result = await autocannon({
    // A slow answer on a loaded machine is still an answer: only a stuck request fails.
    timeout: 60,
    url,
    connections: options.connections,
    duration: options.seconds,
  });
  return {
    perSecond: result.requests.total / options.seconds,
    answered: result.requests.total,
    p50: result.latency.p50,
    p97: result.latency.p97_5,
    cpuMsPerRequest: (options.cpuMs() - cpuBefore) / Math.max(1, result.requests.total),
    failures: result.non2xx + result.errors + result.timeouts,
  };
}
