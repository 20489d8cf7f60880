import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { corsPolicy } from './cors-policy.js';

const ALLOWED = 'https://www.example.go.kr';

function app(): Hono {
  const hono = new Hono();
  hono.use('/api/*', corsPolicy({ allowedOrigins: [ALLOWED] }));
  hono.post('/api/ask', (c) => c.json({ answer: 'ok' }));
  return hono;
}

describe('corsPolicy', () => {
  it('answers the preflight of an allowed origin and labels its responses', async () => {
    const preflight = await app().request('http://api.test/api/ask', {
      method: 'OPTIONS',
      headers: { Origin: ALLOWED, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe(ALLOWED);
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toMatch(/Content-Type/i);

    const response = await app().request('http://api.test/api/ask', { method: 'POST', headers: { Origin: ALLOWED } });
    expect(response.status).toBe(200);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(ALLOWED);
    expect(response.headers.get('Vary')).toMatch(/Origin/);
  });

  it('refuses other origins without any CORS header, before the handler runs', async () => {
    for (const method of ['OPTIONS', 'POST']) {
      const response = await app().request('http://api.test/api/ask', { method, headers: { Origin: 'https://evil.example' } });
      expect(response.status).toBe(403);
      expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
      expect(await response.json()).toEqual({ error: { code: 'origin_not_allowed', message: expect.stringContaining('https://evil.example') } });
    }
  });

  it('never trusts the Host header: a DNS-rebinding page whose Origin matches it is refused (issue 24)', async () => {
    const rebound = await app().request('http://evil.example/api/ask', { method: 'POST', headers: { Origin: 'http://evil.example', Host: 'evil.example' } });
    expect(rebound.status).toBe(403);
  });

  it('lets the configured origin, loopback pages and non-browser clients through', async () => {
    const own = await app().request('https://www.example.go.kr/api/ask', { method: 'POST', headers: { Origin: ALLOWED } });
    expect(own.status).toBe(200);
    const local = await app().request('http://127.0.0.1:8787/api/ask', { method: 'POST', headers: { Origin: 'http://127.0.0.1:8787' } });
    expect(local.status).toBe(200);
    const localhost = await app().request('http://localhost:8787/api/ask', { method: 'POST', headers: { Origin: 'http://localhost:8787' } });
    expect(localhost.status).toBe(200);
    const otherPort = await app().request('http://127.0.0.1:8787/api/ask', { method: 'POST', headers: { Origin: 'http://127.0.0.1:9999' } });
    expect(otherPort.status).toBe(403);
    const curl = await app().request('http://api.test/api/ask', { method: 'POST' });
    expect(curl.status).toBe(200);
    expect(curl.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});
