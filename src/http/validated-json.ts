import { zValidator } from '@hono/zod-validator';
import type { MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import { UserError } from '../core/errors.js';
import { errorResponse } from './errors.js';
import { describeIssue } from './schemas.js';

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i;

/**
 * Reads the whole body and validates it against `schema` before the route (and, in particular,
 * before an answer slot is taken), so a client that sends its body slowly holds only its own
 * socket. `curl -d` and Python's urllib label a JSON body as a form: the body is read as JSON
 * whatever the declared type, so the README's one-line curl works. Handlers read `c.req.valid('json')`.
 */
export function validatedJson<T extends z.ZodType>(schema: T) {
  const validate = zValidator('json', schema, (result, c) => {
    if (!result.success) return errorResponse(c, 400, 'invalid_request', describeIssue(result.error));
  });
  const relabel: MiddlewareHandler = async (c, next) => {
    const mediaType = (c.req.header('content-type') ?? '').split(';')[0]?.trim() ?? '';
    let text: string;
    try {
      text = await c.req.text();
    } catch {
      // The client went away or Node cut a body that was too slow (REQUEST_READ_TIMEOUT_MS): not our fault, not a 500.
      throw new UserError(400, 'incomplete_body', 'The request body did not arrive in full.');
    }
    try {
      JSON.parse(text);
    } catch {
      throw new UserError(400, 'invalid_json', 'The request body must be a JSON object.');
    }
    if (!JSON_MEDIA_TYPE.test(mediaType)) {
      // The body is already read (and cached by Hono); the request is relabelled so the
      // validator parses it, as bodyLimit does when it replaces a streamed body.
      const headers = new Headers(c.req.raw.headers);
      headers.set('content-type', 'application/json');
      c.req.raw = new Request(c.req.raw.url, { method: c.req.method, headers, body: text, signal: c.req.raw.signal });
    }
    return next();
  };
  return [relabel, validate] as const;
}
