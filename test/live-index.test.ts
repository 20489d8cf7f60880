import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord, Passage } from '../src/core/types.js';
import { LanceStore, SNAPSHOT_FILE } from '../src/store/lance-store.js';
import { indexTerms, queryTermsOf } from '../src/text/terms.js';
import { type CorpusRuntime, openCorpusRuntime } from './support/corpus-runtime.js';

const run = promisify(execFile);

describe('a running server sees commits of another process', () => {
  let corpus: CorpusRuntime;
  let docsDir: string;

  beforeAll(async () => {
    corpus = await openCorpusRuntime({ writable: true });
    docsDir = await mkdtemp(path.join(os.tmpdir(), 'policy-qa-live-'));
  });
  afterAll(async () => {
    corpus?.close();
    await rm(docsDir, { recursive: true, force: true });
  });

  it('lists and answers from a document that `npm run ingest` added while it ran', async () => {
    const before = (await (await corpus.app.request('/api/documents')).json()) as { documents: DocumentRecord[] };
    expect(before.documents.some((d) => d.id === 'harbour-pilot-en')).toBe(false);
    await writeFile(
      path.join(docsDir, 'harbour-pilot.en.md'),
      [
        '---',
        'id: harbour-pilot-en',
        'title: Harbour Cluster Pilot Programme',
        'lang: en',
        'sources:',
        '  - https://example.org/harbour-pilot',
        '---',
        '',
        '# Harbour Cluster Pilot Programme',
        '',
        'The harbour cluster pilot programme funds seven tidal energy workshops in Gunsan with a budget of 4.2 billion won in 2026.',
        '',
      ].join('\n'),
    );
    // Another process, as an operator would run it: the CLI, not this process's store.
    await run('npx', ['tsx', 'src/cli/main.ts', 'ingest', docsDir], { env: { ...process.env, DATA_DIR: corpus.dataDir, LOG_LEVEL: 'warn' }, timeout: 120_000 });

    const deadline = Date.now() + 10_000;
    let listed = false;
    while (!listed && Date.now() < deadline) {
      const { documents } = (await (await corpus.app.request('/api/documents')).json()) as { documents: DocumentRecord[] };
      listed = documents.some((d) => d.id === 'harbour-pilot-en');
      if (!listed) await new Promise((r) => setTimeout(r, 200));
    }
    expect(listed).toBe(true);
    expect((await corpus.app.request('/api/documents/harbour-pilot-en')).status).toBe(200);
    const ask = await corpus.app.request('/api/ask', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'How many tidal energy workshops does the harbour cluster pilot programme fund?' }),
    });
    expect(ask.status).toBe(200);
    const answer = (await ask.json()) as { citations: { docId: string }[] };
    expect(answer.citations.map((c) => c.docId)).toContain('harbour-pilot-en');
  }, 180_000);
});

