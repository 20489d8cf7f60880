import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbedderUnavailableError } from '../src/embed/embedder.js';
import { OpenAIEmbedder } from '../src/embed/openai-embedder.js';
import { createApp } from '../src/http/app.js';
import { EMBEDDING_LIMITS } from '../src/http/embeddings-routes.js';
import { hybridSearch } from '../src/retrieve/hybrid-search.js';
import { type CorpusRuntime, openCorpusRuntime } from './support/corpus-runtime.js';

let corpus: CorpusRuntime;
let server: ReturnType<typeof serve>;
let baseUrl: string;

beforeAll(async () => {
  // The refused origin this suite sends on purpose would log a warning: only errors are shown.
  corpus = await openCorpusRuntime({ env: { LOG_LEVEL: 'error' } });
  server = serve({ fetch: corpus.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  corpus?.close();
});

const TEXTS = ['산업단지 대개조', 'How many industrial complexes are there?', 'culture-leading industrial complexes'];

function expectSameVectors(actual: ArrayLike<number>[], expected: Float32Array[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) => {
    expect(v.length).toBe(384);
    for (let d = 0; d < v.length; d++) expect(v[d]).toBeCloseTo(expected[i]?.[d] ?? Number.NaN, 6);
  });
}

describe('POST /v1/embeddings on the Node service', () => {
  it('answers the openai client (base64 by default, and float) with the local model vectors', async () => {
    const client = new OpenAI({ baseURL: baseUrl, apiKey: 'unused' });
    const model = corpus.runtime.embedder.id;
    const expected = await corpus.runtime.embedder.embedQueries(TEXTS);
    const base64 = await client.embeddings.create({ model, input: TEXTS });
    expect(base64.model).toBe(model);
    expect(base64.data.map((d) => d.index)).toEqual([0, 1, 2]);
    expectSameVectors(
      base64.data.map((d) => d.embedding),
      expected,
    );
    const float = await client.embeddings.create({ model, input: TEXTS[0] ?? '', encoding_format: 'float' });
    expectSameVectors([float.data[0]?.embedding ?? []], expected.slice(0, 1));
    const models = await client.models.list();
    expect(models.data.map((m) => m.id)).toEqual([model]);
  });

  it('is what OpenAIEmbedder.withDimension (the Worker embedder) reads', async () => {
    const remote = OpenAIEmbedder.withDimension({ baseUrl, model: corpus.runtime.embedder.id, dimension: 384, maxRetries: 0 });
    expectSameVectors(await remote.embedQueries(TEXTS), await corpus.runtime.embedder.embedQueries(TEXTS));
  });

  it('rejects another model, token arrays, bad JSON and a wrong dimension with clear errors', async () => {
    const post = (body: string) => fetch(`${baseUrl}/embeddings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const cases: Array<[string, number, RegExp]> = [
      [JSON.stringify({ model: 'text-embedding-3-small', input: 'x' }), 404, /serves the model "local:/],
      [JSON.stringify({ model: corpus.runtime.embedder.id, input: [[1, 2, 3]] }), 400, /input/],
      [JSON.stringify({ model: corpus.runtime.embedder.id, input: [] }), 400, /input must not be empty/],
      [JSON.stringify({ model: corpus.runtime.embedder.id, input: 'x', dimensions: 256 }), 400, /384 dimensions/],
      [JSON.stringify({ input: 'x' }), 400, /model/],
      ['{not json', 400, /JSON/],
    ];
    for (const [body, status, message] of cases) {
      const response = await post(body);
      expect(response.status, body).toBe(status);
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(message);
    }
  });
});

describe('POST /v1/embeddings under attack (issue 12)', () => {
  const embed = (app: ReturnType<typeof createApp>, input: unknown, headers: Record<string, string> = {}) =>
    app.request('/v1/embeddings', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ model: corpus.runtime.embedder.id, input }),
    });

  it('refuses browsers from origins not in ALLOWED_ORIGINS, as /api/* does', async () => {
    const refused = await embed(corpus.app, 'x', { origin: 'https://evil.example' });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('origin_not_allowed');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    const app = createApp({ ...corpus.runtime, config: { ...corpus.config, allowedOrigins: ['https://allowed.example'] }, isReady: () => true });
    const allowed = await embed(app, 'x', { origin: 'https://allowed.example' });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://allowed.example');
  });

  it('has a per-call budget: the 20 x 17,500-character call and one over the total get a clear 4xx at once', async () => {
    const started = performance.now();
    const huge = await embed(
      corpus.app,
      Array.from({ length: 20 }, () => 'industrial complex '.repeat(921)),
    );
    expect(huge.status).toBe(400);
    expect(((await huge.json()) as { error: { message: string } }).error.message).toMatch(/at most 8000 characters/);
    const perInput = Math.floor(EMBEDDING_LIMITS.inputChars * 0.9);
    const count = Math.ceil(EMBEDDING_LIMITS.totalChars / perInput) + 1;
    const over = await embed(
      corpus.app,
      Array.from({ length: count }, () => 'x'.repeat(perInput)),
    );
    expect(over.status).toBe(413);
    expect(((await over.json()) as { error: { code: string; message: string } }).error).toEqual({
      code: 'payload_too_large',
      message: expect.stringContaining(`the limit per call is ${EMBEDDING_LIMITS.totalChars}`),
    });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('takes an answer slot: while every slot is held it answers 503 busy, and works once one is free', async () => {
    const app = createApp({ ...corpus.runtime, config: { ...corpus.config, maxConcurrentAnswers: 1, maxQueue: 0 }, isReady: () => true });
    // A streamed answer keeps its slot until the client has read it or gone away.
    const held = await app.request('/api/ask', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'What is the goal of the 5th Basic Plan?', stream: true, mode: 'extractive' }),
    });
    expect(held.status).toBe(200);
    const busy = await embed(app, 'x');
    expect([busy.status, busy.headers.get('retry-after')]).toEqual([503, '5']);
    await held.body?.cancel();
    expect((await embed(app, 'x')).status).toBe(200);
  });
});

describe('retrieval mode', () => {
  it('is "hybrid" on the Node service', async () => {
    const search = await corpus.app.request('/api/search?q=smart%20green%20complexes&k=3');
    expect(((await search.json()) as { retrieval: string }).retrieval).toBe('hybrid');
    const ask = await corpus.app.request('/api/ask', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'What is the goal of the 5th Basic Plan?' }),
    });
    expect(((await ask.json()) as { retrieval: string }).retrieval).toBe('hybrid');
  });

  it('falls back to keyword-only when a remote embedder is unreachable', async () => {
    const down = OpenAIEmbedder.withDimension({ baseUrl: 'http://127.0.0.1:9/v1', model: 'm', dimension: 384, maxRetries: 0, timeoutMs: 2000 });
    await expect(down.embedQueries(['x'])).rejects.toBeInstanceOf(EmbedderUnavailableError);
    const result = await hybridSearch({ store: corpus.runtime.store, embedder: down, query: '스마트그린산단', k: 5 });
    expect(result.retrieval).toBe('keyword-only');
    expect(result.passages.length).toBeGreaterThan(0);
    expect(result.passages.every((p) => p.vectorRank === undefined && p.textRank !== undefined)).toBe(true);
  });
});
