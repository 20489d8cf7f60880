import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AskResult, Passage } from '../src/core/types.js';
import { loadLocalEmbedder } from '../src/embed/create-embedder.js';
import { ingest } from '../src/ingest/ingest.js';
import { LanceStore } from '../src/store/lance-store.js';
import { type CorpusRuntime, openCorpusRuntime } from './support/corpus-runtime.js';

let corpus: CorpusRuntime;
beforeAll(async () => {
  corpus = await openCorpusRuntime();
});
afterAll(() => corpus?.close());

async function ask(body: unknown): Promise<{ status: number; json: AskResult & { error?: { code: string; message: string } } }> {
  const res = await corpus.app.request('/api/ask', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

async function passage(id: string): Promise<Passage> {
  const res = await corpus.app.request(`/api/passages/${encodeURIComponent(id)}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { passage: Passage }).passage;
}

/** Every [n] in the answer has a citation, and every quote is a verbatim slice of its passage. */
async function expectVerbatimCitations(result: AskResult): Promise<void> {
  const markers = [...result.answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
  expect(markers.length).toBeGreaterThan(0);
  for (const n of markers) expect(result.citations.some((c) => c.n === n)).toBe(true);
  for (const citation of result.citations) {
    const source = await passage(citation.passageId);
    expect(source.text).toContain(citation.quote);
    expect(citation.sectionPath).toBe(source.sectionPath);
  }
}

describe('asking in Korean and English', () => {
  it('answers the headline Korean question from the Korean plan document, citing verbatim', async () => {
    const { status, json } = await ask({ question: '5차 산업집적활성화 기본계획의 목표는?' });
    expect(status).toBe(200);
    expect(json.grounded).toBe(true);
    expect(json.lang).toBe('ko');
    expect(json.mode).toBe('extractive');
    expect(json.citations[0]?.docId).toMatch(/-ko$/);
    await expectVerbatimCitations(json);
    expect(Object.keys(json.timingsMs ?? {})).toEqual(expect.arrayContaining(['retrieve', 'answer']));
  });

  it('prefers the passage in the question language when both languages hold the fact', async () => {
    const { json } = await ask({ question: 'How many Opportunity Development Zones were designated in 2024?' });
    expect(json.grounded).toBe(true);
    expect(json.answer).toContain('48');
    expect(json.citations.every((c) => c.docId.endsWith('-en'))).toBe(true);
    await expectVerbatimCitations(json);
  });

  it('answers an English question from a Korean document when only that one is searched', async () => {
    // Both language versions state every fact (test/corpus-parity.test.ts), so "only Korean holds
    // it" is made by restricting the search to the Korean document.
    const { json } = await ask({ question: 'Where were Opportunity Development Zones added in May 2025?', docIds: ['opportunity-development-zones-ko'] });
    expect(json.grounded).toBe(true);
    expect(json.lang).toBe('en');
    expect(json.answer).toContain('남원');
    expect(json.citations.every((c) => c.docId === 'opportunity-development-zones-ko')).toBe(true);
    await expectVerbatimCitations(json);
  });

  it('refuses out-of-scope questions in the question language, offering nearby passages', async () => {
    for (const [question, lang] of [
      ['What is the capital of France?', 'en'],
      ['오늘 서울 날씨는?', 'ko'],
    ] as const) {
      const { status, json } = await ask({ question });
      expect(status).toBe(200);
      expect(json.grounded).toBe(false);
      expect(json.lang).toBe(lang);
      expect(json.citations).toEqual([]);
      expect(json.answer).toMatch(lang === 'ko' ? /문서/ : /documents/);
      expect(json.seeAlso.length).toBeGreaterThan(0);
    }
  });

  it('answers a premise that dates a place otherwise with what the documents say, not as given', async () => {
    // Ulsan and Sejong were in the November 2024 round; the June 2024 round did not include them.
    for (const question of [
      'Since Ulsan joined the Opportunity Development Zones in June 2024, what investment was expected there?',
      '2024년 6월에 세종이 기회발전특구로 지정됐을 때 투자 규모는 얼마로 예상됐어?',
    ]) {
      const { json } = await ask({ question });
      expect(json.grounded).toBe(false);
      expect(json.refusalReason).toBe('false_premise');
    }
    // Dated as the documents date it, the same question is answered.
    const { json } = await ask({ question: 'Since Ulsan joined the Opportunity Development Zones in November 2024, what investment was expected there?' });
    expect(json.grounded).toBe(true);
  });

  it('streams meta, deltas and done over SSE', async () => {
    const res = await corpus.app.request('/api/ask', { method: 'POST', body: JSON.stringify({ question: '전국 산업단지는 몇 개인가?', stream: true }) });
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const events = [...(await res.text()).matchAll(/^event: (\w+)$/gm)].map((m) => m[1]);
    expect(events[0]).toBe('meta');
    expect(events.at(-1)).toBe('done');
    expect(events.filter((e) => e === 'delta').length).toBeGreaterThan(0);
  });
});

describe('bad requests', () => {
  it('answers malformed or invalid input with the error format and a 4xx', async () => {
    const cases: [unknown, number][] = [
      ['{not json', 400],
      [{}, 400],
      [{ question: '' }, 400],
      [{ question: 'x'.repeat(5000) }, 400],
      [{ question: 42 }, 400],
      [{ question: 'ok?', lang: 'fr' }, 400],
    ];
    for (const [body, status] of cases) {
      const res = await ask(body);
      expect(res.status).toBe(status);
      expect(res.json.error?.code).toEqual(expect.any(String));
      expect(res.json.error?.message).toEqual(expect.any(String));
    }
  });

  it('answers unknown ids and routes with 404', async () => {
    for (const url of ['/api/passages/nope', '/api/documents/nope', '/api/nothing-here']) {
      const res = await corpus.app.request(url);
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toEqual(expect.any(String));
    }
  });
});

describe('incremental ingestion', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('re-ingests nothing unchanged, replaces a changed file, drops a deleted one, reports a broken one', async () => {
    const docs = mkdtempSync(path.join(os.tmpdir(), 'pqa-docs-'));
    const data = mkdtempSync(path.join(os.tmpdir(), 'pqa-data-'));
    dirs.push(docs, data);
    for (const f of ['institutions.en.md', 'industrial-cluster-act.ko.md', 'youth-friendly-complexes.en.md'])
      cpSync(path.join('corpus', f), path.join(docs, f));
    const embedder = await loadLocalEmbedder();
    const store = await LanceStore.open({ dataDir: data, dimension: embedder.dimension, ftsTokenizer: 'bigram' });
    try {
      const first = await ingest({ paths: [docs], store, embedder });
      expect(first.added).toHaveLength(3);
      const count = (await store.listDocuments()).reduce((n, d) => n + d.passageCount, 0);

      const again = await ingest({ paths: [docs], store, embedder });
      expect(again.unchanged).toHaveLength(3);
      expect(again.passagesEmbedded).toBe(0);

      const file = path.join(docs, 'institutions.en.md');
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n\n## Added Section\n\nThis paragraph was added to test incremental ingestion.\n`);
      writeFileSync(path.join(docs, 'broken.md'), '---\nid: [unclosed\n---\n# Broken\n');
      rmSync(path.join(docs, 'youth-friendly-complexes.en.md'));
      const changed = await ingest({ paths: [docs], store, embedder });
      expect(changed.updated).toEqual(['institutions-en']);
      expect(changed.removed).toEqual(['youth-friendly-complexes-en']);
      expect(changed.unchanged).toEqual(['industrial-cluster-act-ko']);
      expect(changed.failed.map((f) => path.basename(f.file))).toEqual(['broken.md']);
      const institutions = await store.getDocument('institutions-en');
      expect(changed.passagesEmbedded).toBe(institutions?.passageCount);
      const passages = await store.passagesOfDocument('institutions-en');
      expect(passages.some((p) => p.sectionPath.endsWith('Added Section'))).toBe(true);
      expect(await store.passagesOfDocument('youth-friendly-complexes-en')).toEqual([]);
      const total = (await store.listDocuments()).reduce((n, d) => n + d.passageCount, 0);
      expect(total).toBeLessThan(count + passages.length);
    } finally {
      store.close();
    }
  });
});

describe('multi-part questions', () => {
  it('retrieves for each part, so one strong topic does not crowd out the other', async () => {
    const { retrieveForQuestion } = await import('../src/retrieve/retrieve-for-question.js');
    const { corpusKnowledge } = await import('../src/retrieve/corpus-stats.js');
    const knowledge = await corpusKnowledge(corpus.runtime.store);
    const { passages } = await retrieveForQuestion({
      store: corpus.runtime.store,
      embedder: corpus.runtime.embedder,
      question: 'Which body designated the bio specialized complexes and approved the first round of Opportunity Development Zones?',
      lang: 'en',
      k: 12,
      termPairs: knowledge.termPairs,
    });
    const top = passages.slice(0, 3).map((p) => p.docId);
    expect(top).toContain('opportunity-development-zones-en');
    expect(top).toContain('strategic-specialized-complexes-en');
  });
});
