import type { Context, MiddlewareHandler } from 'hono';
import { UserError } from '../../core/errors.js';

const expired = new WeakSet<Context>();

/** True once the timeout has answered for this request: whatever the route produces later is never sent. */
export function hasTimedOut(c: Context): boolean {
  return expired.has(c);
}

/**
 * Answers 503 `timeout` when no response is ready after `ms`. The work itself cannot be cancelled
 * from here and runs on (holding its answer slot, so the concurrency cap stays honest); the client
 * just stops waiting. A stream counts as ready once its headers are out.
 */
export function requestTimeout(ms: number): MiddlewareHandler {
  return async (c, next) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        expired.add(c);
        reject(new UserError(503, 'timeout', `No answer within ${Math.round(ms / 100) / 10} s; please try again.`));
      }, ms);
    });
    try {
      await Promise.race([next(), deadline]);
    } finally {
      clearTimeout(timer);
    }
  };
}
