import { createExecutionContext, env, SELF } from 'cloudflare:test';
import { describe, expect, inject, it } from 'vitest';
import worker from '../../src/worker/index.js';

const BASE = 'http://policy-qa.test';

interface Citation {
  n: number;
  passageId: string;
  quote: string;
}
interface AskBody {
  answer: string;
  lang: string;
  grounded: boolean;
  retrieval: string;
  citations: Citation[];
  seeAlso: Citation[];
  standaloneQuestion?: string;
}
interface SearchBody {
  retrieval: string;
  results: { id: string; docId: string; vectorRank?: number; textRank?: number }[];
}

function askRequest(question: string): Request {
  return new Request(`${BASE}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) });
}

/** The Worker with the embeddings endpoint pointing at a loopback endpoint that answers 503. */
function fetchWithEndpointDown(request: Request): Promise<Response> {
  return worker.fetch(request, { ...env, EMBEDDINGS_URL: inject('downEmbeddingsUrl') } as never, createExecutionContext());
}

/** Every citation quotes its passage verbatim, and the answer carries its [n] marker. */
async function expectVerbatimCitations(body: AskBody): Promise<void> {
  expect(body.citations.length).toBeGreaterThan(0);
  for (const citation of body.citations) {
    expect(body.answer).toContain(`[${citation.n}]`);
    const response = await SELF.fetch(`${BASE}/api/passages/${encodeURIComponent(citation.passageId)}`);
    expect(response.status).toBe(200);
    const { passage } = (await response.json()) as { passage: { text: string } };
    expect(passage.text).toContain(citation.quote);
  }
}

describe('the Worker, with the Node embeddings endpoint up', () => {
  it('answers /healthz and /readyz from the exported index', async () => {
    expect((await SELF.fetch(`${BASE}/healthz`)).status).toBe(200);
    const ready = await SELF.fetch(`${BASE}/readyz`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { embedder: string }).embedder).toMatch(/^local:/);
  });

  it('does not serve the index files or the embeddings endpoint', async () => {
    for (const file of ['manifest.json', 'documents.json', 'vectors-000.bin', 'passages-000.json']) {
      const response = await SELF.fetch(`${BASE}/${file}`);
      expect(response.status, file).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('not_found');
    }
    const embeddings = await SELF.fetch(`${BASE}/v1/embeddings`, { method: 'POST', body: JSON.stringify({ model: 'x', input: 'x' }) });
    expect(embeddings.status).toBe(404);
  });

  it('searches by vector and keywords (hybrid)', async () => {
    const response = await SELF.fetch(`${BASE}/api/search?q=${encodeURIComponent('culture-leading industrial complexes budget')}&k=5`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as SearchBody;
    expect(body.retrieval).toBe('hybrid');
    expect(body.results).toHaveLength(5);
    expect(body.results.some((r) => r.vectorRank !== undefined)).toBe(true);
    expect(body.results.some((r) => r.textRank !== undefined)).toBe(true);
    expect(body.results[0]?.docId).toMatch(/^culture-leading-complexes-/);
  });

  it('answers a Korean question with verbatim citations', async () => {
    const response = await SELF.fetch(askRequest('제5차 산업집적활성화 기본계획(안)의 목표는 무엇인가요?'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as AskBody;
    // The local model reads English only: a Korean question is not embedded and ranks by BM25.
    expect(body).toMatchObject({ lang: 'ko', grounded: true, retrieval: 'keyword-only' });
    await expectVerbatimCitations(body);
  });

  it('answers an English question with verbatim citations', async () => {
    const response = await SELF.fetch(askRequest('What number of industrial complexes did KICOX count nationwide for end-2024?'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as AskBody;
    expect(body).toMatchObject({ lang: 'en', grounded: true, retrieval: 'hybrid' });
    await expectVerbatimCitations(body);
  });

  it('leaves a real English word the corpus lacks as typed, as Node does (no "election" -> "selection")', async () => {
    const response = await SELF.fetch(askRequest('Who won the presidential election?'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as AskBody;
    expect(body.standaloneQuestion ?? 'Who won the presidential election?').toContain('election');
    expect(body.standaloneQuestion ?? '').not.toContain('selection');
  });

  it('ranks the eval questions exactly as the Node service does (one engine)', async () => {
    const rankings = inject('nodeRankings');
    expect(rankings.length).toBeGreaterThanOrEqual(10);
    let shared = 0;
    let identical = 0;
    for (const { question, ids } of rankings) {
      const response = await SELF.fetch(`${BASE}/api/search?q=${encodeURIComponent(question)}&k=5`);
      const body = (await response.json()) as SearchBody;
      const edgeIds = body.results.map((r) => r.id);
      shared += edgeIds.filter((id) => ids.includes(id)).length / Math.max(ids.length, edgeIds.length, 1);
      if (edgeIds.join() === ids.join()) identical++;
    }
    const overlap = shared / rankings.length;
    console.log(
      `top-5 overlap Worker vs Node over ${rankings.length} eval questions: ${(overlap * 100).toFixed(1)}% (identical order ${identical}/${rankings.length})`,
    );
    expect(overlap).toBe(1);
    expect(identical).toBe(rankings.length);
  });
});

describe('the Worker, with the embeddings endpoint down', () => {
  // English questions: they are the ones the Worker embeds (the local model reads English only), so
  // "keyword-only" here can only come from the failed call, not from the language gate.
  it('searches by keywords only and says so', async () => {
    const response = await fetchWithEndpointDown(new Request(`${BASE}/api/search?q=${encodeURIComponent('culture-leading industrial complexes budget')}&k=5`));
    expect(response.status).toBe(200);
    const body = (await response.json()) as SearchBody;
    expect(body.retrieval).toBe('keyword-only');
    expect(body.results.length).toBeGreaterThan(0);
    expect(body.results.every((r) => r.vectorRank === undefined && r.textRank !== undefined)).toBe(true);
    expect(body.results[0]?.docId).toMatch(/^culture-leading-complexes-/);
  });

  it('still answers a question from keyword search, marked keyword-only', async () => {
    const response = await fetchWithEndpointDown(askRequest('What number of industrial complexes did KICOX count nationwide for end-2024?'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as AskBody;
    expect(body).toMatchObject({ lang: 'en', grounded: true, retrieval: 'keyword-only' });
    await expectVerbatimCitations(body);
  });
});
