import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { describe, expect, it } from 'vitest';
import { answerSlots, SlotPool } from './answer-slots.js';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

function appWith(pool: SlotPool, maxWaitMs = 5_000) {
  const gates: ReturnType<typeof deferred>[] = [];
  const app = new Hono();
  app.use(answerSlots({ pool, maxWaitMs }));
  app.post('/ask', async (c) => {
    const gate = deferred();
    gates.push(gate);
    await gate.promise;
    return c.json({ answered: true });
  });
  app.post('/stream', (c) =>
    streamSSE(c, async (sse) => {
      const gate = deferred();
      gates.push(gate);
      await gate.promise;
      await sse.writeSSE({ event: 'done', data: '{}' });
    }),
  );
  return { app, gates };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('SlotPool', () => {
  it('grants in arrival order and hands a released slot to the next in line', async () => {
    const pool = new SlotPool(1, 2);
    const order: string[] = [];
    expect(await pool.acquire({ maxWaitMs: 1000 })).toBe('acquired');
    const b = pool.acquire({ maxWaitMs: 1000 }).then((r) => order.push(`b:${r}`));
    const c = pool.acquire({ maxWaitMs: 1000 }).then((r) => order.push(`c:${r}`));
    expect(await pool.acquire({ maxWaitMs: 1000 })).toBe('full');
    expect(pool.stats()).toEqual({ active: 1, queued: 2 });
    pool.release();
    await b;
    pool.release();
    await c;
    expect(order).toEqual(['b:acquired', 'c:acquired']);
    pool.release();
    expect(pool.stats()).toEqual({ active: 0, queued: 0 });
  });

  it('gives up after maxWaitMs or when the caller goes away, and leaves the queue', async () => {
    const pool = new SlotPool(1, 5);
    await pool.acquire({ maxWaitMs: 1000 });
    expect(await pool.acquire({ maxWaitMs: 20 })).toBe('timeout');
    const abort = new AbortController();
    const waiting = pool.acquire({ maxWaitMs: 1000, signal: abort.signal });
    abort.abort();
    expect(await waiting).toBe('aborted');
    expect(pool.stats()).toEqual({ active: 1, queued: 0 });
  });
});

describe('answerSlots', () => {
  it('queues up to the bound and answers 503 busy with Retry-After beyond it', async () => {
    const pool = new SlotPool(1, 1);
    const { app, gates } = appWith(pool);
    const first = app.request('/ask', { method: 'POST' });
    const second = app.request('/ask', { method: 'POST' });
    await tick();
    const third = await app.request('/ask', { method: 'POST' });
    expect(third.status).toBe(503);
    expect(third.headers.get('Retry-After')).toBe('5');
    expect(((await third.json()) as { error: { code: string } }).error.code).toBe('busy');
    expect(gates).toHaveLength(1); // the second is waiting, not running
    gates[0]?.resolve();
    expect((await first).status).toBe(200);
    await tick();
    gates[1]?.resolve();
    expect((await second).status).toBe(200);
    expect(pool.stats()).toEqual({ active: 0, queued: 0 });
  });

  it('says 503 when the wait in line is too long', async () => {
    const pool = new SlotPool(1, 5);
    const { app, gates } = appWith(pool, 30);
    const first = app.request('/ask', { method: 'POST' });
    const late = await app.request('/ask', { method: 'POST' });
    expect(late.status).toBe(503);
    expect(((await late.json()) as { error: { message: string } }).error.message).toMatch(/waited too long/);
    gates[0]?.resolve();
    await first;
  });

  it('holds the slot of a stream until the stream ends', async () => {
    const pool = new SlotPool(1, 0);
    const { app, gates } = appWith(pool);
    const response = await app.request('/stream', { method: 'POST' });
    expect(response.status).toBe(200);
    expect(pool.stats().active).toBe(1);
    expect((await app.request('/ask', { method: 'POST' })).status).toBe(503);
    await tick();
    gates[0]?.resolve();
    expect(await response.text()).toContain('event: done');
    expect(pool.stats().active).toBe(0);
  });

  it('frees the slot of a stream the client abandons', async () => {
    const pool = new SlotPool(1, 0);
    const { app, gates } = appWith(pool);
    const response = await app.request('/stream', { method: 'POST' });
    await response.body?.cancel();
    expect(pool.stats().active).toBe(0);
    gates[0]?.resolve();
  });
});
