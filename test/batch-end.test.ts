import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as lancedb from '@lancedb/lancedb';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../src/core/types.js';
import { corpusVersionOf } from '../src/ingest/ingest.js';
import { LanceStore } from '../src/store/lance-store.js';
import { storedPassage } from './support/scored-passage.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'policy-qa-batch-end-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function record(id: string): DocumentRecord {
  return {
    id,
    title: id,
    lang: 'en',
    path: `/srv/data/uploads/${id}.md`,
    sourceUrl: '',
    sources: [],
    publishedAt: '',
    summary: '',
    contentHash: `h-${id}`,
    passageCount: 1,
    trust: 'upload',
  };
}

async function passageIndexes(dataDir: string): Promise<string[]> {
  const conn = await lancedb.connect(dataDir);
  try {
    return (await (await conn.openTable('passages')).listIndices()).map((index) => index.indexType);
  } finally {
    conn.close();
  }
}

describe('the end of a write batch', () => {
  it('drops a full-text index left by an older version and builds none, and records the corpus version of the committed documents', async () => {
    const dataDir = path.join(root, 'index');
    const store = await LanceStore.open({ dataDir, dimension: 4, watchMs: 0 });
    try {
      // Ids whose code-point order differs from their locale order: the version must not depend on which order is used.
      for (const [id, text] of [
        ['b-doc', 'Grants for smart factories in the southern cluster.'],
        ['B-doc', 'Land prices in the northern industrial complex.'],
        ['a-doc', 'Tax relief for firms moving to regional innovation cities.'],
      ] as const) {
        await store.replaceDocument(record(id), [storedPassage(id, text)], [new Float32Array([1, 0, 0, 0])]);
      }
      // What indexes built by earlier versions carry: LanceDB's own full-text index on the terms.
      const conn = await lancedb.connect(dataDir);
      await (await conn.openTable('passages')).createIndex('terms', { config: lancedb.Index.fts({ baseTokenizer: 'whitespace' }) });
      conn.close();
      expect(await passageIndexes(dataDir)).toEqual(['FTS']);

      const committed = await store.committedDocuments();
      expect(committed.map((d) => d.id)).toEqual((await store.listDocuments()).map((d) => d.id));
      await store.finishBatch({ embedderId: 'test:4', dimension: 4, ftsTokenizer: 'bigram', corpusVersion: corpusVersionOf(committed) });

      expect(await passageIndexes(dataDir)).toEqual([]);
      expect((await store.manifest())?.corpusVersion).toBe(corpusVersionOf(await store.listDocuments()));
      // The in-memory engine still answers by its own BM25.
      const hits = await store.textSearch(['land', 'prices'], 3);
      expect(hits[0]?.docId).toBe('B-doc');
    } finally {
      store.close();
    }
  });

  it('compacts the passages after a deletion or once added rows reach a tenth of the table, not after every small upload', async () => {
    const dataDir = path.join(root, 'compaction');
    const store = await LanceStore.open({ dataDir, dimension: 4, watchMs: 0 });
    const fragments = async () => {
      const conn = await lancedb.connect(dataDir);
      try {
        return (await (await conn.openTable('passages')).stats()).fragmentStats.numFragments;
      } finally {
        conn.close();
      }
    };
    const finish = async () =>
      store.finishBatch({ embedderId: 'test:4', dimension: 4, ftsTokenizer: 'bigram', corpusVersion: corpusVersionOf(await store.committedDocuments()) });
    const add = (id: string) => store.replaceDocument(record(id), [storedPassage(id, `Notice ${id} on cluster grants.`)], [new Float32Array([0, 1, 0, 0])]);
    try {
      // A corpus: one fragment per document, then one after the batch.
      for (let i = 0; i < 30; i++) await add(`doc-${String(i).padStart(2, '0')}`);
      expect(await fragments()).toBe(30);
      await finish();
      expect(await fragments()).toBe(1);
      // One small upload into it: its own fragment, the table is not rewritten.
      await add('upload-1');
      await finish();
      expect(await fragments()).toBe(2);
      expect((await store.listDocuments()).map((d) => d.id)).toContain('upload-1');
      // Added rows reaching a tenth of the table: compacted.
      for (const id of ['upload-2', 'upload-3', 'upload-4']) await add(id);
      await finish();
      expect(await fragments()).toBe(1);
      // A deletion frees its rows at once.
      await add('upload-5');
      await finish();
      expect(await fragments()).toBe(2);
      await store.deleteDocument('doc-00');
      await finish();
      expect(await fragments()).toBe(1);
      expect((await store.listDocuments()).map((d) => d.id)).not.toContain('doc-00');
    } finally {
      store.close();
    }
  });
});
