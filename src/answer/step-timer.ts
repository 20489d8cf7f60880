import { yieldToEventLoop } from '../core/time-slices.js';

/**
 * Runs the named steps of a pipeline and records how long each took, in order. Each step starts
 * in a turn of the event loop of its own: a question is tens of milliseconds of work on the
 * server's one thread (the first one after a start more, while its patterns compile), and
 * /healthz and other requests are answered between its steps, not after all of them (issue 24).
 */
export class StepTimer {
  readonly timingsMs: Record<string, number> = {};
  private readonly started = performance.now();

  async step<T>(name: string, run: () => Promise<T> | T): Promise<T> {
    await yieldToEventLoop();
    const t0 = performance.now();
    try {
      return await run();
    } finally {
      this.timingsMs[name] = round(performance.now() - t0);
    }
  }

  finish(): Record<string, number> {
    this.timingsMs.total = round(performance.now() - this.started);
    return this.timingsMs;
  }
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
