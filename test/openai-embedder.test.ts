import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/core/config.js';
import { createEmbedder } from '../src/embed/create-embedder.js';
import { OpenAIEmbedder } from '../src/embed/openai-embedder.js';
import { type FakeOpenAI, hashVector, startFakeOpenAI } from './support/fake-openai-server.js';

function unit(v: number[]): number[] {
  const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  return v.map((x) => Math.fround(x) / norm);
}

describe('EMBEDDER=openai against an OpenAI-compatible server on loopback', () => {
  let fake: FakeOpenAI;
  beforeAll(async () => {
    fake = await startFakeOpenAI();
  });
  afterAll(() => fake.close());

  it('learns the dimension, asks for base64 and decodes little-endian float32 vectors', async () => {
    fake.embed = (text) => hashVector(text, 12);
    const embedder = await OpenAIEmbedder.connect({ baseUrl: fake.baseUrl, model: 'test-embed' });
    expect(embedder.dimension).toBe(12);
    expect(embedder.id).toBe('openai:test-embed');
    const texts = ['기회발전특구 세제 혜택', 'culture-leading industrial complexes'];
    const vectors = await embedder.embedQueries(texts);
    expect(vectors).toHaveLength(2);
    texts.forEach((t, i) => {
      const expected = unit(hashVector(t, 12));
      const got = [...(vectors[i] ?? [])];
      expect(got).toHaveLength(12);
      for (const [j, x] of got.entries()) expect(x).toBeCloseTo(expected[j] ?? Number.NaN, 5);
    });
    const last = fake.requests.at(-1)?.body as { encoding_format?: string; model?: string; input?: string[] };
    expect(last.encoding_format).toBe('base64');
    expect(last.model).toBe('test-embed');
    expect(last.input).toEqual(texts);
  });

  it('is what createEmbedder builds from EMBEDDER=openai, and names the missing variable otherwise', async () => {
    fake.embed = (text) => hashVector(text, 6);
    const embedder = await createEmbedder(loadConfig({ EMBEDDER: 'openai', OPENAI_BASE_URL: fake.baseUrl, OPENAI_EMBEDDING_MODEL: 'e5' }));
    expect(embedder.dimension).toBe(6);
    expect((await embedder.embedPassages(['a passage']))[0]).toHaveLength(6);
    await expect(createEmbedder(loadConfig({ EMBEDDER: 'openai', OPENAI_BASE_URL: fake.baseUrl }))).rejects.toThrow(/OPENAI_EMBEDDING_MODEL/);
  });

  it('batches long inputs and keeps the order of the texts', async () => {
    fake.embed = (text) => hashVector(text, 4);
    const embedder = await OpenAIEmbedder.connect({ baseUrl: fake.baseUrl, model: 'test-embed' });
    const before = fake.requests.length;
    const texts = Array.from({ length: 70 }, (_, i) => `passage ${i}`);
    const vectors = await embedder.embedPassages(texts);
    expect(fake.requests.length - before).toBe(2);
    expect([...(vectors[69] ?? [])][0]).toBeCloseTo(unit(hashVector('passage 69', 4))[0] ?? Number.NaN, 5);
  });
});
