import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/core/config.js';
import { createLogger } from '../src/core/logger.js';
import type { AskResult } from '../src/core/types.js';
import { type AnswerLogEntry, answerLogEntry, JsonlAnswerLog, openAnswerLog, retained } from '../src/feedback/answer-log.js';
import { openFeedbackStore } from '../src/feedback/jsonl-feedback-store.js';
import { createApp } from '../src/http/app.js';
import { answerLogFields } from '../src/http/middleware/request-log.js';
import { type CorpusRuntime, openCorpusRuntime } from './support/corpus-runtime.js';

const run = promisify(execFile);
const QUESTION = '5차 산업집적활성화 기본계획의 목표는?';

let corpus: CorpusRuntime;
const dirs: string[] = [];
beforeAll(async () => {
  corpus = await openCorpusRuntime();
});
afterAll(() => {
  corpus?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The real app over the corpus index, with its feedback and answer log in a fresh DATA_DIR. */
function appWith(env: Record<string, string> = {}) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'policy-qa-answers-'));
  dirs.push(dataDir);
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'info', RATE_LIMIT_PER_MIN: '100000', ...env });
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({ level: 'debug', write: (line) => lines.push(JSON.parse(line)) });
  const answerLog = openAnswerLog(config);
  const app = createApp({
    ...corpus.runtime,
    config,
    logger,
    feedback: openFeedbackStore(dataDir),
    ...(answerLog ? { keepAnswer: (result: AskResult, question: string | undefined) => answerLog.append(answerLogEntry(result, question)) } : {}),
    isReady: () => true,
  });
  const post = (route: string, body: unknown) =>
    app.request(route, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { app, post, lines, dataDir, answerLog };
}

describe('answer log line', () => {
  it('logs one line per answer with its outcome, and no question text by default', async () => {
    const { post, lines } = appWith();
    const grounded = (await (await post('/api/ask', { question: QUESTION })).json()) as AskResult;
    const refused = (await (await post('/api/ask', { question: 'What is the capital of Mongolia?' })).json()) as AskResult;
    const streamed = await (await post('/api/ask', { question: QUESTION, stream: true })).text();
    expect(streamed).toContain('event: done');

    const answers = lines.filter((l) => l.msg === 'answer');
    expect(answers).toHaveLength(3);
    expect(answers[0]).toMatchObject({
      level: 'info',
      answerId: grounded.id,
      outcome: 'grounded',
      mode: 'extractive',
      retrieval: grounded.retrieval,
      lang: 'ko',
      stream: false,
    });
    expect(answers[0]?.citations).toBe(grounded.citations.length);
    expect(answers[0]?.ms).toBeGreaterThan(0);
    expect(typeof answers[0]?.requestId).toBe('string');
    // Whatever the answerer decided, the line says it: refused exactly when not grounded.
    expect(answers[1]).toMatchObject({
      answerId: refused.id,
      outcome: refused.grounded ? 'grounded' : 'refused',
      citations: refused.citations.length,
      lang: 'en',
    });
    expect(answers[2]).toMatchObject({ outcome: 'grounded', stream: true });
    expect(JSON.stringify(lines)).not.toContain('산업집적활성화');
    expect(JSON.stringify(lines)).not.toContain('Mongolia');
  });

  it('says "refused" for an answer that is not grounded', () => {
    const answer = {
      id: 'a1',
      answer: '…',
      lang: 'en',
      grounded: false,
      citations: [],
      seeAlso: [],
      mode: 'extractive',
      retrieval: 'hybrid',
      source: 'official',
      timingsMs: { total: 12 },
    } as const;
    expect(answerLogFields({ ...answer, citations: [], seeAlso: [] }, { question: 'q', logQuestions: false, stream: false })).toEqual({
      answerId: 'a1',
      outcome: 'refused',
      mode: 'extractive',
      retrieval: 'hybrid',
      citations: 0,
      ms: 12,
      lang: 'en',
      stream: false,
    });
  });

  it('adds the question with LOG_QUESTIONS=1', async () => {
    const { post, lines } = appWith({ LOG_QUESTIONS: '1' });
    await post('/api/ask', { question: QUESTION });
    expect(lines.find((l) => l.msg === 'answer')?.question).toBe(QUESTION);
  });

  it('logs /readyz polls during start-up below warn', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = createLogger({ level: 'info', write: (line) => lines.push(JSON.parse(line)) });
    const app = createApp({ ...corpus.runtime, config: loadConfig({ LOG_LEVEL: 'info' }), logger, isReady: () => false });
    for (let i = 0; i < 3; i++) expect((await app.request('/readyz')).status).toBe(503);
    expect(lines).toEqual([]);
  });
});

