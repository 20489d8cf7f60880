import type { Context, MiddlewareHandler } from 'hono';
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

/**
 * An oversized body is read and thrown away up to this much before the 413 goes out. Clients
 * such as Python's urllib and http.client write the whole body before reading the answer: if the
 * server stops reading and closes, they get a broken pipe instead of the 413 (nginx drains too).
 * Beyond this bound (or after DRAIN_MS) the connection is closed all the same.
 */
export const DRAIN = { maxBytes: 16 * 1024 * 1024, maxMs: 5_000 };

function describeBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / 1024 / 1024)} MiB`;
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KiB` : `${bytes} bytes`;
}

/** Reads and discards what is left of a body, within DRAIN's bounds. */
async function drain(reader: ReadableStreamDefaultReader<Uint8Array>, alreadyRead: number): Promise<void> {
  const deadline = Date.now() + DRAIN.maxMs;
  let read = alreadyRead;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<{ done: true; value?: undefined }>((resolve) => {
    timer = setTimeout(() => resolve({ done: true }), DRAIN.maxMs);
  });
  try {
    while (read <= DRAIN.maxBytes && Date.now() < deadline) {
      const chunk = await Promise.race([reader.read(), timeout]);
      if (chunk.done) return;
      read += chunk.value.length;
    }
  } catch {
    // The client went away while we drained: nothing left to answer.
  } finally {
    clearTimeout(timer);
    reader.cancel().catch(() => undefined);
  }
}

function tooLarge(c: Context, maxBytes: number): Response {
  c.header('Connection', 'close');
  return errorResponse(c, 413, 'payload_too_large', `The request body must be at most ${describeBytes(maxBytes)}.`);
}

/**
 * Caps request bodies on every method that carries one, by path: the declared Content-Length is
 * checked before reading, a chunked body is counted as it arrives. Either way the 413 is sent only
 * after the rest of the body has been drained (see DRAIN), so every client can read it.
 */
export function bodyLimits(options: { rules: BodyLimitRule[]; fallbackBytes: number }): MiddlewareHandler {
  const limitFor =
    (maxBytes: number, declaredOnly: boolean): MiddlewareHandler =>
    async (c, next) => {
      const declared = c.req.header('transfer-encoding') ? undefined : c.req.header('content-length');
      // A declared length within the limit needs nothing from the body here. Not touching it keeps
      // @hono/node-server reading it straight from the socket when the route does: asking for
      // `raw.body` makes it build a web Request and stream around every JSON question.
      if (declared !== undefined && !(Number(declared) > maxBytes)) return next();
      const body = c.req.raw.body;
      if (!body) return next();
      if (declared !== undefined && Number(declared) > maxBytes) {
        // Not for uploads: an unauthenticated caller gets no more of our reading than the limit.
        if (!declaredOnly) await drain(body.getReader(), 0);
        return tooLarge(c, maxBytes);
      }
      if (declared !== undefined || declaredOnly) return next();
      const reader = body.getReader();
      const chunks: Uint8Array[] = [];
      let size = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.length;
        if (size > maxBytes) {
          await drain(reader, size);
          return tooLarge(c, maxBytes);
        }
        chunks.push(value);
      }
      const whole = new Uint8Array(size);
      let at = 0;
      for (const chunk of chunks) {
        whole.set(chunk, at);
        at += chunk.length;
      }
      c.req.raw = new Request(c.req.raw, { body: whole });
      return next();
    };
  const rules = options.rules.map((rule) => ({ prefix: rule.prefix, limit: limitFor(rule.maxBytes, rule.declaredOnly ?? false) }));
  const fallback = limitFor(options.fallbackBytes, false);
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next();
    const limit = rules.find((rule) => c.req.path.startsWith(rule.prefix))?.limit ?? fallback;
    return limit(c, next);
  };
}
