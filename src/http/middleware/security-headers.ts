import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

type SecureHeadersOptions = NonNullable<Parameters<typeof secureHeaders>[0]>;

/**
 * Secure headers for every response. The chat page loads only same-origin scripts, styles and
 * fonts and talks only to its own API, so the CSP allows 'self' and nothing inline. It may be
 * framed by its own origin and by the widget's hosts (ALLOWED_ORIGINS). /widget.js is meant to be
 * loaded by <script> tags on those other sites, so it alone is served with a cross-origin CORP.
 */
export function securityHeaders(options: { allowedOrigins: string[] }): MiddlewareHandler {
  const framedBy = ["'self'", ...options.allowedOrigins];
  const common: Partial<SecureHeadersOptions> = {
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: framedBy,
    },
    // frame-ancestors supersedes X-Frame-Options, which cannot name other origins at all.
    xFrameOptions: options.allowedOrigins.length === 0 ? 'DENY' : false,
    referrerPolicy: 'strict-origin-when-cross-origin',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [] },
  };
  const sameOrigin = secureHeaders({ ...common, crossOriginResourcePolicy: 'same-origin' });
  const crossOrigin = secureHeaders({ ...common, crossOriginResourcePolicy: 'cross-origin' });
  return async (c, next) => {
    const handler = c.req.path === '/widget.js' ? crossOrigin : sameOrigin;
    await handler(c, next);
    // API answers must never be cached by shared caches: they may carry a user's question.
    if (c.req.path.startsWith('/api/') && !c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
  };
}
