import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { rateLimit } from './rate-limit.js';

function appWith(options: { limitPerMin: number; clock: { t: number }; maxClients?: number }) {
  const app = new Hono();
  app.use(rateLimit({ limitPerMin: options.limitPerMin, keyOf: (c) => c.req.header('x-client'), now: () => options.clock.t, maxClients: options.maxClients }));
  app.get('/x', (c) => c.json({ ok: true }));
  return app;
}
const from = (client?: string) => (client ? { headers: { 'x-client': client } } : {});

describe('rateLimit', () => {
  it('lets a client burst up to the limit, then answers 429 with Retry-After and the error format', async () => {
    const clock = { t: 1_000_000 };
    const app = appWith({ limitPerMin: 3, clock });
    for (let i = 0; i < 3; i++) expect((await app.request('/x', from('a'))).status).toBe(200);
    const limited = await app.request('/x', from('a'));
    expect(limited.status).toBe(429);
    // 3 per minute: one token back every 20 s.
    expect(limited.headers.get('Retry-After')).toBe('20');
    const body = (await limited.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.message).toMatch(/3 per minute/);
  });

  it('keeps clients apart and refills over time', async () => {
    const clock = { t: 0 };
    const app = appWith({ limitPerMin: 2, clock });
    await app.request('/x', from('a'));
    await app.request('/x', from('a'));
    expect((await app.request('/x', from('a'))).status).toBe(429);
    expect((await app.request('/x', from('b'))).status).toBe(200);
    clock.t += 29_000;
    expect((await app.request('/x', from('a'))).status).toBe(429);
    clock.t += 1_000;
    expect((await app.request('/x', from('a'))).status).toBe(200);
  });

  it('does not limit requests whose client cannot be identified', async () => {
    const app = appWith({ limitPerMin: 1, clock: { t: 0 } });
    for (let i = 0; i < 5; i++) expect((await app.request('/x')).status).toBe(200);
  });

  it('forgets the least recently seen client when full, so memory stays bounded', async () => {
    const clock = { t: 0 };
    const app = appWith({ limitPerMin: 1, clock, maxClients: 2 });
    await app.request('/x', from('a'));
    await app.request('/x', from('b'));
    await app.request('/x', from('c')); // evicts a
    expect((await app.request('/x', from('a'))).status).toBe(200);
    expect((await app.request('/x', from('c'))).status).toBe(429);
  });
});
