import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { addressKey, clientKey } from './client-key.js';

function appWith(trustProxy: boolean) {
  const app = new Hono();
  app.get('/key', (c) => c.json({ key: clientKey(c, trustProxy) ?? null }));
  return app;
}

async function keyOf(app: Hono, headers: Record<string, string> = {}): Promise<string | null> {
  return ((await (await app.request('/key', { headers })).json()) as { key: string | null }).key;
}

describe('clientKey', () => {
  it('ignores X-Forwarded-For unless the proxy is trusted', async () => {
    expect(await keyOf(appWith(false), { 'x-forwarded-for': '203.0.113.9' })).toBeNull();
    expect(await keyOf(appWith(true), { 'x-forwarded-for': '198.51.100.1, 203.0.113.9' })).toBe('203.0.113.9');
  });

  it('rejects forwarded values that are not addresses', async () => {
    expect(await keyOf(appWith(true), { 'x-forwarded-for': '<script>' })).toBeNull();
  });

  it('uses the TCP peer of a real Node socket, whatever the headers say', async () => {
    const server = serve({ fetch: appWith(false).fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    try {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const response = await fetch(`http://127.0.0.1:${port}/key`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
      expect(((await response.json()) as { key: string }).key).toBe('127.0.0.1');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('keys IPv6 by /64 and IPv4-mapped IPv6 as IPv4', () => {
    expect(addressKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2::5')).toBe('2001:db8:1:2::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('::ffff:10.0.0.7')).toBe('10.0.0.7');
    expect(addressKey('10.0.0.7')).toBe('10.0.0.7');
  });
});
