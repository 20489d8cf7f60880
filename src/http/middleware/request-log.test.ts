import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../core/logger.js';
import { requestLog } from './request-log.js';

function appWith(logQuestions: boolean) {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({ level: 'info', write: (line) => lines.push(JSON.parse(line)) });
  const app = new Hono();
  app.use(requestLog({ logger, logQuestions }));
  app.post('/api/ask', async (c) => c.json({ id: c.get('requestId'), echo: ((await c.req.json()) as { question: string }).question.length }));
  app.get('/api/search', (c) => c.json({ ok: true }));
  return { app, lines };
}

const ask = (question: string, headers: Record<string, string> = {}) => ({
  method: 'POST',
  body: JSON.stringify({ question }),
  headers: { 'content-type': 'application/json', ...headers },
});

describe('requestLog', () => {
  it('gives every request an id, returns it and logs one structured line without the question', async () => {
    const { app, lines } = appWith(false);
    const response = await app.request('/api/ask', ask('산업단지 비밀 질문'));
    const id = response.headers.get('X-Request-Id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(((await response.json()) as { id: string }).id).toBe(id);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'info', msg: 'request', requestId: id, method: 'POST', path: '/api/ask', status: 200 });
    expect(JSON.stringify(lines)).not.toContain('비밀');
    await app.request('/api/search?q=secret+words');
    expect(JSON.stringify(lines)).not.toContain('secret');
  });

  it('logs the question only when LOG_QUESTIONS is on', async () => {
    const { app, lines } = appWith(true);
    await app.request('/api/ask', ask('산업단지 질문'));
    await app.request('/api/search?q=search+words');
    expect(lines[0]?.question).toBe('산업단지 질문');
    expect(lines[1]?.question).toBe('search words');
  });

  it('keeps a safe caller id and replaces one that could forge log content', async () => {
    const { app } = appWith(false);
    const kept = await app.request('/api/search', { headers: { 'x-request-id': 'edge-42.abc' } });
    expect(kept.headers.get('X-Request-Id')).toBe('edge-42.abc');
    const replaced = await app.request('/api/search', { headers: { 'x-request-id': '"}{"level":"error' } });
    expect(replaced.headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
