import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as lancedb from '@lancedb/lancedb';
import { trustBySource } from '../core/document-trust.js';
import { runToEnd } from '../core/time-slices.js';
import type { Passage } from '../core/types.js';
import type { Embedder } from '../embed/embedder.js';
import { prepareDocument } from '../ingest/ingest.js';
import { loadDocument } from '../ingest/loaders/load-document.js';
import { documentRow } from '../store/lance-store.js';
import { passageTableSteps } from '../store/passage-table.js';
import { type IndexManifest, SCHEMA_VERSION } from '../store/store.js';

const ROWS_PER_COMMIT = 20_000;

/**
 * The bench's way to build a large index in minutes: the same parsing, chunking and rows as
 * `ingest`, but many new documents per commit, with no write intents (not crash-safe, never used
 * by the service). `ingest` commits each document on its own, about 1 document per second on a
 * busy 2-core host, which would take over an hour at 100k passages; its rate is measured
 * separately on documents added to the built index.
 */
export async function bulkLoad(options: { dataDir: string; files: string[]; embedder: Embedder }): Promise<{ passages: number; ms: number }> {
  const started = performance.now();
  const conn = await lancedb.connect(options.dataDir);
  const [passages, documents] = await Promise.all([conn.openTable('passages'), conn.openTable('documents')]);
  let rows: Passage[] = [];
  let vectors: Float32Array[] = [];
  const records: Record<string, unknown>[] = [];
  let count = 0;
  for (const [index, file] of options.files.entries()) {
    const doc = await loadDocument({ file: path.relative(process.cwd(), file) || file, bytes: await readFile(file) });
    const prepared = await prepareDocument({ doc, path: file, trust: trustBySource(file), embedder: options.embedder });
    rows.push(...prepared.passages);
    vectors.push(...prepared.vectors);
    records.push(documentRow(prepared.record));
    count += prepared.passages.length;
    if (rows.length >= ROWS_PER_COMMIT || index === options.files.length - 1) {
      await passages.add(runToEnd(passageTableSteps(rows, vectors, options.embedder.dimension)));
      rows = [];
      vectors = [];
      console.error(`  bulk load ${index + 1}/${options.files.length} files, ${count} passages`);
    }
  }
  await documents.add(records);
  conn.close();
  return { passages: count, ms: performance.now() - started };
}

/** Records the manifest as `finishBatch` would, without its full-text index build and compaction (minutes at 100k). */
export async function recordManifest(dataDir: string, manifest: Omit<IndexManifest, 'updatedAt' | 'schemaVersion'>): Promise<void> {
  const conn = await lancedb.connect(dataDir);
  const meta = await conn.openTable('meta');
  const value: IndexManifest = { schemaVersion: SCHEMA_VERSION, ...manifest, updatedAt: new Date().toISOString() };
  await meta
    .mergeInsert('key')
    .whenMatchedUpdateAll()
    .whenNotMatchedInsertAll()
    .execute([{ key: 'manifest', value: JSON.stringify(value) }]);
  conn.close();
}
