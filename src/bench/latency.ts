import { percentile } from '../eval/metrics.js';

export interface LatencyStats {
  n: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
}

export function latencyStats(values: number[]): LatencyStats {
  const round = (v: number | null) => Math.round((v ?? Number.NaN) * 100) / 100;
  return {
    n: values.length,
    mean: round(values.length ? values.reduce((a, b) => a + b, 0) / values.length : null),
    p50: round(percentile(values, 50)),
    p95: round(percentile(values, 95)),
    p99: round(percentile(values, 99)),
  };
}

/** Runs fn once per item, one at a time, and returns each call's wall time in ms. */
export async function timeEach<T>(items: T[], fn: (item: T) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (const item of items) {
    const started = performance.now();
    await fn(item);
    times.push(performance.now() - started);
  }
  return times;
}
