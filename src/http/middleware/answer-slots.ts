import type { MiddlewareHandler } from 'hono';
import { errorResponse } from '../errors.js';
import { hasTimedOut } from './request-timeout.js';

export type AcquireResult = 'acquired' | 'full' | 'timeout' | 'aborted';

/**
 * A counting semaphore with a bounded FIFO queue. Answer generation is CPU-bound (the embedding
 * model) or quota-bound (an LLM): running more at once only makes every answer slower.
 */
export class SlotPool {
  private active = 0;
  private readonly waiting: { grant: () => void }[] = [];

  constructor(
    readonly maxActive: number,
    readonly maxQueue: number,
  ) {}

  stats(): { active: number; queued: number } {
    return { active: this.active, queued: this.waiting.length };
  }

  acquire(options: { maxWaitMs: number; signal?: AbortSignal }): Promise<AcquireResult> {
    if (options.signal?.aborted) return Promise.resolve('aborted');
    if (this.active < this.maxActive) {
      this.active++;
      return Promise.resolve('acquired');
    }
    if (this.waiting.length >= this.maxQueue) return Promise.resolve('full');
    return new Promise((resolve) => {
      const entry = {
        grant: () => {
          cleanup();
          resolve('acquired');
        },
      };
      const leave = (result: AcquireResult) => {
        const at = this.waiting.indexOf(entry);
        if (at >= 0) this.waiting.splice(at, 1);
        cleanup();
        resolve(result);
      };
      const onAbort = () => leave('aborted');
      const timer = setTimeout(() => leave('timeout'), options.maxWaitMs);
      const cleanup = () => {
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
      };
      options.signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(entry);
    });
  }

  release(): void {
    const next = this.waiting.shift();
    // The slot passes straight to the next in line, so `active` does not change.
    if (next) next.grant();
    else this.active = Math.max(0, this.active - 1);
  }
}

/** Keeps a stream's slot until the client has read the last byte or gone away. */
function releaseWhenDone(body: ReadableStream<Uint8Array>, release: () => void): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const chunk = await reader.read();
        if (chunk.done) {
          release();
          controller.close();
        } else controller.enqueue(chunk.value);
      } catch (error) {
        release();
        controller.error(error);
      }
    },
    async cancel(reason) {
      release();
      await reader.cancel(reason);
    },
  });
}

/**
 * At most `pool.maxActive` answers are generated at once; up to `pool.maxQueue` more wait in line
 * (for at most `maxWaitMs`). Beyond that, 503 `busy` with Retry-After at once, rather than letting
 * latency grow without bound for everyone.
 */
export function answerSlots(options: { pool: SlotPool; maxWaitMs: number }): MiddlewareHandler {
  return async (c, next) => {
    const result = await options.pool.acquire({ maxWaitMs: options.maxWaitMs, signal: c.req.raw.signal });
    if (result !== 'acquired') {
      c.header('Retry-After', '5');
      const message =
        result === 'full'
          ? 'The service is answering as many questions as it can; please try again in a few seconds.'
          : 'The question waited too long for a free slot; please try again in a few seconds.';
      return errorResponse(c, 503, 'busy', message);
    }
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      options.pool.release();
    };
    // Every path gives the slot back: an error, a timeout that already answered, a client that is
    // gone, or (for a stream) the last byte read or the stream cancelled.
    let keptByStream = false;
    try {
      await next();
      // Only a stream's body is looked at: asking @hono/node-server's response for its body turns
      // it into a full web Response, which a JSON answer does not need.
      const body = c.res.headers.get('content-type')?.startsWith('text/event-stream') ? c.res.body : null;
      if (body && (hasTimedOut(c) || c.req.raw.signal.aborted)) void body.cancel('nobody will read this stream').catch(() => {});
      else if (body) {
        c.res = new Response(releaseWhenDone(body, release), { status: c.res.status, headers: c.res.headers });
        keptByStream = true;
      }
    } finally {
      if (!keptByStream) release();
    }
  };
}