describe('feedback export with answers', () => {
  it('joins each rating with the answer text and citations it rated', async () => {
    const { post, dataDir, answerLog } = appWith();
    const answer = (await (await post('/api/ask', { question: QUESTION })).json()) as AskResult;
    expect(answer.grounded).toBe(true);
    expect((await post('/api/feedback', { answerId: answer.id, rating: 'down', comment: '출처가 부족함' })).status).toBe(201);
    expect((await post('/api/feedback', { answerId: '00000000-0000-4000-8000-000000000000', rating: 'up' })).status).toBe(201);
    const kept = await answerLog?.byId();
    expect(kept?.get(answer.id)?.question).toBeUndefined();

    const env = { ...process.env, DATA_DIR: dataDir };
    const out = path.join(dataDir, 'export.json');
    const { stderr } = await run(process.execPath, ['--import', 'tsx', 'src/feedback/export-feedback.ts', '--out', out, '--force'], { env });
    expect(stderr).toContain('2 entries (1 with their answer)');
    const [rated, orphan] = JSON.parse(readFileSync(out, 'utf8')) as { answerId: string; answered?: AnswerLogEntry }[];
    expect(rated?.answered).toMatchObject({ id: answer.id, answer: answer.answer, grounded: true, lang: 'ko' });
    expect(rated?.answered?.citations.map((c) => c.quote)).toEqual(answer.citations.map((c) => c.quote));
    expect(orphan?.answered).toBeUndefined();

    const csv = (await run(process.execPath, ['--import', 'tsx', 'src/feedback/export-feedback.ts', '--format', 'csv'], { env })).stdout;
    expect(csv.split('\r\n')[0]).toBe('id,createdAt,answerId,rating,comment,answeredAt,question,lang,outcome,mode,answer,citations');
    expect(csv).toContain(`[1] ${answer.citations[0]?.title} › ${answer.citations[0]?.sectionPath}`);
  });
});

describe('answer log retention', () => {
  const entry = (id: string, daysAgo: number, now: number): AnswerLogEntry => ({
    id,
    answeredAt: new Date(now - daysAgo * 86_400_000).toISOString(),
    lang: 'en',
    grounded: true,
    mode: 'extractive',
    retrieval: 'hybrid',
    answer: `answer ${id}`,
    citations: [],
  });

  it('keeps the newest entries within the age limit', () => {
    const now = Date.now();
    const entries = [entry('old', 40, now), entry('a', 3, now), entry('b', 2, now), entry('c', 1, now)];
    expect(retained(entries, { maxEntries: 2, maxDays: 30 }, now).map((e) => e.id)).toEqual(['b', 'c']);
    expect(retained(entries, { maxEntries: 10, maxDays: 30 }, now).map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it('bounds the file on disk', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'policy-qa-answer-log-'));
    dirs.push(dir);
    const log = new JsonlAnswerLog(dir, { maxEntries: 8, maxDays: 30 });
    await Promise.all(Array.from({ length: 50 }, (_, i) => log.append(entry(`e${i}`, 0, Date.now()))));
    const lines = readFileSync(log.file, 'utf8').trim().split('\n');
    expect(lines.length).toBeLessThanOrEqual(10);
    const ids = [...(await log.byId()).keys()];
    expect(ids).toHaveLength(8);
    expect(ids.at(-1)).toBe('e49');
  });
});
