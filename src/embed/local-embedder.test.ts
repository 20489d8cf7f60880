import { describe, expect, it } from 'vitest';
import { loadLocalEmbedder, OnDemandLocalEmbedder } from './create-embedder.js';
import { cosine } from './embedder.js';
import { LOCAL_MODEL, LocalEmbedder, localModelRoot } from './local-embedder.js';
import { ModelThread } from './model-thread.js';

describe('LocalEmbedder', () => {
  it('loads its weights from models/ and embeds in its own thread, without the network', async () => {
    // The thread makes any fetch an error and turns remote models off: a download attempt fails this test.
    const embedder = await LocalEmbedder.load();
    const [a, b, c] = await embedder.embedPassages([
      'The goal of the draft 5th plan is realising future-oriented industrial clusters.',
      'The fifth basic plan aims at industrial clusters of the future.',
      'The football match ended in a draw.',
    ]);
    expect(embedder.dimension).toBe(LOCAL_MODEL.dimension);
    expect(embedder.id).toContain(LOCAL_MODEL.modelId);
    for (const v of [a, b, c]) {
      expect(v?.length).toBe(LOCAL_MODEL.dimension);
      expect(cosine(v as Float32Array, v as Float32Array)).toBeCloseTo(1, 4);
    }
    // Real semantics, not a hash: paraphrases sit closer than unrelated text.
    expect(cosine(a as Float32Array, b as Float32Array)).toBeGreaterThan(cosine(a as Float32Array, c as Float32Array) + 0.2);
    // Requests made together come back each with its own vectors, in order.
    const [one, two] = await Promise.all([
      embedder.embedQueries(['The football match ended in a draw.', '']),
      embedder.embedQueries(['The fifth basic plan aims at industrial clusters of the future.']),
    ]);
    expect(one?.[0]).toEqual(c);
    expect(one?.[1]?.length).toBe(LOCAL_MODEL.dimension);
    expect(two?.[0]).toEqual(b);
    expect(await embedder.embedQueries([])).toEqual([]);
  });

  it('names the missing model instead of downloading it', async () => {
    const thread = ModelThread.start({ root: localModelRoot(), modelId: 'no-such/model', dtype: LOCAL_MODEL.dtype }, LOCAL_MODEL.dimension);
    await expect(thread).rejects.toThrow(/did not load/);
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
