import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askOnce } from '../src/answer/ask.js';
import { ExtractiveAnswerer } from '../src/answer/extractive-answerer.js';
import type { Briefing } from '../src/briefing/types.js';
import type { AskResult } from '../src/core/types.js';
import { exportEdgeIndex } from '../src/store/export-edge-index.js';
import { ExportedIndexStore } from '../src/store/exported-index-store.js';
import { type CorpusRuntime, openCorpusRuntime } from './support/corpus-runtime.js';

// corpus/yongin-semiconductor.*.md: the first source is Money Today (March 2023 plan); the section
// on the December 2024 approval is marked "Source: newsis", which the front matter dates 2024-12-26.
const FIRST_SOURCE = 'https://m.mt.co.kr/renew/view.html?no=2023031509054933922';
const NEWSIS = 'https://newsis.com/view/NISX20241226_0003010744';

let corpus: CorpusRuntime;
let outDir: string;
beforeAll(async () => {
  corpus = await openCorpusRuntime();
  outDir = await mkdtemp(path.join(os.tmpdir(), 'policy-qa-sources-edge-'));
});
afterAll(async () => {
  corpus?.close();
  await rm(outDir, { recursive: true, force: true });
});

async function ask(question: string, docIds?: string[]): Promise<AskResult> {
  const res = await corpus.app.request('/api/ask', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ question, ...(docIds ? { docIds } : {}) }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as AskResult;
}

describe('a citation links to the source of its section', () => {
  it.each([
    ['en', 'When did MOLIT give final approval to the Yongin semiconductor national industrial complex?', 'yongin-semiconductor-en'],
    ['ko', '국토교통부는 용인 반도체 국가산업단지를 언제 최종 승인했어?', 'yongin-semiconductor-ko'],
  ])('%s: the December 2024 approval is cited to Newsis, not to the document’s first source', async (_lang, question, docId) => {
    const result = await ask(question);
    expect(result.grounded).toBe(true);
    const cited = result.citations.find((c) => c.docId === docId && /26|12월|December/.test(c.quote));
    expect(cited, JSON.stringify(result.citations)).toBeDefined();
    expect(cited?.sourceUrl).toBe(NEWSIS);
    // Dated like Newsis's report (front matter sources[].date), not like the document (asOf 2025-12-29).
    expect(cited?.publishedAt).toBe('2024-12-26');
    const doc = await corpus.runtime.store.getDocument(docId);
    expect(doc?.publishedAt).toBe('2025-12-29');
    expect(doc?.sourceUrl).toBe(FIRST_SOURCE);
    expect(doc?.sources).toContain(NEWSIS);
  });

  it('the exported edge index cites the same per-section source through the same pipeline', async () => {
    await exportEdgeIndex({ dataDir: corpus.dataDir, outDir, encoding: 'float32' });
    const store = new ExportedIndexStore(async (name) => {
      const bytes = await readFile(path.join(outDir, name));
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    });
    const question = 'When did MOLIT give final approval to the Yongin semiconductor national industrial complex?';
    const edge = await askOnce({ store, embedder: corpus.runtime.embedder, extractive: new ExtractiveAnswerer() }, { question });
    const node = await ask(question);
    expect(edge.citations.map((c) => [c.passageId, c.sourceUrl])).toEqual(node.citations.map((c) => [c.passageId, c.sourceUrl]));
    expect(edge.citations.some((c) => c.sourceUrl === NEWSIS)).toBe(true);
  });

  it('briefing references list the sections’ sources, each citation under its own passage’s source', async () => {
    const res = await corpus.app.request('/api/briefing', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ topic: 'Yongin semiconductor national industrial complex', lang: 'en' }),
    });
    expect(res.status).toBe(200);
    const briefing = (await res.json()) as Briefing;
    const firstSources = new Set((await corpus.runtime.store.listDocuments()).map((d) => d.sourceUrl));
    for (const c of briefing.citations) {
      const passage = await corpus.runtime.store.getPassage(c.passageId);
      const reference = briefing.references[c.reference - 1];
      // A passage its marked source cannot be behind (it states later events) cites its document instead.
      expect(c.sourceUrl).toBe(reference?.isDocument ? '' : passage?.sourceUrl);
      expect(reference?.sourceUrl).toBe(c.sourceUrl);
    }
    // Sections cite their own sources: the references are not only the documents' first links.
    expect(briefing.references.some((r) => !firstSources.has(r.sourceUrl))).toBe(true);
  });
});

describe('a quote from the other language points to the same section in the answer language', () => {
  it('an English answer quoting the Korean bio section also names the English bio section', async () => {
    // Both versions state the 2040 investment figure; searching the Korean one only makes the
    // answer quote Korean, and the section exists in both.
    const result = await ask('How much will lead companies in the bio complexes invest by 2040?', ['strategic-specialized-complexes-ko']);
    expect(result.grounded).toBe(true);
    const korean = result.citations.find((c) => c.docId === 'strategic-specialized-complexes-ko');
    expect(korean, JSON.stringify(result.citations)).toBeDefined();
    expect(korean?.alignedSection).toMatchObject({ docId: 'strategic-specialized-complexes-en', sectionPath: 'June 2024 Designation: Bio Complexes' });
    const aligned = await corpus.runtime.store.getPassage(korean?.alignedSection?.passageId ?? '');
    expect(aligned?.lang).toBe('en');
    expect(aligned?.sectionPath).toBe(korean?.alignedSection?.sectionPath);
    expect(korean?.alignedSection?.sourceUrl).toBe(aligned?.sourceUrl);
    // Quotes already in the answer's language need no pointer.
    for (const c of result.citations.filter((c) => c.docId.endsWith('-en'))) expect(c.alignedSection).toBeUndefined();
  });
});
