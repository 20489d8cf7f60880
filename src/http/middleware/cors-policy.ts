import type { MiddlewareHandler } from 'hono';
import { errorResponse } from '../errors.js';

export interface CorsPolicyOptions {
  /** Exact origins (scheme://host[:port]) whose pages may call the API from a browser. */
  allowedOrigins: readonly string[];
  /** How long a browser may cache a preflight answer. */
  maxAgeSeconds?: number;
}

const ALLOWED_METHODS = 'GET, POST, OPTIONS';
const ALLOWED_HEADERS = 'Content-Type, Accept';

/** Same-origin pages (the chat page at /) send an Origin on POST too; they need no permission. */
function isSameOrigin(origin: string, requestUrl: string): boolean {
  try {
    return new URL(requestUrl).origin === origin;
  } catch {
    return false;
  }
}

/**
 * CORS for /api/*: only ALLOWED_ORIGINS get the Access-Control-Allow-Origin header, so a browser
 * on any other site cannot read an answer. A cross-origin request from a site that is not allowed
 * is refused outright (403) so that it costs no retrieval either; requests without an Origin
 * (curl, servers) are not browser requests and pass untouched.
 */
export function corsPolicy(options: CorsPolicyOptions): MiddlewareHandler {
  const allowed = new Set(options.allowedOrigins);
  const maxAge = String(options.maxAgeSeconds ?? 600);
  return async (c, next) => {
    const origin = c.req.header('Origin');
    if (origin === undefined || isSameOrigin(origin, c.req.url)) {
      await next();
      return;
    }
    if (!allowed.has(origin)) {
      return errorResponse(c, 403, 'origin_not_allowed', `Origin ${origin} is not in ALLOWED_ORIGINS.`);
    }
    if (c.req.method === 'OPTIONS') {
      return new Response(null, {
        status: 204,
        headers: {
          'Access-Control-Allow-Origin': origin,
          'Access-Control-Allow-Methods': ALLOWED_METHODS,
          'Access-Control-Allow-Headers': ALLOWED_HEADERS,
          'Access-Control-Max-Age': maxAge,
          Vary: 'Origin',
        },
      });
    }
    await next();
    // Set on the final response so that error and streaming responses carry it too.
    c.res.headers.set('Access-Control-Allow-Origin', origin);
    // Caches must not serve one origin's answer (with its CORS header) to another.
    c.res.headers.append('Vary', 'Origin');
  };
}
