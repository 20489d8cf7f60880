import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadLocalEmbedder } from '../../src/embed/create-embedder.js';
import { ingest } from '../../src/ingest/ingest.js';
import { LanceStore } from '../../src/store/lance-store.js';

declare module 'vitest' {
  export interface ProvidedContext {
    corpusDataDir: string;
  }
}

/**
 * Ingests corpus/ once for the whole run: embedding ~200 passages takes ~15 s, and every
 * integration suite needs the same index. Suites that write copy it first (see corpus-runtime.ts).
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'policy-qa-corpus-'));
  const embedder = await loadLocalEmbedder();
  const store = await LanceStore.open({ dataDir: dir, dimension: embedder.dimension, ftsTokenizer: 'bigram' });
  const summary = await ingest({ paths: [path.resolve('corpus')], store, embedder });
  store.close();
  if (summary.failed.length > 0) throw new Error(`corpus failed to ingest: ${JSON.stringify(summary.failed)}`);
  project.provide('corpusDataDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
