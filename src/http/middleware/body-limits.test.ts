import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { bodyLimits } from './body-limits.js';

function app() {
  const a = new Hono();
  a.use(
    bodyLimits({
      rules: [
        { prefix: '/big/', maxBytes: 4096 },
        { prefix: '/upload/', maxBytes: 200, declaredOnly: true },
      ],
      fallbackBytes: 100,
    }),
  );
  a.post('*', async (c) => c.json({ bytes: (await c.req.arrayBuffer()).byteLength }));
  return a;
}

function chunked(bytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const n = Math.min(32, bytes - sent);
      sent += n;
      controller.enqueue(new Uint8Array(n).fill(97));
    },
  });
}

describe('bodyLimits', () => {
  it('rejects a declared oversized body with 413 in the error format', async () => {
    const response = await app().request('/api/ask', { method: 'POST', body: 'x'.repeat(101), headers: { 'content-length': '101' } });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: { code: 'payload_too_large', message: 'The request body must be at most 100 bytes.' } });
  });

  it('counts a chunked body as it arrives and stops at the limit', async () => {
    const response = await app().request('/api/ask', { method: 'POST', body: chunked(1000), duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
  });

  it('lets bodies within the limit through intact, per path', async () => {
    const small = await app().request('/api/ask', { method: 'POST', body: 'x'.repeat(100) });
    expect(await small.json()).toEqual({ bytes: 100 });
    const upload = await app().request('/big/upload', { method: 'POST', body: chunked(3000), duplex: 'half' } as RequestInit);
    expect(await upload.json()).toEqual({ bytes: 3000 });
  });

  it('checks only the declared length on routes that count streamed bodies themselves', async () => {
    const declared = await app().request('/upload/x', { method: 'POST', body: 'x'.repeat(201), headers: { 'content-length': '201' } });
    expect(declared.status).toBe(413);
    const streamed = await app().request('/upload/x', { method: 'POST', body: chunked(1000), duplex: 'half' } as RequestInit);
    expect(await streamed.json()).toEqual({ bytes: 1000 });
  });
});
