/**
 * Long CPU work written once as a generator that yields between bounded steps, then run either to
 * the end at once (`runToEnd`: the Worker, tests, a cold start) or in slices of a few milliseconds
 * with the event loop turning between them (`runInSlices`: the Node server rebuilding its index
 * after an upload while /healthz and questions keep being answered). Both give the same result.
 */
export type Steps<T> = Generator<void, T, undefined>;

/** How long one slice may hold the event loop. Well under the 50 ms a request may wait for it (issue 24). */
export const SLICE_MS = 8;

export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Lets timers, I/O and other requests run before the caller continues. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof setImmediate === 'function') setImmediate(resolve);
    else setTimeout(resolve, 0);
  });
}

export async function runInSlices<T>(steps: Steps<T>, sliceMs = SLICE_MS): Promise<T> {
  let until = performance.now() + sliceMs;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() >= until) {
      await yieldToEventLoop();
      until = performance.now() + sliceMs;
    }
  }
}

/** How many items of a loop a step covers: small enough that a step of light per-item work stays far under a slice. */
export const ITEMS_PER_STEP = 256;
