import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as lancedb from '@lancedb/lancedb';
import { Field, Int32, Schema, Utf8 } from 'apache-arrow';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentRecord, Passage } from '../src/core/types.js';
import { exportEdgeIndex } from '../src/store/export-edge-index.js';
import { ExportedIndexStore } from '../src/store/exported-index-store.js';
import { LanceStore } from '../src/store/lance-store.js';
import { queryTermsOf } from '../src/text/terms.js';
import { storedPassage } from './support/scored-passage.js';

/** The documents table as indexes were written before trust levels: no "trust" column. */
const OLD_DOCUMENT_SCHEMA = new Schema([
  ...['id', 'title', 'lang', 'path', 'sourceUrl', 'sources', 'publishedAt', 'summary', 'contentHash'].map((name): Field => new Field(name, new Utf8(), false)),
  new Field('passageCount', new Int32(), false),
]);

const root = mkdtempSync(path.join(os.tmpdir(), 'policy-qa-trust-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function record(id: string, file: string, extra: Partial<DocumentRecord> = {}): DocumentRecord {
  return { id, title: id, lang: 'en', path: file, sourceUrl: '', sources: [], publishedAt: '', summary: '', contentHash: `h-${id}`, passageCount: 1, ...extra };
}

const passage = (docId: string, text: string): Passage => storedPassage(docId, text, { title: 'Same title', sectionPath: 'Same section' });

const TEXT = 'The fifth basic plan aims at future industrial clusters led by advanced industries.';
const VECTOR = new Float32Array([1, 0, 0, 0]);

describe('trust levels in the LanceDB index and the edge export', () => {
  it('reads an index without a trust column by source, adds the column on the first write, and ranks the official twin first', async () => {
    const dataDir = path.join(root, 'old-index');
    const conn = await lancedb.connect(dataDir);
    const docs = await conn.createEmptyTable('documents', OLD_DOCUMENT_SCHEMA);
    await docs.add([
      { ...record('corpus-doc', '/srv/policy-qa/corpus/plan.md'), sources: '[]' },
      { ...record('old-upload', '/srv/data/uploads/notice.md'), sources: '[]' },
    ]);
    conn.close();

    const store = await LanceStore.open({ dataDir, dimension: 4, watchMs: 0 });
    try {
      const before = await store.listDocuments();
      expect(Object.fromEntries(before.map((d) => [d.id, d.trust]))).toEqual({ 'corpus-doc': 'official', 'old-upload': 'upload' });

      // Two documents with the very same passage: only their trust differs. Written upload first,
      // then official, then the other way round, so neither storage order decides the ranking.
      await store.replaceDocument(record('twin-upload', '/srv/data/uploads/twin-upload.md', { trust: 'upload' }), [passage('twin-upload', TEXT)], [VECTOR]);
      await store.replaceDocument(
        record('twin-official', '/srv/data/uploads/twin-official.md', { trust: 'official' }),
        [passage('twin-official', TEXT)],
        [VECTOR],
      );
      await store.replaceDocument(record('twin-late', '/srv/data/uploads/twin-late.md', { trust: 'upload' }), [passage('twin-late', TEXT)], [VECTOR]);
      const after = Object.fromEntries((await store.listDocuments()).map((d) => [d.id, d.trust]));
      expect(after).toEqual({ 'corpus-doc': 'official', 'old-upload': 'upload', 'twin-upload': 'upload', 'twin-official': 'official', 'twin-late': 'upload' });
      const reopened = await lancedb.connect(dataDir);
      const fields = (await (await reopened.openTable('documents')).schema()).fields.map((f) => f.name);
      reopened.close();
      expect(fields).toContain('trust');

      const hits = await store.search({ terms: queryTermsOf('fifth basic plan industrial clusters'), vector: VECTOR, k: 3 });
      expect(hits[0]?.docId).toBe('twin-official');

      await store.finishBatch({ embedderId: 'test:4', dimension: 4, ftsTokenizer: 'bigram', corpusVersion: 'v' });
    } finally {
      store.close();
    }

    // The Worker gets the same levels, and ranks the same.
    const outDir = path.join(root, 'edge');
    await exportEdgeIndex({ dataDir, outDir, encoding: 'float32' });
    const exported = JSON.parse(readFileSync(path.join(outDir, 'documents.json'), 'utf8')) as DocumentRecord[];
    expect(Object.fromEntries(exported.map((d) => [d.id, d.trust]))).toMatchObject({
      'twin-official': 'official',
      'twin-upload': 'upload',
      'corpus-doc': 'official',
    });
    const readFrom = (dir: string) =>
      new ExportedIndexStore(async (name) => {
        const bytes = readFileSync(path.join(dir, name));
        return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      });
    const edge = readFrom(outDir);
    expect((await edge.search({ terms: queryTermsOf('fifth basic plan industrial clusters'), vector: VECTOR, k: 3 }))[0]?.docId).toBe('twin-official');

    // An export made before trust levels (no field): levels by source, as in Node.
    writeFileSync(path.join(outDir, 'documents.json'), JSON.stringify(exported.map(({ trust: _trust, ...rest }) => rest)));
    const legacy = Object.fromEntries((await readFrom(outDir).listDocuments()).map((d) => [d.id, d.trust]));
    expect(legacy).toMatchObject({ 'corpus-doc': 'official', 'old-upload': 'upload', 'twin-official': 'upload' });
  });
});
