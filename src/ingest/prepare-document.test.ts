import { describe, expect, it } from 'vitest';
import { loadLocalEmbedder } from '../embed/create-embedder.js';
import type { Embedder } from '../embed/embedder.js';
import { SearchEngine } from '../search/engine.js';
import { sha256 } from '../text/normalise.js';
import { indexTerms } from '../text/terms.js';
import { documentContentHash, PIPELINE_VERSION } from './content-hash.js';
import { passageEmbeddingText, prepareDocument } from './ingest.js';
import { parseDocument } from './parse-document.js';

const KO = ['---', 'id: plan-ko', 'title: 산업단지 계획', 'lang: ko', '---', '', '# 목표', '', '산업단지 재생 사업에 예산을 지원한다.', ''].join('\n');
const EN = [
  '---',
  'id: plan-en',
  'title: Cluster plan',
  'lang: en',
  '---',
  '',
  '# Goal',
  '',
  'The plan funds the regeneration of industrial complexes.',
  '',
].join('\n');

describe('prepareDocument with the English-only local model', () => {
  it('embeds English passages only; a Korean passage keeps a zero vector and is never a vector hit', async () => {
    const embedder = await loadLocalEmbedder();
    const ko = await prepareDocument({ doc: parseDocument('plan.ko.md', KO), path: 'plan.ko.md', trust: 'official', embedder });
    const en = await prepareDocument({ doc: parseDocument('plan.en.md', EN), path: 'plan.en.md', trust: 'official', embedder });
    expect(ko.vectors.length).toBe(ko.passages.length);
    expect(ko.vectors.every((v) => v.length === embedder.dimension && v.every((x) => x === 0))).toBe(true);
    const [expected] = await embedder.embedPassages([passageEmbeddingText(en.passages[0] as (typeof en.passages)[number])]);
    expect(en.vectors[0]).toEqual(expected);

    const passages = [...ko.passages, ...en.passages];
    const engine = new SearchEngine({
      passages,
      terms: passages.map((p) => indexTerms(p.text)),
      vectors: Float32Array.from([...ko.vectors, ...en.vectors].flatMap((v) => [...v])),
      dimension: embedder.dimension,
      documents: [ko.record, en.record],
      version: 'test',
    });
    const [query] = await embedder.embedQueries(['industrial complex regeneration budget']);
    const hits = engine.vectorSearch(query as Float32Array, 10);
    expect(hits.map((h) => h.docId)).toEqual(en.passages.map(() => 'plan-en'));
  });
});

describe('the content hash of a big document', () => {
  it('is the hash of the whole text, hashed a megabyte at a time, even where a piece ends inside a surrogate pair', () => {
    const embedder = { id: 'test-embedder' } as Embedder;
    // Emoji are surrogate pairs: with an odd-length prefix some piece boundary falls inside one.
    for (const prefix of ['', 'a', 'ab']) {
      const doc = parseDocument('big.md', `# Big\n\n${prefix}${'한😀'.repeat(700_000)}`);
      const { body, ...meta } = doc;
      const whole = sha256(JSON.stringify({ PIPELINE_VERSION, embedder: embedder.id, meta, body }));
      expect(documentContentHash(doc, embedder)).toBe(whole);
    }
  });
});
