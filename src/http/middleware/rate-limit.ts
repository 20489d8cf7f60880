import type { Context, MiddlewareHandler } from 'hono';
import { errorResponse } from '../errors.js';

interface Bucket {
  tokens: number;
  at: number;
}

export interface RateLimitOptions {
  limitPerMin: number;
  /** The client's identity; requests without one are not limited (nothing to tell them apart by). */
  keyOf: (c: Context) => string | undefined;
  now?: () => number;
  /** Clients remembered at once; the least recently seen are forgotten first. */
  maxClients?: number;
}

/**
 * Per-client token bucket: a client may burst up to `limitPerMin` requests and then gets one more
 * every 60/limit seconds. Over the limit: 429 with Retry-After (whole seconds until a token is back).
 */
export function rateLimit({ limitPerMin, keyOf, now = Date.now, maxClients = 100_000 }: RateLimitOptions): MiddlewareHandler {
  const perMs = limitPerMin / 60_000;
  const buckets = new Map<string, Bucket>();

  return async (c, next) => {
    const key = keyOf(c);
    if (key === undefined) return next();
    const t = now();
    const previous = buckets.get(key);
    const tokens = previous ? Math.min(limitPerMin, previous.tokens + (t - previous.at) * perMs) : limitPerMin;
    // Re-inserting keeps the map in least-recently-seen order, so eviction drops idle clients.
    buckets.delete(key);
    if (buckets.size >= maxClients) {
      const oldest = buckets.keys().next().value;
      if (oldest !== undefined) buckets.delete(oldest);
    }
    c.header('RateLimit-Limit', String(limitPerMin));
    if (tokens < 1) {
      buckets.set(key, { tokens, at: t });
      const retryAfter = Math.max(1, Math.ceil((1 - tokens) / perMs / 1000));
      c.header('Retry-After', String(retryAfter));
      c.header('RateLimit-Remaining', '0');
      return errorResponse(c, 429, 'rate_limited', `Too many requests: at most ${limitPerMin} per minute. Try again in ${retryAfter} s.`);
    }
    buckets.set(key, { tokens: tokens - 1, at: t });
    c.header('RateLimit-Remaining', String(Math.floor(tokens - 1)));
    return next();
  };
}