describe('snapshot swap', () => {
  let dir: string;
  let store: LanceStore;
  const dimension = 4;

  const versionOf = (label: string) => {
    const passages: Passage[] = [0, 1, 2].map((ordinal) => ({
      id: `swap:${ordinal}:${label}`,
      docId: 'swap',
      ordinal,
      title: 'Swap',
      sectionPath: '',
      lang: 'en',
      text: `grant programme passage ${ordinal} version ${label}`,
      charStart: 0,
      charEnd: 10,
      sourceUrl: '',
      publishedAt: '',
      contentHash: label,
    }));
    const record: DocumentRecord = {
      id: 'swap',
      title: 'Swap',
      lang: 'en',
      path: 'swap.md',
      sourceUrl: '',
      sources: [],
      publishedAt: '',
      summary: '',
      contentHash: label,
      passageCount: 3,
    };
    return { record, passages, vectors: passages.map((_, i) => Float32Array.from([1, i, 0, 0.5])) };
  };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'policy-qa-swap-'));
    store = await LanceStore.open({ dataDir: dir, dimension, watchMs: 0 });
  });
  afterAll(async () => {
    store?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('never mixes two versions of the index in one search, and reads its own writes', async () => {
    expect(indexTerms('grant programme').length).toBeGreaterThan(0);
    const a = versionOf('a');
    await store.replaceDocument(a.record, a.passages, a.vectors);
    const seen = new Set<string>();
    let writing = true;
    const searches = (async () => {
      while (writing) {
        const hits = await store.search({ terms: queryTermsOf('grant programme passage'), vector: Float32Array.from([1, 1, 0, 0]), k: 10 });
        const versions = new Set(hits.map((h) => h.contentHash));
        expect(versions.size).toBe(1);
        seen.add([...versions][0] ?? '');
        const doc = await store.getDocument('swap');
        expect(doc).toBeDefined();
        // A search answered from memory never yields to I/O; let the writes proceed between searches.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    for (const label of ['b', 'c', 'd', 'e']) {
      const next = versionOf(label);
      await store.replaceDocument(next.record, next.passages, next.vectors);
      const after = await store.search({ terms: queryTermsOf('grant programme'), k: 10 });
      expect(after.map((h) => h.contentHash)).toEqual([label, label, label]);
      expect((await store.passagesOfDocument('swap')).map((p) => p.id)).toEqual(next.passages.map((p) => p.id));
    }
    writing = false;
    await searches;
    expect(seen.size).toBeGreaterThan(1);
  }, 60_000);

  it('reads the new version when a cleanup removed the one it pinned before it counted the commit', async () => {
    const query = { terms: queryTermsOf('grant programme passage'), vector: Float32Array.from([1, 1, 0, 0]), k: 10 };
    const pinned = versionOf('p');
    await store.replaceDocument(pinned.record, pinned.passages, pinned.vectors);
    // Another process's view (watchMs 0: it counts no commit by itself): between pinning a version
    // and reading it, the writer replaces the document and removes every older version.
    const reader = await LanceStore.open({ dataDir: dir, dimension, watchMs: 0, readOnly: true });
    const conn = (reader as unknown as { conn: { openTable(name: string): Promise<{ checkout(version: number): Promise<void> }> } }).conn;
    const openTable = conn.openTable.bind(conn);
    let cleanups = 0;
    conn.openTable = async (name) => {
      const table = await openTable(name);
      if (name === 'passages' && cleanups === 0) {
        const checkout = table.checkout.bind(table);
        table.checkout = async (version) => {
          cleanups++;
          const next = versionOf('q');
          await store.replaceDocument(next.record, next.passages, next.vectors);
          await store.reclaimSpace(0);
          return checkout(version);
        };
      }
      return table;
    };
    try {
      expect((await reader.search(query)).map((h) => h.contentHash)).toEqual(['q', 'q', 'q']);
      expect(cleanups).toBe(1);
    } finally {
      reader.close();
    }
  }, 60_000);

  it('starts from the kept engine of the same table version, never from a stale or damaged file', async () => {
    const query = { terms: queryTermsOf('grant programme passage'), vector: Float32Array.from([1, 1, 0, 0]), k: 10 };
    const a = versionOf('f');
    await store.replaceDocument(a.record, a.passages, a.vectors);
    const fromTables = await store.search(query);
    const file = path.join(dir, SNAPSHOT_FILE);
    const written = await readFile(file);
    const reopened = await LanceStore.open({ dataDir: dir, dimension, watchMs: 0 });
    try {
      expect(await reopened.search(query)).toEqual(fromTables);
      expect((await reopened.engine()).version).toBe((await store.engine()).version);
      // A commit after the file was written: the next engine is read from the tables, and kept anew.
      const b = versionOf('g');
      await reopened.replaceDocument(b.record, b.passages, b.vectors);
      expect((await reopened.search(query)).map((h) => h.contentHash)).toEqual(['g', 'g', 'g']);
      expect((await readFile(file)).equals(written)).toBe(false);
    } finally {
      reopened.close();
    }
    await writeFile(file, written.subarray(0, written.length >> 1));
    const damaged = await LanceStore.open({ dataDir: dir, dimension, watchMs: 0 });
    try {
      expect((await damaged.search(query)).map((h) => h.contentHash)).toEqual(['g', 'g', 'g']);
    } finally {
      damaged.close();
    }
  }, 60_000);
});
