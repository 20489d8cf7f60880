import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { Logger } from '../../core/logger.js';
import type { AskResult } from '../../core/types.js';
import { holdsPersonalData, maskPersonalData } from '../../feedback/mask-personal-data.js';

declare module 'hono' {
  interface ContextVariableMap {
    requestId: string;
    logger: Logger;
  }
}

/** Polled by load balancers and start-up scripts: a 503 there means "not yet", not a fault. */
const PROBES = new Set(['/healthz', '/readyz']);

// A caller's id is kept (to follow a request across a proxy) only if it cannot forge log content
// and is an id, not personal data: ids of proxies and tracers carry letters (a phone number,
// resident number or e-mail address typed into the header does not pass).
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

function acceptedRequestId(incoming: string | undefined): string | undefined {
  if (!incoming || !SAFE_ID.test(incoming) || !/[A-Za-z]/.test(incoming) || holdsPersonalData(incoming)) return undefined;
  return incoming;
}

// What a logged path may hold: the characters of our routes and ids (document ids take letters of any script).
const SAFE_PATH = /^[\p{L}\p{N}/._~-]{1,300}$/u;

/**
 * The path as logged: the request's own path when it has the expected form and no personal data,
 * else the route it matched ("/api/documents/:id"), so a phone number put in a URL never lands in the log.
 */
function loggedPath(c: Context): string {
  const raw = c.req.path;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    decoded = '';
  }
  if (SAFE_PATH.test(decoded) && !holdsPersonalData(decoded)) return raw;
  // The handler's route is the last one matched that is not a middleware (method "ALL").
  const route = matchedRoutes(c).findLast((r) => r.method !== 'ALL')?.path;
  return route && !route.includes('*') ? route : '[path withheld]';
}

/**
 * Gives each request an id (X-Request-Id in and out) and a logger that carries it, then logs one
 * line per request: method, path (never the query string, which can hold a question), status, ms.
 * Question text is logged only with LOG_QUESTIONS=true.
 */
export function requestLog(options: { logger: Logger; logQuestions: boolean }): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    const requestId = acceptedRequestId(c.req.header('x-request-id')) ?? globalThis.crypto.randomUUID();
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
    const fields: Record<string, unknown> = { method: c.req.method, path: loggedPath(c), status, ms: Math.round(performance.now() - started) };
    if (options.logQuestions) {
      const question = await questionOf(c.req);
      if (question !== undefined) fields.question = maskPersonalData(question);
    }
    if (PROBES.has(c.req.path)) logger.debug('request', fields);
    else if (status >= 500) logger.warn('request', fields);
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

/** The outcome of one answer, as the "answer" log line carries it; the question only when asked for. */
export function answerLogFields(result: AskResult, options: { question: string; logQuestions: boolean; stream: boolean }): Record<string, unknown> {
  return {
    answerId: result.id,
    outcome: result.grounded ? 'grounded' : 'refused',
    ...(result.refusalReason ? { reason: result.refusalReason } : {}),
    mode: result.mode,
    retrieval: result.retrieval,
    citations: result.citations.length,
    ms: result.timingsMs.total,
    lang: result.lang,
    stream: options.stream,
    ...(result.fallbackReason ? { fallbackReason: result.fallbackReason } : {}),
    ...(options.logQuestions ? { question: maskPersonalData(options.question.slice(0, 1000)) } : {}),
  };
}

/**
 * Called by /api/ask once an answer is complete (streamed or not): logs one "answer" line with the
 * request's id and hands the answer to the answer log, whose failure never fails the answer.
 */
export function answerRecorder(options: {
  logger: Logger;
  logQuestions: boolean;
  keep?: (result: AskResult, question: string | undefined) => Promise<void>;
}): (c: Context, question: string, result: AskResult, stream: boolean) => void {
  return (c, question, result, stream) => {
    const logger = c.get('logger') ?? options.logger;
    logger.info('answer', answerLogFields(result, { question, logQuestions: options.logQuestions, stream }));
    options.keep?.(result, options.logQuestions ? question : undefined).catch((error: unknown) => logger.warn('answer log write failed', { error }));
  };
}
