import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentRecord, Passage } from '../src/core/types.js';
import { chunkDocument } from '../src/ingest/chunk.js';
import { parseDocument } from '../src/ingest/parse-document.js';
import { decodeSnapshot } from '../src/search/snapshot-file.js';
import { LanceStore } from '../src/store/lance-store.js';
import { passageTerms } from '../src/store/passage-table.js';
import { indexTerms } from '../src/text/terms.js';

/**
 * Issue 24: a big upload's rows are built and committed on a worker thread, so the server's event
 * loop only hands the passages over. Whichever thread commits, the index must hold exactly the
 * same rows: the same document is written through the thread in one store and on the main thread
 * in another, replaced by a shorter version, and the two indexes compared row for row.
 */

const DIMENSION = 8;
const work = mkdtempSync(path.join(os.tmpdir(), 'policy-qa-writer-thread-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function body(paragraphs: number, seed: string): string {
  const lines = ['---', 'id: big-plan', 'title: 대형 계획', 'lang: ko', '---', ''];
  for (let i = 0; i < paragraphs; i++) {
    if (i % 40 === 0) lines.push(`## ${seed} 제${i / 40 + 1}장`, '');
    lines.push(`${seed} 산업단지 ${i}번 과제는 ${i % 7}개 기관이 지원하며, 예산은 ${i * 13}억 원이다. Cluster task ${i}.`, '');
  }
  return lines.join('\n');
}

async function prepared(paragraphs: number, seed: string): Promise<{ record: DocumentRecord; passages: Passage[]; vectors: Float32Array[] }> {
  const doc = parseDocument('big-plan.md', body(paragraphs, seed));
  // One paragraph a passage: a few hundred passages without a long document to read.
  const passages = await chunkDocument(doc, { maxChars: 60 });
  // Every third passage has no vector (its language is one the model does not read).
  const vectors = passages.map((_, i) => Float32Array.from({ length: DIMENSION }, (_, j) => (i % 3 === 0 ? 0 : Math.sin(i * DIMENSION + j))));
  const { body: _body, pages: _pages, sourceStarts: _starts, sourceDates: _dates, issuer: _issuer, ...meta } = doc;
  const record: DocumentRecord = { ...meta, path: 'big-plan.md', contentHash: seed, passageCount: passages.length, trust: 'upload' };
  return { record, passages, vectors };
}

async function indexed(name: string, writerThreadPassages: number, versions: Awaited<ReturnType<typeof prepared>>[]) {
  const store = await LanceStore.open({ dataDir: path.join(work, name), dimension: DIMENSION, watchMs: 0, writerThreadPassages });
  try {
    for (const version of versions) await store.replaceDocument(version.record, version.passages, version.vectors);
    const engine = await store.engine();
    return { snapshot: decodeSnapshot(engine.toSnapshot()), passages: await store.passagesOfDocument('big-plan') };
  } finally {
    store.close();
  }
}

describe('the passage writer thread', () => {
  it('commits exactly the rows the main thread commits, and replaces them in one commit', async () => {
    const first = await prepared(700, '첫째');
    const second = await prepared(520, '둘째');
    expect(first.passages.length).toBeGreaterThan(500);
    const onThread = await indexed('thread', 1, [first, second]);
    const onMain = await indexed('main', Number.POSITIVE_INFINITY, [first, second]);

    // Only the second version is left, whole.
    expect(onThread.passages).toEqual(second.passages);
    expect(onThread.passages).toEqual(onMain.passages);
    const { version: _a, ...thread } = onThread.snapshot;
    const { version: _b, ...main } = onMain.snapshot;
    expect(thread.passages).toEqual(main.passages);
    expect(thread.text.terms).toEqual(main.text.terms);
    expect(Buffer.from(thread.text.docs.buffer, thread.text.docs.byteOffset, thread.text.docs.byteLength)).toEqual(
      Buffer.from(main.text.docs.buffer, main.text.docs.byteOffset, main.text.docs.byteLength),
    );
    expect(Array.from(thread.vectors)).toEqual(Array.from(main.vectors));
    expect(thread.documents).toEqual(main.documents);
    // The terms column is the one the engine and the full-text index search.
    expect(passageTerms(second.passages[1] as Passage)).toBe(
      indexTerms(`${second.passages[1]?.title} ${second.passages[1]?.sectionPath} ${second.passages[1]?.text}`).join(' '),
    );
  }, 120_000);

  it('reports a failed commit as the write failing, and leaves the document as it was', async () => {
    const good = await prepared(30, '처음');
    const store = await LanceStore.open({ dataDir: path.join(work, 'failing'), dimension: DIMENSION, watchMs: 0, writerThreadPassages: 1 });
    try {
      await store.replaceDocument(good.record, good.passages, good.vectors);
      const bad = await prepared(40, '나중');
      // A vector of the wrong length cannot become a row: the thread refuses the commit.
      bad.vectors[5] = new Float32Array(DIMENSION - 1);
      await expect(store.replaceDocument({ ...bad.record, contentHash: 'bad' }, bad.passages, bad.vectors)).rejects.toThrow(/dimensions/);
      expect(await store.passagesOfDocument('big-plan')).toEqual(good.passages);
      expect((await store.getDocument('big-plan'))?.contentHash).toBe('처음');
    } finally {
      store.close();
    }
  }, 60_000);
});
