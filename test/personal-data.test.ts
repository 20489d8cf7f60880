import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/core/config.js';
import { createLogger } from '../src/core/logger.js';
import type { AskResult } from '../src/core/types.js';
import { answerLogEntry, openAnswerLog } from '../src/feedback/answer-log.js';
import { openFeedbackStore } from '../src/feedback/jsonl-feedback-store.js';
import { createApp } from '../src/http/app.js';
import { type CorpusRuntime, openCorpusRuntime } from './support/corpus-runtime.js';

const run = promisify(execFile);

/**
 * Issue 24 (5): each format of personal data that was stored or logged verbatim, sent as a
 * feedback comment and (with LOG_QUESTIONS on) inside a question. None of it may reach the
 * feedback file, its export, the answer log or the request log. `needle` is the part that must
 * not appear anywhere written.
 */
const FORMATS: { label: string; text: string; needle: string }[] = [
  { label: 'Seoul number in parentheses', text: '(02) 123-4567', needle: '123-4567' },
  { label: 'full-width mobile number', text: '０１０-９８７６-５４３２', needle: '９８７６' },
  { label: 'full-width hyphens', text: '010－9876－5432', needle: '9876' },
  { label: 'en dash', text: '010–9876–5432', needle: '9876' },
  { label: 'U+2010 hyphen', text: '010\u20109876\u20105432', needle: '9876' },
  { label: 'non-breaking hyphen', text: '010\u20119876\u20115432', needle: '9876' },
  { label: 'spaced hyphens', text: '010 - 9876 - 5432', needle: '9876' },
  { label: 'em-dashed resident number', text: '850505—1234567', needle: '1234567' },
  { label: 'plain resident number', text: '850505-1234567', needle: '1234567' },
  { label: 'e-mail address', text: 'hong.gildong@example.go.kr', needle: 'hong.gildong' },
];

let corpus: CorpusRuntime;
let dataDir: string;
let app: ReturnType<typeof createApp>;
const lines: string[] = [];

beforeAll(async () => {
  corpus = await openCorpusRuntime();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'policy-qa-personal-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'info', LOG_QUESTIONS: '1', RATE_LIMIT_PER_MIN: '100000' });
  const logger = createLogger({ level: 'debug', write: (line) => lines.push(line) });
  const answerLog = openAnswerLog(config);
  app = createApp({
    ...corpus.runtime,
    config,
    logger,
    feedback: openFeedbackStore(dataDir),
    ...(answerLog ? { keepAnswer: (result: AskResult, question: string | undefined) => answerLog.append(answerLogEntry(result, question)) } : {}),
    isReady: () => true,
  });
});
afterAll(() => {
  corpus?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const post = (route: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(route, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

/**
 * The text with the ids the service generates taken out: a random UUID holds any four digits by
 * chance ("…-4f9f-9876-…"), which is no personal data: a CI run failed on one.
 */
const withoutIds = (text: string) => text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<id>');

/** Every file the service wrote under DATA_DIR, concatenated, its generated ids left out. */
function everythingWritten(): string {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [readFileSync(path.join(dir, e.name), 'utf8')]));
  return withoutIds(walk(dataDir).join('\n'));
}

describe('personal data is masked everywhere it is written', () => {
  it.each(FORMATS)('$label: not in the feedback file, the answer log or the log lines', async ({ text, needle }) => {
    const answer = (await (await post('/api/ask', { question: `산업단지 입주 문의, 연락처 ${text} 입니다` })).json()) as AskResult;
    const rated = await post('/api/feedback', { answerId: answer.id, rating: 'down', comment: `답이 틀렸어요. 연락 주세요: ${text}` });
    expect(rated.status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 50)); // the answer log appends in the background
    expect(everythingWritten()).not.toContain(needle);
    expect(withoutIds(lines.join('\n'))).not.toContain(needle);
    expect(everythingWritten()).toContain('[');
  });

  it('the export holds none of them', async () => {
    const out = path.join(dataDir, 'export.csv');
    await run(process.execPath, ['--import', 'tsx', 'src/feedback/export-feedback.ts', '--out', out, '--force'], {
      env: { ...process.env, DATA_DIR: dataDir },
    });
    const exported = withoutIds(readFileSync(out, 'utf8'));
    expect(exported.split('\r\n').length).toBeGreaterThan(FORMATS.length);
    for (const { needle } of FORMATS) expect(exported).not.toContain(needle);
  }, 60_000);

  it('an answerId that is not an id the service issues is refused, not stored', async () => {
    const response = await post('/api/feedback', { answerId: '850505-1234567', rating: 'up' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/answerId/);
    expect(everythingWritten()).not.toContain('850505');
  });

  const PHONE_DIGITS = /010-?9876|9876-?5432/;

  it('a phone number in the URL path or X-Request-Id stays out of the request log', async () => {
    lines.length = 0;
    const byPath = await app.request('/api/documents/010-9876-5432');
    expect(byPath.status).toBe(404);
    await app.request('/api/no-such-route/hong@example.go.kr');
    const byHeader = await app.request('/api/documents', { headers: { 'x-request-id': '010-9876-5432' } });
    // The phone number's digits as written, not "9876" alone: a random UUID put in its place may hold those four.
    expect(byHeader.headers.get('x-request-id')).not.toMatch(PHONE_DIGITS);
    const kept = await app.request('/api/documents', { headers: { 'x-request-id': 'edge-42.abc' } });
    expect(kept.headers.get('x-request-id')).toBe('edge-42.abc');
    const logged = lines.join('\n');
    expect(logged).not.toMatch(PHONE_DIGITS);
    expect(logged).not.toContain('hong@');
    expect(logged).toContain('/api/documents/:id');
  });
});
