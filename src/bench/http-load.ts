import autocannon from 'autocannon';
import type { CpuSplit } from './cpu-split.js';
import { type LatencyStats, latencyStats } from './latency.js';

export interface LoadResult {
  connections: number;
  requests: number;
  ok: number;
  errors: number;
  non2xx: number;
  timeouts: number;
  /** Responses by HTTP status: a 503 is the server shedding load, not a failure to answer. */
  statusCounts: Record<string, number>;
  seconds: number;
  throughputRps: number;
  latencyMs: LatencyStats;
  /** Where the CPU went during the run (Linux only). */
  cpu?: CpuSplit;
}

/**
 * POSTs /api/ask over real HTTP at a fixed concurrency until `requests` answers came back, cycling
 * through the questions. A fixed count (not a fixed time) because an answer can take seconds on a
 * busy machine: a timed run would drop the slow answers still in flight at the end. Percentiles
 * come from every response's own time (autocannon's histogram has no p95).
 */
export async function loadAsk(options: { url: string; connections: number; requests: number; questions: string[]; offset?: number }): Promise<LoadResult> {
  let next = options.offset ?? 0;
  const bodies = options.questions.map((question) => JSON.stringify({ question }));
  const times: number[] = [];
  let ok = 0;
  const statusCounts: Record<string, number> = {};
  const started = performance.now();
  const instance = autocannon({
    url: `${options.url}/api/ask`,
    connections: options.connections,
    amount: options.requests,
    timeout: 300,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
      },
    ],
  });
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    times.push(responseTime);
    statusCounts[statusCode] = (statusCounts[statusCode] ?? 0) + 1;
    if (statusCode >= 200 && statusCode < 300) ok++;
  });
  const result = await instance;
  const seconds = (performance.now() - started) / 1000;
  return {
    connections: options.connections,
    requests: times.length,
    ok,
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    statusCounts,
    seconds: Math.round(seconds * 10) / 10,
    throughputRps: Math.round((ok / seconds) * 100) / 100,
    latencyMs: latencyStats(times),
  };
}
