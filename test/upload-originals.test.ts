import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest/ingest.js';
import { LanceStore } from '../src/store/lance-store.js';
import { upload } from './support/admin-client.js';
import { type CorpusRuntime, openCorpusRuntime } from './support/corpus-runtime.js';
import { makePdf } from './support/document-fixtures.js';

const TOKEN = 'upload-originals-token-5a4b3c2d1e0f';

const sha = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/**
 * Issue 24 (2, 4): every document id has its own stored original, and the stored original is
 * always the bytes of the indexed version, so `npm run ingest "$DATA_DIR/uploads"` rebuilds
 * exactly the documents the index holds.
 */
describe('stored originals', () => {
  let corpus: CorpusRuntime;
  let uploads: string;
  const rebuildRoot = mkdtempSync(path.join(os.tmpdir(), 'policy-qa-originals-'));

  beforeAll(async () => {
    corpus = await openCorpusRuntime({ writable: true, env: { ADMIN_TOKEN: TOKEN } });
    uploads = path.join(corpus.dataDir, 'uploads');
  });
  afterAll(() => {
    corpus?.close();
    rmSync(rebuildRoot, { recursive: true, force: true });
  });

  /** The uploads folder ingested into a fresh index: id -> title. */
  async function rebuilt(name: string): Promise<Map<string, string>> {
    const store = await LanceStore.open({ dataDir: path.join(rebuildRoot, name), dimension: corpus.runtime.embedder.dimension, watchMs: 0 });
    try {
      const summary = await ingest({ paths: [uploads], store, embedder: corpus.runtime.embedder });
      expect(summary.failed).toEqual([]);
      return new Map((await store.listDocuments()).map((d) => [d.id, d.title]));
    } finally {
      store.close();
    }
  }

  it('a file with no extension uploaded as id "t.md" never takes the original of document "t" (t.md)', async () => {
    const memo = '# Land bank memo\n\nThe land bank memo describes how idle plots are bought and leased again.';
    const first = await upload(corpus.app, { files: [{ name: 't.md', bytes: memo }], token: TOKEN });
    expect(first.status).toBe(201);
    const pdf = await makePdf([{ heading: 'Quarterly report', paragraphs: ['The quarterly report lists the occupancy of the smart parks.'] }]);
    const second = await upload(corpus.app, { files: [{ name: 'report', bytes: pdf }], fields: { id: 't.md' }, token: TOKEN });
    expect(second.status, await second.clone().text()).toBe(201);

    const t = (await corpus.runtime.store.getDocument('t'))?.path ?? '';
    const tmd = (await corpus.runtime.store.getDocument('t.md'))?.path ?? '';
    expect(path.resolve(t)).not.toBe(path.resolve(tmd));
    expect(sha(readFileSync(t))).toBe(sha(memo));
    expect(sha(readFileSync(tmd))).toBe(sha(pdf));

    const titles = await rebuilt('no-extension');
    expect(titles.get('t')).toBe('Land bank memo');
    expect(titles.get('t.md')).toBe('Quarterly report');
  }, 120_000);

  it('re-uploading an unchanged file writes its original again when it is missing or different', async () => {
    const text = '# Water reuse notice\n\nThe water reuse notice asks every tenant to report treated volumes.';
    expect((await upload(corpus.app, { files: [{ name: 'water.md', bytes: text }], token: TOKEN })).status).toBe(201);
    const original = (await corpus.runtime.store.getDocument('water'))?.path ?? '';
    rmSync(original);
    const again = await upload(corpus.app, { files: [{ name: 'water.md', bytes: text }], token: TOKEN });
    expect(again.status).toBe(200);
    expect(readFileSync(original, 'utf8')).toBe(text);

    writeFileSync(original, '# Something else\n\nNot the indexed text.');
    await upload(corpus.app, { files: [{ name: 'water.md', bytes: text }], token: TOKEN });
    expect(readFileSync(original, 'utf8')).toBe(text);
    expect(readdirSync(uploads).filter((f) => f.startsWith('.staging-'))).toEqual([]);
  }, 120_000);
});
