import { describe, expect, it } from 'vitest';
import { cpuSplit, sampleCpu } from './cpu-split.js';

describe('cpu split', () => {
  it('divides the CPU of a run by answered requests and gives the ceiling it allows', () => {
    const before = { atMs: 0, serverMainMs: 1000, serverOtherMs: 500, stealMs: 100, selfMicros: 0 };
    const after = { atMs: 10_000, serverMainMs: 8000, serverOtherMs: 3500, stealMs: 1100, selfMicros: 2_000_000 };
    const split = cpuSplit(before, after, 1000, 2);
    expect(split.perRequestMs).toEqual({ serverMain: 7, serverOther: 3, loadGenerator: 2, steal: 1 });
    expect(split.mainThreadBusy).toBe(0.7);
    expect(split.coresBusy).toBe(0.65);
    expect(split.ceilingRps).toBe(154);
  });

  it('reads this process from /proc on Linux, its main thread apart from the others', () => {
    const sample = sampleCpu(process.pid);
    if (process.platform !== 'linux') return expect(sample).toBeUndefined();
    // Spin until the main thread has had 30 ms of CPU (on a busy machine that takes longer than
    // 30 ms of wall time), or give up after 10 s: a reader that never sees it advance fails.
    let spin = 0;
    let later = sampleCpu(process.pid);
    const until = performance.now() + 10_000;
    while (performance.now() < until && !(later && sample && later.serverMainMs - sample.serverMainMs >= 30)) {
      for (let i = 0; i < 100_000; i++) spin++;
      later = sampleCpu(process.pid);
    }
    expect(spin).toBeGreaterThan(0);
    expect(later && sample && later.serverMainMs - sample.serverMainMs).toBeGreaterThanOrEqual(30);
    expect(sampleCpu(2 ** 22 + 12345)).toBeUndefined();
  });
});
