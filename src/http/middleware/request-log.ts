import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../../core/logger.js';

declare module 'hono' {
  interface ContextVariableMap {
    requestId: string;
    logger: Logger;
  }
}

// A caller's id is kept (to follow a request across a proxy) only if it cannot forge log content.
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Gives each request an id (X-Request-Id in and out) and a logger that carries it, then logs one
 * line per request: method, path (never the query string, which can hold a question), status, ms.
 * Question text is logged only with LOG_QUESTIONS=true.
 */
export function requestLog(options: { logger: Logger; logQuestions: boolean }): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && SAFE_ID.test(incoming) ? incoming : globalThis.crypto.randomUUID();
    const logger = options.logger.child({ requestId });
    c.set('requestId', requestId);
    c.set('logger', logger);
    await next();
    try {
      c.res.headers.set('X-Request-Id', requestId);
    } catch {
      // A passed-through Response can have immutable headers; the id is still in the log line.
    }
    const status = c.res.status;
    const fields: Record<string, unknown> = { method: c.req.method, path: c.req.path, status, ms: Math.round(performance.now() - started) };
    if (options.logQuestions) {
      const question = await questionOf(c.req);
      if (question !== undefined) fields.question = question;
    }
    if (status >= 500) logger.warn('request', fields);
    else logger.info('request', fields);
  };
}

async function questionOf(req: Parameters<MiddlewareHandler>[0]['req']): Promise<string | undefined> {
  if (req.method === 'GET') return req.query('q');
  if (req.method !== 'POST' || req.path !== '/api/ask') return undefined;
  try {
    const body = (await req.json()) as { question?: unknown };
    return typeof body.question === 'string' ? body.question.slice(0, 1000) : undefined;
  } catch {
    return undefined;
  }
}
