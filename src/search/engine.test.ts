import { describe, expect, it } from 'vitest';
import { ITEMS_PER_STEP, runInSlices, runToEnd } from '../core/time-slices.js';
import type { DocumentRecord, Lang, Passage } from '../core/types.js';
import { indexTerms } from '../text/terms.js';
import { SearchEngine } from './engine.js';
import { fuseRanks } from './fusion.js';
import { snapshotVersion, VERSION_PREFIX_BYTES } from './snapshot-file.js';
import { TermIndex } from './term-index.js';
import { preferTrusted } from './trust.js';
import { VectorIndex } from './vector-index.js';

/** A deterministic generator, so a failing case can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function passage(docId: string, ordinal: number, lang: Lang, text: string): Passage {
  return {
    id: `${docId}:${ordinal}`,
    docId,
    ordinal,
    title: docId,
    sectionPath: '',
    lang,
    text,
    charStart: 0,
    charEnd: text.length,
    sourceUrl: '',
    publishedAt: '',
    contentHash: '',
  };
}

function doc(id: string, lang: Lang, extra: Record<string, unknown> = {}): DocumentRecord {
  return { id, title: id, lang, path: `${id}.md`, sourceUrl: '', sources: [], publishedAt: '', summary: '', contentHash: '', passageCount: 0, ...extra };
}

function engineOf(passages: Passage[], vectors: number[][], documents: DocumentRecord[]): SearchEngine {
  const dimension = vectors[0]?.length ?? 1;
  return new SearchEngine({
    passages,
    terms: passages.map((p) => indexTerms(p.text)),
    vectors: Float32Array.from(vectors.flat()),
    dimension,
    documents,
    version: 'test',
  });
}

describe('BM25 term index', () => {
  it('saturates term frequency: a second mention adds less than the first', () => {
    const filler = Array.from({ length: 8 }, (_, i) => `w${i}`);
    const index = new TermIndex([
      ['grant', ...filler],
      ['grant', 'grant', ...filler.slice(1)],
      ['other', ...filler],
    ]);
    const [twice, once] = [index.search(['grant'], 3).find((h) => h.index === 1), index.search(['grant'], 3).find((h) => h.index === 0)];
    expect(twice?.score).toBeGreaterThan(once?.score ?? 0);
    expect(twice?.score).toBeLessThan(2 * (once?.score ?? 0));
  });

  it('caps repeated terms per passage: stuffing past the cap buys nothing', () => {
    const filler = Array.from({ length: 200 }, (_, i) => `w${i}`);
    const capped = new TermIndex(
      [
        [...Array(4).fill('grant'), ...filler.slice(0, 196)],
        [...Array(100).fill('grant'), ...filler.slice(0, 100)],
        ['x', ...filler.slice(0, 199)],
      ],
      {
        tfCap: 4,
      },
    );
    const hits = capped.search(['grant'], 2);
    // Same length (200 terms), so with the cap both count tf = 4 and score the same.
    expect(hits[0]?.score).toBeCloseTo(hits[1]?.score ?? 0, 10);
    const uncapped = new TermIndex(
      [
        [...Array(4).fill('grant'), ...filler.slice(0, 196)],
        [...Array(100).fill('grant'), ...filler.slice(0, 100)],
        ['x', ...filler.slice(0, 199)],
      ],
      {
        tfCap: 1000,
      },
    );
    expect(uncapped.search(['grant'], 1)[0]?.index).toBe(1);
  });

  it('scores alike whatever order the query terms come in', () => {
    const next = random(3);
    const vocabulary = Array.from({ length: 40 }, (_, i) => `t${i}`);
    const pick = () => vocabulary[Math.floor(next() * vocabulary.length)] as string;
    const index = new TermIndex(Array.from({ length: 300 }, () => Array.from({ length: 3 + Math.floor(next() * 20) }, pick)));
    for (let round = 0; round < 20; round++) {
      const terms = [...Array.from({ length: 4 }, pick), ...Array.from({ length: 3 }, () => ({ term: pick(), weight: next() * 2 }))];
      const accept = round % 2 === 0 ? undefined : Uint8Array.from({ length: 300 }, () => (next() < 0.5 ? 1 : 0));
      const shuffled = [...terms].sort(() => next() - 0.5);
      // Bit-identical scores and the same order, not merely close.
      expect(index.search(shuffled, 15, accept)).toEqual(index.search(terms, 15, accept));
    }
  });

  it('counts a repeated query term once, at its highest weight, and reports corpus statistics', () => {
    const index = new TermIndex([['a', 'b'], ['b', 'c'], ['c']]);
    expect(index.search(['b', 'b'], 3)).toEqual(index.search(['b'], 3));
    expect(index.search([{ term: 'b', weight: 0.5 }, 'b'], 3)).toEqual(index.search(['b'], 3));
    const half = index.search([{ term: 'b', weight: 0.5 }], 3);
    expect(half[0]?.score).toBeCloseTo((index.search(['b'], 1)[0]?.score ?? 0) / 2, 10);
    expect(index.docCount).toBe(3);
    expect([index.df('b'), index.df('c'), index.df('zzz')]).toEqual([2, 2, 0]);
  });
});

describe('vector index', () => {
  it('returns exactly the brute-force cosine top k, filtered', () => {
    const next = random(7);
    const rows = Array.from({ length: 1500 }, () => Array.from({ length: 24 }, () => next() * 2 - 1));
    const index = VectorIndex.fromRows(rows, 24);
    const mask = Uint8Array.from(rows, (_, i) => (i % 3 === 0 ? 0 : 1));
    const cosine = (a: number[], b: number[]) => {
      let dot = 0;
      let na = 0;
      let nb = 0;
      for (let i = 0; i < a.length; i++) {
        dot += (a[i] ?? 0) * (b[i] ?? 0);
        na += (a[i] ?? 0) ** 2;
        nb += (b[i] ?? 0) ** 2;
      }
      return dot / Math.sqrt(na * nb);
    };
    for (let q = 0; q < 20; q++) {
      const query = Array.from({ length: 24 }, () => next() * 2 - 1);
      const expected = rows
        .map((row, i) => ({ i, s: cosine(query, row) }))
        .filter(({ i }) => mask[i] === 1)
        .sort((a, b) => b.s - a.s)
        .slice(0, 10);
      const got = index.search(query, 10, mask);
      expect(got.map((h) => h.index)).toEqual(expected.map((e) => e.i));
      got.forEach((h, j) => {
        expect(h.score).toBeCloseTo(expected[j]?.s ?? Number.NaN, 5);
      });
    }
  });
});

describe('fusion and trust', () => {
  it('ranks a passage found by both retrievers above ones found by one, and weights each list', () => {
    const fused = fuseRanks(
      [
        {
          hits: [
            { index: 1, score: 0.9 },
            { index: 2, score: 0.8 },
          ],
          weight: 1,
        },
        {
          hits: [
            { index: 3, score: 9 },
            { index: 2, score: 8 },
          ],
          weight: 1,
        },
      ],
      3,
    );
    expect(fused.map((h) => h.index)).toEqual([2, 1, 3]);
    expect(fused[0]?.ranks).toEqual([2, 2]);
    const textHeavy = fuseRanks(
      [
        { hits: [{ index: 1, score: 0.9 }], weight: 0.05 },
        { hits: [{ index: 3, score: 9 }], weight: 1 },
      ],
      2,
    );
    expect(textHeavy.map((h) => h.index)).toEqual([3, 1]);
  });

  it('prefers the official source only when two passages compete', () => {
    const trust = (i: number) => (i === 2 ? 1 : 0);
    const close = preferTrusted(
      [
        { index: 1, score: 1, ranks: [] },
        { index: 2, score: 0.97, ranks: [] },
      ],
      trust,
    );
    expect(close.map((h) => h.index)).toEqual([2, 1]);
    const clear = preferTrusted(
      [
        { index: 1, score: 1, ranks: [] },
        { index: 2, score: 0.5, ranks: [] },
      ],
      trust,
    );
    expect(clear.map((h) => h.index)).toEqual([1, 2]);
  });
});

describe('search engine', () => {
  const passages = [
    passage('plan-ko', 0, 'ko', '산업단지 재생 사업 예산 지원'),
    passage('plan-ko', 1, 'ko', '스마트 그린 산업단지 추진'),
    passage('plan-en', 0, 'en', 'industrial complex regeneration budget support'),
    passage('plan-en', 1, 'en', 'smart green industrial complex'),
    passage('notice', 0, 'en', 'budget budget budget budget budget budget budget budget support support'),
  ];
  const vectors = [
    [1, 0, 0],
    [0, 1, 0],
    [0.9, 0.1, 0],
    [0, 1, 0.1],
    [0.5, 0.5, 0.5],
  ];
  const engine = engineOf(passages, vectors, [doc('plan-ko', 'ko', { trust: 'official' }), doc('plan-en', 'en', { trust: 'official' }), doc('notice', 'en')]);

  it('filters by language and by document in both retrievers', () => {
    const query = { terms: indexTerms('budget 예산 smart 스마트'), vector: Float32Array.from([1, 1, 0]), k: 10 };
    expect(engine.search({ ...query, filters: { lang: 'ko' } }).every((p) => p.lang === 'ko')).toBe(true);
    const scoped = engine.search({ ...query, filters: { docIds: ['plan-en'] } });
    expect(scoped.length).toBe(2);
    expect(scoped.every((p) => p.docId === 'plan-en')).toBe(true);
    expect(engine.search({ ...query, filters: { docIds: ['plan-en'], lang: 'ko' } })).toEqual([]);
    expect(engine.vectorSearch(Float32Array.from([1, 0, 0]), 5, { lang: 'en' }).map((p) => p.id)).toEqual(['plan-en:0', 'notice:0', 'plan-en:1']);
  });

  it('ranks hybrid results with both ranks kept, and is keyword-only without a vector', () => {
    const hits = engine.search({ terms: indexTerms('regeneration budget'), vector: Float32Array.from([1, 0, 0]), k: 3 });
    expect(hits[0]?.id).toBe('plan-en:0');
    expect(hits[0]).toMatchObject({ vectorRank: 2, textRank: 1 });
    const keyword = engine.search({ terms: indexTerms('regeneration budget'), k: 3 });
    expect(keyword.every((p) => p.vectorRank === undefined)).toBe(true);
    expect(keyword[0]?.id).toBe('plan-en:0');
  });

  it('answers document reads and term statistics from the same snapshot', () => {
    expect(engine.passagesOfDocument('plan-ko').map((p) => p.ordinal)).toEqual([0, 1]);
    expect(engine.getPassage('notice:0')?.docId).toBe('notice');
    expect(engine.listDocuments().map((d) => d.id)).toEqual(['notice', 'plan-en', 'plan-ko']);
    expect(engine.termStats.docCount).toBe(5);
    expect(engine.termStats.df('budget')).toBe(2);
  });

  it('ranks alike whatever order the passages arrive in', () => {
    const order = [4, 2, 0, 3, 1];
    const shuffled = engineOf(
      order.map((i) => passages[i] as Passage),
      order.map((i) => vectors[i] as number[]),
      engine.listDocuments(),
    );
    const query = { terms: indexTerms('smart industrial complex budget'), vector: Float32Array.from([0.3, 0.6, 0.1]), k: 5 };
    expect(shuffled.search(query)).toEqual(engine.search(query));
  });

  it('answers several filtered searches sharing one vector exactly as each search alone', () => {
    const next = random(7);
    const words = ['budget', 'support', 'complex', 'smart', '예산', '지원', '산업단지', '재생', 'zone', 'land'];
    const many = Array.from({ length: 300 }, (_, i) =>
      passage(`d${i % 7}`, i, i % 3 === 0 ? 'ko' : 'en', Array.from({ length: 6 }, () => words[Math.floor(next() * words.length)]).join(' ')),
    );
    const big = engineOf(
      many,
      many.map(() => [next() - 0.5, next() - 0.5, next() - 0.5, next() - 0.5]),
      Array.from({ length: 7 }, (_, d) => doc(`d${d}`, 'en')),
    );
    const vector = Float32Array.from([0.2, -0.4, 0.1, 0.7]);
    const queries = [
      { terms: indexTerms('budget 지원 zone'), vector, k: 12 },
      { terms: indexTerms('budget'), vector, k: 9, filters: { lang: 'en' as const } },
      { terms: indexTerms('산업단지 land'), vector, k: 3, filters: { lang: 'ko' as const, docIds: ['d1', 'd3'] } },
      { terms: indexTerms('smart'), k: 5, filters: { lang: 'ko' as const } },
      { terms: indexTerms('complex'), vector: Float32Array.from([1, 0, 0, 0]), k: 4, filters: { docIds: ['d2'] } },
    ];
    const together = big.searchMany(queries);
    expect(together).toEqual(queries.map((q) => big.search(q)));
    expect(together[1]?.length).toBe(9);
    expect(together[2]?.every((p) => p.lang === 'ko' && ['d1', 'd3'].includes(p.docId))).toBe(true);
  });

  it('reads back from its snapshot bytes ranking exactly alike, and refuses another version or BM25', () => {
    const bytes = engine.toSnapshot();
    const copy = SearchEngine.fromSnapshot(bytes.slice(), { version: 'test' });
    expect(copy).toBeDefined();
    const queries = [
      { terms: indexTerms('budget 예산 smart 스마트'), vector: Float32Array.from([1, 1, 0]), k: 4 },
      { terms: indexTerms('industrial complex support'), vector: Float32Array.from([0.2, 0.1, 0.9]), k: 3, filters: { lang: 'en' as const } },
    ];
    expect(copy?.searchMany(queries)).toEqual(engine.searchMany(queries));
    expect(copy?.listDocuments()).toEqual(engine.listDocuments());
    expect(copy?.termStats.df('budget')).toBe(2);
    expect(snapshotVersion(bytes.subarray(0, VERSION_PREFIX_BYTES))).toBe('test');
    expect(snapshotVersion(new Uint8Array(64))).toBeUndefined();
    expect(SearchEngine.fromSnapshot(bytes, { version: 'other' })).toBeUndefined();
    expect(SearchEngine.fromSnapshot(bytes, { version: 'test', bm25: { k1: 2 } })).toBeUndefined();
    expect(() => SearchEngine.fromSnapshot(bytes.subarray(0, bytes.length - 8), { version: 'test' })).toThrow(/truncated/);
  });

  it('gives the official documents an engine of their own, equal to one built from them alone, in the snapshot too', () => {
    const next = random(11);
    const words = ['budget', 'support', 'complex', 'smart', '예산', '지원', '산업단지', '재생', 'zone', 'land', 'goal', 'plan'];
    const text = () => Array.from({ length: 4 + Math.floor(next() * 8) }, () => words[Math.floor(next() * words.length)]).join(' ');
    // Uploads interleave with the official documents in canonical (document id) order and repeat their words.
    const docs = Array.from({ length: 8 }, (_, d) => doc(`d${d}`, d % 2 === 0 ? 'ko' : 'en', { trust: d % 3 === 1 ? 'upload' : 'official' }));
    const all = Array.from({ length: 160 }, (_, i) =>
      passage(`d${i % 8}`, i, (docs[i % 8] as DocumentRecord).lang, i % 8 === 1 ? 'goal plan goal plan budget' : text()),
    );
    const vectors = all.map(() => [next() - 0.5, next() - 0.5, next() - 0.5]);
    const mixed = engineOf(all, vectors, docs);
    const keep = all.flatMap((p, i) => ((docs.find((d) => d.id === p.docId) as DocumentRecord).trust === 'official' ? [i] : []));
    const alone = engineOf(
      keep.map((i) => all[i] as Passage),
      keep.map((i) => vectors[i] as number[]),
      docs.filter((d) => d.trust === 'official'),
    );
    const queries = [
      { terms: indexTerms('goal plan budget'), vector: Float32Array.from([0.3, -0.2, 0.5]), k: 12 },
      { terms: indexTerms('예산 지원 산업단지'), k: 8, filters: { lang: 'ko' as const } },
      { terms: indexTerms('smart zone land'), vector: Float32Array.from([1, 0, 0]), k: 5, filters: { docIds: ['d0', 'd1', 'd3'] } },
    ];
    const official = mixed.official;
    expect(official).not.toBe(mixed);
    expect(official.searchMany(queries)).toEqual(alone.searchMany(queries));
    expect(mixed.searchMany(queries)[0]?.some((p) => p.docId === 'd1')).toBe(true);
    expect(official.listDocuments()).toEqual(alone.listDocuments());
    expect(official.passagesOfDocument('d1')).toEqual([]);
    for (const term of ['goal', 'plan', 'budget', '예산']) expect(official.termStats.df(term)).toBe(alone.termStats.df(term));
    expect(official.termStats.docCount).toBe(alone.termStats.docCount);
    // Read back from its snapshot, the official engine is the same again; an all-official engine is its own.
    const copy = SearchEngine.fromSnapshot(mixed.toSnapshot(), { version: 'test' });
    expect(copy?.official.searchMany(queries)).toEqual(alone.searchMany(queries));
    expect(copy?.searchMany(queries)).toEqual(mixed.searchMany(queries));
    expect(alone.official).toBe(alone);
  });
});

describe('the engine built in steps (a server rebuilding after an upload keeps answering)', () => {
  const next = random(7);
  const words = ['산업', '단지', '지원', 'budget', 'complex', 'smart', '예산', 'land', '혁신', 'cluster'];
  const many = Array.from({ length: 2000 }, (_, i) => {
    const text = Array.from({ length: 30 }, () => words[Math.floor(next() * words.length)]).join(' ');
    return passage(`d${i % 7}`, Math.floor(i / 7), i % 2 ? 'ko' : 'en', text);
  });
  // Passages without a vector (every third) are left out of vector ranking.
  const vectors = many.flatMap((_, i) => (i % 3 === 0 ? [0, 0, 0] : [next(), next(), next()]));
  // A fresh input each time: the engine normalises the vectors it is given in place.
  const input = () => ({
    passages: many,
    terms: many.map((p) => indexTerms(p.text)),
    vectors: Float32Array.from(vectors),
    dimension: 3,
    documents: Array.from({ length: 7 }, (_, i) => doc(`d${i}`, 'en', { trust: i === 3 ? 'upload' : 'official' })),
    version: 'steps',
  });

  it('is the engine the constructor builds, byte for byte, spread over many steps', () => {
    const whole = new SearchEngine(input());
    const steps = SearchEngine.steps(input());
    let count = 0;
    let built: SearchEngine | undefined;
    for (let step = steps.next(); ; step = steps.next(), count++) {
      if (step.done) {
        built = step.value;
        break;
      }
    }
    // Passages are indexed a few hundred per step: no single step does the whole corpus's work.
    expect(count).toBeGreaterThan((3 * many.length) / ITEMS_PER_STEP);
    const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
    expect(same(built.toSnapshot(), whole.toSnapshot())).toBe(true);
    expect(same(runToEnd(whole.snapshotSteps()), whole.toSnapshot())).toBe(true);
  });

  it('lets other work run between its slices and gives the same answers', async () => {
    const whole = new SearchEngine(input());
    let ranBetween = false;
    setImmediate(() => {
      ranBetween = true;
    });
    const sliced = runInSlices(SearchEngine.steps(input()), 0);
    // Nothing ran yet: the build is under way, not finished in one go.
    expect(ranBetween).toBe(false);
    const engine = await sliced;
    expect(ranBetween).toBe(true);
    const queries = [
      { terms: indexTerms('산업 단지 budget'), vector: Float32Array.from([1, 0.5, 0]), k: 10 },
      { terms: indexTerms('smart land'), k: 5, filters: { lang: 'ko' as const } },
    ];
    expect(engine.searchMany(queries)).toEqual(whole.searchMany(queries));
  });

  it('writes the snapshot header as JSON.stringify would, so its version is read from the first bytes', () => {
    const bytes = new SearchEngine(input()).toSnapshot();
    const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(8, true);
    const header = new TextDecoder().decode(bytes.subarray(16, 16 + length));
    expect(JSON.stringify(JSON.parse(header))).toBe(header);
    expect(snapshotVersion(bytes.subarray(0, VERSION_PREFIX_BYTES))).toBe('steps');
  });
});
