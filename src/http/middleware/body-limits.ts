import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { errorResponse } from '../errors.js';

export interface BodyLimitRule {
  /** Path prefix, e.g. "/api/admin/"; the first matching rule wins. */
  prefix: string;
  maxBytes: number;
  /**
   * Check only a declared Content-Length: for routes that count a streamed body themselves after
   * authenticating (uploads), so nothing is buffered here for an unauthenticated caller.
   */
  declaredOnly?: boolean;
}

function describeBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / 1024 / 1024)} MiB`;
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KiB` : `${bytes} bytes`;
}

/**
 * Caps request bodies on every method that carries one, by path: the declared Content-Length is
 * checked before reading, a chunked body is counted as it arrives and cut off at the limit.
 */
export function bodyLimits(options: { rules: BodyLimitRule[]; fallbackBytes: number }): MiddlewareHandler {
  const limiterFor = (maxBytes: number) =>
    bodyLimit({
      maxSize: maxBytes,
      onError: (c) => errorResponse(c, 413, 'payload_too_large', `The request body must be at most ${describeBytes(maxBytes)}.`),
    });
  const declaredLimitFor =
    (maxBytes: number): MiddlewareHandler =>
    async (c, next) => {
      const declared = Number(c.req.header('content-length') ?? 0);
      if (declared > maxBytes) return errorResponse(c, 413, 'payload_too_large', `The request body must be at most ${describeBytes(maxBytes)}.`);
      return next();
    };
  const rules = options.rules.map((rule) => ({ prefix: rule.prefix, limit: rule.declaredOnly ? declaredLimitFor(rule.maxBytes) : limiterFor(rule.maxBytes) }));
  const fallback = limiterFor(options.fallbackBytes);
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next();
    const limit = rules.find((rule) => c.req.path.startsWith(rule.prefix))?.limit ?? fallback;
    return limit(c, next);
  };
}
