import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../core/errors.js';
import { errorResponse } from '../errors.js';
import { requestTimeout } from './request-timeout.js';

function appWith(ms: number, handlerMs: number) {
  const app = new Hono();
  app.onError((error, c) =>
    error instanceof UserError ? errorResponse(c, error.status, error.code, error.message) : errorResponse(c, 500, 'internal_error', 'x'),
  );
  app.use(requestTimeout(ms));
  app.get('/work', async (c) => {
    await new Promise((resolve) => setTimeout(resolve, handlerMs));
    return c.json({ done: true });
  });
  return app;
}

describe('requestTimeout', () => {
  it('answers 503 timeout in the error format when the handler is too slow', async () => {
    const started = performance.now();
    const response = await appWith(50, 3000).request('/work');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: { code: 'timeout', message: expect.stringMatching(/0\.1 s/) } });
  });

  it('passes a fast response through untouched', async () => {
    const response = await appWith(500, 5).request('/work');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ done: true });
  });
});
