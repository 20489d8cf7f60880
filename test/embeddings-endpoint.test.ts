import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbedderUnavailableError } from '../src/embed/embedder.js';
import { OpenAIEmbedder } from '../src/embed/openai-embedder.js';
import { hybridSearch } from '../src/retrieve/hybrid-search.js';
import { type CorpusRuntime, openCorpusRuntime } from './support/corpus-runtime.js';

let corpus: CorpusRuntime;
let server: ReturnType<typeof serve>;
let baseUrl: string;

beforeAll(async () => {
  corpus = await openCorpusRuntime();
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
