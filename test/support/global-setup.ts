import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
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

/** What the corpus index is made of: a change to any of these files builds it again. */
const INDEX_INPUTS = [
  'corpus',
  'src/core',
  'src/ingest',
  'src/embed',
  'src/store',
  'src/text',
  'src/search',
  'src/retrieve',
  'models/.source.json',
  'package-lock.json',
  'test/support/global-setup.ts',
];
const CACHE_ROOT = path.resolve('node_modules/.cache/policy-qa-test-corpus');

function filesUnder(target: string): string[] {
  if (!existsSync(target)) return [];
  if (!statSync(target).isDirectory()) return /\.test\.ts$/.test(target) ? [] : [target];
  return readdirSync(target).flatMap((name) => filesUnder(path.join(target, name)));
}

function inputsKey(): string {
  const hash = createHash('sha256');
  for (const file of INDEX_INPUTS.flatMap((input) => filesUnder(path.resolve(input))).sort()) {
    hash.update(path.relative(process.cwd(), file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Ingests corpus/ once, shared by every integration suite: embedding ~200 passages takes 15-60 s.
 * The index is kept under node_modules/.cache keyed by the files it is made of, so a later run
 * with the same corpus and indexing code reuses it (TEST_CORPUS_CACHE=0 rebuilds). Suites only read
 * it; those that write copy it first (see corpus-runtime.ts).
 */
export default async function setup(project: TestProject): Promise<void> {
  const key = inputsKey();
  const dir = path.join(CACHE_ROOT, key);
  if (process.env.TEST_CORPUS_CACHE === '0') rmSync(dir, { recursive: true, force: true });
  if (!existsSync(dir)) {
    const building = `${dir}.partial-${process.pid}`;
    mkdirSync(building, { recursive: true });
    const embedder = await loadLocalEmbedder();
    const store = await LanceStore.open({ dataDir: building, dimension: embedder.dimension, ftsTokenizer: 'bigram' });
    const summary = await ingest({ paths: [path.resolve('corpus')], store, embedder });
    store.close();
    if (summary.failed.length > 0) throw new Error(`corpus failed to ingest: ${JSON.stringify(summary.failed)}`);
    // Older indexes are for code that no longer exists.
    for (const stale of existsSync(CACHE_ROOT) ? readdirSync(CACHE_ROOT) : [])
      if (stale !== path.basename(building)) rmSync(path.join(CACHE_ROOT, stale), { recursive: true, force: true });
    renameSync(building, dir);
  }
  project.provide('corpusDataDir', dir);
}
