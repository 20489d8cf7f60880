import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../../core/logger.js';
import { errorResponse } from '../errors.js';

export interface CorsPolicyOptions {
  /** Exact origins (scheme://host[:port]) whose pages may call the API from a browser. */
  allowedOrigins: readonly string[];
  /** How long a browser may cache a preflight answer. */
  maxAgeSeconds?: number;
  /** Told once per refused origin, so that whoever embedded the widget learns what to configure. */
  logger?: Logger;
}

const ALLOWED_METHODS = 'GET, POST, OPTIONS';
const ALLOWED_HEADERS = 'Content-Type, Accept';

/**
 * The chat page at / opened on this machine's loopback address (while developing): no other
 * site can have a loopback origin in a visitor's browser. Any other origin must be configured:
 * the Host header says nothing about who the caller is (a DNS-rebinding page sends
 * "Host: evil.example" with a matching "Origin: http://evil.example").
 */
function isLoopbackSameOrigin(origin: string, requestUrl: string): boolean {
  try {
    const { hostname, protocol } = new URL(origin);
    const loopback =
      (protocol === 'http:' || protocol === 'https:') && (hostname === 'localhost' || hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(hostname));
    // Another loopback port is another site (a page served by some other local program).
    return loopback && new URL(requestUrl).origin === origin;
  } catch {
    return false;
  }
}

/**
 * CORS for /api/*: only ALLOWED_ORIGINS get the Access-Control-Allow-Origin header, so a browser
 * on any other site cannot read an answer. A cross-origin request from a site that is not allowed
 * is refused outright (403) so that it costs no retrieval either; requests without an Origin
 * (curl, servers) are not browser requests and pass untouched. Origins are compared with the
 * configured list only, never with the Host header.
 */
export function corsPolicy(options: CorsPolicyOptions): MiddlewareHandler {
  const allowed = new Set(options.allowedOrigins);
  const maxAge = String(options.maxAgeSeconds ?? 600);
  const reported = new Set<string>();
  return async (c, next) => {
    const origin = c.req.header('Origin');
    // The service's own public origin (its chat page) belongs in ALLOWED_ORIGINS like any other.
    if (origin === undefined || (isLoopbackSameOrigin(origin, c.req.url) && !allowed.has(origin))) {
      await next();
      return;
    }
    if (!allowed.has(origin)) {
      if (!reported.has(origin) && reported.size < 1000) {
        reported.add(origin);
        options.logger?.warn(`refused browser requests from ${origin}: not in ALLOWED_ORIGINS (add it there to let that site use the service)`, { origin });
      }
      const refusal = errorResponse(c, 403, 'origin_not_allowed', `Origin ${origin} is not in ALLOWED_ORIGINS.`);
      // A refused page may read why on a GET (the widget's first request), so that it can say
      // "this site is not allowed" instead of "try later"; POSTs stay unreadable and unanswered.
      if (c.req.method === 'GET') refusal.headers.set('Access-Control-Allow-Origin', origin);
      return refusal;
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
