import { describe, expect, it } from 'vitest';
import { percentile } from '../core/percentile.js';
import { emptyStats, record, table } from './stats.js';

describe('soak stats', () => {
  it('computes nearest-rank percentiles', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBe(0);
  });

  it('counts 429 and 503 apart from errors', () => {
    const stats = emptyStats();
    for (const status of [200, 201, 429, 503, 500, 400]) record(stats, { status, ms: 1 });
    expect(stats).toMatchObject({ requests: 6, ok: 2, limited429: 1, busy503: 1, errors: 2 });
  });

  it('aligns a table', () => {
    expect(
      table(
        ['op', 'n'],
        [
          ['ask', 5],
          ['search', 10],
        ],
      ),
    ).toBe('op       n\n------  --\nask      5\nsearch  10');
  });
});
