import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RETRIEVAL_K } from '../src/answer/ask.js';
import { loadConfig } from '../src/core/config.js';
import type { Embedder } from '../src/embed/embedder.js';
import { ingest } from '../src/ingest/ingest.js';
import { openRuntime, type Runtime } from '../src/node/runtime.js';
import { corpusKnowledge } from '../src/retrieve/corpus-stats.js';
import { retrieveForQuestion } from '../src/retrieve/retrieve-for-question.js';
import { exportEdgeIndex } from '../src/store/export-edge-index.js';
import { ExportedIndexStore } from '../src/store/exported-index-store.js';
import type { PassageStore } from '../src/store/store.js';
import { type CorpusRuntime, openCorpusRuntime } from './support/corpus-runtime.js';

// A term invented for this test: no corpus document and no glossary entry knows it. The fact is
// in a Korean section that writes only the Korean term; the second version of the document adds
// an introduction that glosses it in English, as policy documents do ("기회발전특구(Opportunity
// Development Zones)"). Only the pair mined from that gloss links the English question to the fact.
const FACT = `## 체결

루멘계곡협약은 2031년 4월 9일 체결되었으며, 협약에 참여한 기관은 모두 열두 곳이다.
`;
const doc = (intro: string) => `---
id: lumen-accord-ko
title: 시험용 협약 문서
lang: ko
---
# 시험용 협약 문서

${intro}

${FACT}`;
const WITHOUT_GLOSS = doc('이 문서는 시험을 위해 지어낸 협약의 경과를 정리한다.');
const WITH_GLOSS = doc('이 문서는 시험을 위해 지어낸 루멘계곡협약(Lumen Valley Accord)의 경과를 정리한다.');
const QUESTION = 'When was the Lumen Valley Accord signed?';
const PAIR = { ko: '루멘계곡협약', en: 'lumen valley accord' };

let corpus: CorpusRuntime;
let folder: string;
let edgeDir: string;
beforeAll(async () => {
  corpus = await openCorpusRuntime({ writable: true });
  folder = await mkdtemp(path.join(os.tmpdir(), 'policy-qa-terms-'));
  edgeDir = await mkdtemp(path.join(os.tmpdir(), 'policy-qa-terms-edge-'));
});
afterAll(async () => {
  corpus?.close();
  await rm(folder, { recursive: true, force: true });
  await rm(edgeDir, { recursive: true, force: true });
});

/** Whether the passages the answerer is given for the English question (as `ask` retrieves them) hold the Korean fact. */
async function findsKoreanFact(store: PassageStore, embedder: Embedder): Promise<boolean> {
  const { termPairs } = await corpusKnowledge(store);
  const retrieved = await retrieveForQuestion({ store, embedder, question: QUESTION, lang: 'en', k: RETRIEVAL_K, termPairs });
  return retrieved.passages.some((p) => p.docId === 'lumen-accord-ko' && p.text.includes('2031년 4월 9일'));
}

describe('the bilingual term table is learnt from the documents and kept with the index', () => {
  it('an English question finds a Korean passage once a document glosses the term, after a restart and on the edge', async () => {
    const file = path.join(folder, 'lumen-accord.ko.md');
    await writeFile(file, WITHOUT_GLOSS);
    expect((await ingest({ paths: [folder], store: corpus.runtime.store, embedder: corpus.runtime.embedder })).added).toEqual(['lumen-accord-ko']);
    expect((await corpusKnowledge(corpus.runtime.store)).termPairs.some((p) => p.ko === PAIR.ko)).toBe(false);
    expect(await findsKoreanFact(corpus.runtime.store, corpus.runtime.embedder)).toBe(false);

    await writeFile(file, WITH_GLOSS);
    expect((await ingest({ paths: [folder], store: corpus.runtime.store, embedder: corpus.runtime.embedder })).updated).toEqual(['lumen-accord-ko']);
    expect((await corpusKnowledge(corpus.runtime.store)).termPairs).toContainEqual(PAIR);
    expect(await findsKoreanFact(corpus.runtime.store, corpus.runtime.embedder)).toBe(true);

    // A restart: a new process opens the same DATA_DIR and knows the pair from the index alone.
    await corpus.runtime.close();
    const reopened: Runtime = await openRuntime(loadConfig({ LOG_LEVEL: 'warn', DATA_DIR: corpus.dataDir }));
    corpus.runtime = reopened;
    expect((await corpusKnowledge(reopened.store)).termPairs).toContainEqual(PAIR);
    expect(await findsKoreanFact(reopened.store, reopened.embedder)).toBe(true);

    // The Worker: the exported index teaches the same pair to the same retrieval.
    await exportEdgeIndex({ dataDir: corpus.dataDir, outDir: edgeDir, encoding: 'float32' });
    const edgeStore = new ExportedIndexStore(async (name) => {
      const bytes = await readFile(path.join(edgeDir, name));
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    });
    expect((await corpusKnowledge(edgeStore)).termPairs).toEqual((await corpusKnowledge(reopened.store)).termPairs);
    expect(await findsKoreanFact(edgeStore, reopened.embedder)).toBe(true);
  });
});
