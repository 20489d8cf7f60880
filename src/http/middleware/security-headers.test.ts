import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from './security-headers.js';

function app(allowedOrigins: string[] = []) {
  const a = new Hono();
  a.use(securityHeaders({ allowedOrigins }));
  a.get('/', (c) => c.html('<p>chat</p>'));
  a.get('/widget.js', (c) => c.body('/* widget */', 200, { 'content-type': 'text/javascript' }));
  a.get('/api/search', (c) => c.json({ results: [] }));
  return a;
}

describe('securityHeaders', () => {
  it('sends a same-origin-only CSP and the usual hardening headers', async () => {
    const response = await app().request('/');
    const csp = response.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("object-src 'none'");
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('X-Frame-Options')).toBe('DENY');
    expect(response.headers.get('Cross-Origin-Resource-Policy')).toBe('same-origin');
    expect(response.headers.get('Strict-Transport-Security')).toMatch(/max-age=/);
  });

  it('lets the widget hosts frame the page and load /widget.js cross-origin', async () => {
    const page = await app(['https://www.example.go.kr']).request('/');
    expect(page.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'self' https://www.example.go.kr");
    expect(page.headers.get('X-Frame-Options')).toBeNull();
    const widget = await app(['https://www.example.go.kr']).request('/widget.js');
    expect(widget.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin');
  });

  it('marks API answers as not cacheable', async () => {
    const response = await app().request('/api/search');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
  });
});
