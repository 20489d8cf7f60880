import http from 'node:http';
import https from 'node:https';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadLocalEmbedder, OnDemandLocalEmbedder } from './create-embedder.js';
import { cosine } from './embedder.js';
import { LOCAL_MODEL, LocalEmbedder } from './local-embedder.js';

describe('LocalEmbedder', () => {
  afterEach(() => vi.restoreAllMocks());

  it('loads its weights from models/ and embeds with every network path blocked', async () => {
    const attempts: string[] = [];
    const block =
      (what: string) =>
      (...args: unknown[]) => {
        attempts.push(`${what} ${String(args[0])}`);
        throw new Error(`network access attempted: ${what}`);
      };
    vi.spyOn(globalThis, 'fetch').mockImplementation(block('fetch'));
    vi.spyOn(http, 'request').mockImplementation(block('http.request'));
    vi.spyOn(http, 'get').mockImplementation(block('http.get'));
    vi.spyOn(https, 'request').mockImplementation(block('https.request'));
    vi.spyOn(https, 'get').mockImplementation(block('https.get'));

    const embedder = await LocalEmbedder.load();
    const [a, b, c] = await embedder.embedPassages([
      'The goal of the draft 5th plan is realising future-oriented industrial clusters.',
      'The fifth basic plan aims at industrial clusters of the future.',
      'The football match ended in a draw.',
    ]);

    expect(attempts).toEqual([]);
    const transformers = await import('@huggingface/transformers');
    expect(transformers.env.allowRemoteModels).toBe(false);
    expect(embedder.dimension).toBe(LOCAL_MODEL.dimension);
    expect(embedder.id).toContain(LOCAL_MODEL.modelId);
    for (const v of [a, b, c]) {
      expect(v?.length).toBe(LOCAL_MODEL.dimension);
      expect(cosine(v as Float32Array, v as Float32Array)).toBeCloseTo(1, 4);
    }
    // Real semantics, not a hash: paraphrases sit closer than unrelated text.
    expect(cosine(a as Float32Array, b as Float32Array)).toBeGreaterThan(cosine(a as Float32Array, c as Float32Array) + 0.2);
  });

  it('on demand: describes itself without loading, then embeds exactly as the loaded model', async () => {
    const onDemand = new OnDemandLocalEmbedder();
    const loaded = await loadLocalEmbedder();
    expect([onDemand.id, onDemand.dimension, onDemand.languages]).toEqual([loaded.id, loaded.dimension, loaded.languages]);
    const text = 'Industrial land bank for small firms.';
    const [fromDemand] = await onDemand.embedQueries([text]);
    const [fromLoaded] = await loaded.embedQueries([text]);
    expect(fromDemand).toEqual(fromLoaded);
  });
});
