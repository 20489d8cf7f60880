/** Runs the named steps of a pipeline and records how long each took, in order. */
export class StepTimer {
  readonly timingsMs: Record<string, number> = {};
  private readonly started = performance.now();

  async step<T>(name: string, run: () => Promise<T> | T): Promise<T> {
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
