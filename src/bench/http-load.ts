import autocannon from 'autocannon';
import { latencyStats, type LatencyStats } from './latency.js';

export interface LoadResult {
  connections: number;
  durationSec: number;
  requests: number;
  ok: number;
  errors: number;
  non2xx: number;
  timeouts: number;
  throughputRps: number;
  latencyMs: LatencyStats;
}

/**
 * POSTs /api/ask over real HTTP at a fixed concurrency for a fixed time, cycling through the
 * questions. Latency percentiles come from every response's own time, not autocannon's histogram
 * (which has no p95).
 */
export async function loadAsk(options: { url: string; connections: number; durationSec: number; questions: string[] }): Promise<LoadResult> {
  let next = 0;
  const bodies = options.questions.map((question) => JSON.stringify({ question }));
  const times: number[] = [];
  let ok = 0;
  const instance = autocannon({
    url: `${options.url}/api/ask`,
    connections: options.connections,
    duration: options.durationSec,
    timeout: 60,
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
    if (statusCode >= 200 && statusCode < 300) ok++;
  });
  const result = await instance;
  return {
    connections: options.connections,
    durationSec: options.durationSec,
    requests: times.length,
    ok,
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    throughputRps: Math.round((ok / options.durationSec) * 100) / 100,
    latencyMs: latencyStats(times),
  };
}
