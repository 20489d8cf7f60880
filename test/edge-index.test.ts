import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSET_FILE_LIMIT_BYTES } from '../src/store/edge-index-format.js';
import { exportEdgeIndex } from '../src/store/export-edge-index.js';
import { ExportedIndexStore } from '../src/store/exported-index-store.js';
import { queryTermsOf } from '../src/text/terms.js';
import { type CorpusRuntime, openCorpusRuntime } from './support/corpus-runtime.js';

let corpus: CorpusRuntime;
let outRoot: string;

function storeOver(dir: string): ExportedIndexStore {
  return new ExportedIndexStore(async (name) => {
    const bytes = await readFile(path.join(dir, name));
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  });
}

async function exportTo(name: string, options: { encoding: 'float32' | 'int8'; maxFileBytes?: number }) {
  const outDir = path.join(outRoot, name);
  const result = await exportEdgeIndex({ dataDir: corpus.dataDir, outDir, ...options });
  return { result, store: storeOver(outDir) };
}

const QUERIES = ['culture-leading industrial complexes budget', '제5차 산업집적활성화 기본계획 목표', 'Yongin semiconductor cluster', '노후 산업단지 재생'];
/** Node and the Worker answer from the same engine over the same stored terms: rankings and scores must match exactly. */
const KEYWORD_QUERIES = ['culture-leading industrial complexes budget', 'Yongin semiconductor cluster', 'smart green industrial complex', '예산', '청년 친화'];

beforeAll(async () => {
  corpus = await openCorpusRuntime();
  outRoot = await mkdtemp(path.join(os.tmpdir(), 'policy-qa-edge-test-'));
});
afterAll(async () => {
  corpus?.close();
  await rm(outRoot, { recursive: true, force: true });
});

describe('the exported edge index', () => {
  it('holds every passage and document with the LanceDB manifest, in files under the asset limit', async () => {
    const { result, store } = await exportTo('float32', { encoding: 'float32' });
    const lance = corpus.runtime.store;
    const documents = await lance.listDocuments();
    const passageCount = documents.reduce((sum, d) => sum + d.passageCount, 0);
    expect(result.manifest).toMatchObject({
      ...(await lance.manifest()),
      vectorEncoding: 'float32',
      counts: { passages: passageCount, documents: documents.length },
    });
    expect(await store.listDocuments()).toEqual(documents);
    for (const doc of documents.slice(0, 5)) expect(await store.passagesOfDocument(doc.id)).toEqual(await lance.passagesOfDocument(doc.id));
    for (const file of result.files) expect(file.bytes).toBeLessThan(ASSET_FILE_LIMIT_BYTES);
    console.log(`edge index of the corpus: ${result.files.map((f) => `${f.name} ${f.bytes} B`).join(', ')}; total ${result.totalBytes} B`);
  });

  it('ranks by vector, by keywords and hybrid exactly as the Node store does', async () => {
    const { store } = await exportTo('float32-ranking', { encoding: 'float32' });
    const lance = corpus.runtime.store;
    for (const query of QUERIES) {
      const [vector] = await corpus.runtime.embedder.embedQueries([query]);
      if (!vector) throw new Error('no vector');
      const [a, b] = [await lance.vectorSearch(vector, 10), await store.vectorSearch(vector, 10)];
      expect(
        b.map((p) => p.id),
        query,
      ).toEqual(a.map((p) => p.id));
      b.forEach((p, i) => {
        expect(p.score).toBeCloseTo(a[i]?.score ?? Number.NaN, 4);
      });
    }
    for (const query of KEYWORD_QUERIES) {
      const terms = queryTermsOf(query);
      const [ta, tb] = [await lance.textSearch(terms, 5), await store.textSearch(terms, 5)];
      expect(tb.length, query).toBeGreaterThan(0);
      expect(
        tb.map((p) => p.id),
        query,
      ).toEqual(ta.map((p) => p.id));
      tb.forEach((p, i) => {
        expect(p.score).toBeCloseTo(ta[i]?.score ?? Number.NaN, 2);
      });
    }
    for (const query of [...QUERIES, ...KEYWORD_QUERIES]) {
      const [vector] = await corpus.runtime.embedder.embedQueries([query]);
      const hybrid = { terms: queryTermsOf(query), vector, k: 8 };
      expect(await store.search(hybrid), query).toEqual(await lance.search(hybrid));
    }
    const filtered = await store.vectorSearch(new Float32Array(384).fill(0.05), 50, { lang: 'en', docIds: ['plan5-draft-en', 'plan5-draft-ko'] });
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((p) => p.docId === 'plan5-draft-en')).toBe(true);
  });

  it('shards when a file would pass the size bound, and int8 vectors keep the ranking', async () => {
    const float = await exportTo('float32-one-shard', { encoding: 'float32' });
    const int8 = await exportTo('int8-sharded', { encoding: 'int8', maxFileBytes: 64 * 1024 });
    expect(int8.result.manifest.shards.length).toBeGreaterThan(1);
    for (const file of int8.result.files) expect(file.bytes).toBeLessThanOrEqual(64 * 1024);
    const vectorBytes = (r: typeof float.result) => r.manifest.shards.reduce((sum, s) => sum + s.bytes.vectors, 0);
    expect(vectorBytes(int8.result)).toBeLessThan(vectorBytes(float.result) / 3);
    let shared = 0;
    for (const query of QUERIES) {
      const [vector] = await corpus.runtime.embedder.embedQueries([query]);
      if (!vector) throw new Error('no vector');
      const a = (await float.store.vectorSearch(vector, 5)).map((p) => p.id);
      const b = (await int8.store.vectorSearch(vector, 5)).map((p) => p.id);
      shared += b.filter((id) => a.includes(id)).length;
      expect(b[0], query).toBe(a[0]);
    }
    expect(shared / (5 * QUERIES.length)).toBeGreaterThanOrEqual(0.8);
    expect(await int8.store.getPassage('no-such-passage')).toBeUndefined();
  });

  it('refuses an index directory that is not one', async () => {
    const store = storeOver(path.join(outRoot, 'missing'));
    await expect(store.manifest()).rejects.toThrow(/ENOENT/);
    await expect(exportEdgeIndex({ dataDir: path.join(outRoot, 'no-lancedb-here'), outDir: path.join(outRoot, 'x'), encoding: 'float32' })).rejects.toThrow(
      /npm run ingest/,
    );
  });
});
