import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figuresIn, firstDate } from '../src/briefing/key-figures.js';
import { headingToQuestion, topicParticle } from '../src/briefing/plan-questions.js';
import type { Briefing } from '../src/briefing/types.js';
import { type CorpusRuntime, openCorpusRuntime } from './support/corpus-runtime.js';

let env: CorpusRuntime;
beforeAll(async () => {
  env = await openCorpusRuntime();
});
afterAll(() => env?.close());

function post(body: unknown): Promise<Response> {
  return Promise.resolve(
    env.app.request('/api/briefing', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

async function briefingJson(body: Record<string, unknown>): Promise<Briefing> {
  const response = await post({ ...body, format: 'json' });
  expect(response.status).toBe(200);
  return (await response.json()) as Briefing;
}

async function docx(body: Record<string, unknown>): Promise<Buffer> {
  const response = await post({ ...body, format: 'docx' });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('wordprocessingml.document');
  expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="briefing-\d{4}-\d{2}-\d{2}\.docx"/);
  return Buffer.from(await response.arrayBuffer());
}

function decodeHtml(text: string): string {
  return text
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Everything a reader of the Word file sees, checked against the briefing object and the index. */
async function checkDocx(briefing: Briefing, bytes: Buffer, labels: { summary: string; references: string }) {
  const html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  const text = decodeHtml(html);
  const h1 = [...html.matchAll(/<h1>(.*?)<\/h1>/g)].map((m) => decodeHtml(m[1] ?? ''));
  const h2 = [...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => decodeHtml(m[1] ?? ''));
  expect(h1).toContain(labels.summary);
  expect(h1).toContain(labels.references);
  expect(h2).toEqual(briefing.sections.map((s, i) => `${i + 1}. ${s.question}`));

  // Real footnotes: one per citation, each quoting its passage verbatim.
  const refs = html.match(/id="footnote-ref-\d+"/g) ?? [];
  const notes = [...html.matchAll(/<li id="footnote-(\d+)">(.*?)<\/li>/gs)].map((m) => decodeHtml(m[2] ?? ''));
  expect(refs).toHaveLength(briefing.citations.length);
  expect(notes).toHaveLength(briefing.citations.length);
  expect(briefing.citations.length).toBeGreaterThan(0);
  for (const [i, citation] of briefing.citations.entries()) {
    const passage = await env.runtime.store.getPassage(citation.passageId);
    expect(passage, citation.passageId).toBeDefined();
    expect(passage?.text).toContain(citation.quote);
    const note = notes[i] ?? '';
    expect(note).toContain(citation.title);
    // The footnote quotes the passage, unless the bullet it hangs on is that very quote.
    const bullet = briefing.sections.flatMap((s) => s.bullets).find((b) => b.citations.includes(citation.n));
    if (note.includes('“')) expect(note.slice(note.indexOf('“') + 1, note.lastIndexOf('”'))).toBe(citation.quote);
    else expect(bullet?.text).toBe(citation.quote);
    expect(text).toContain(bullet?.text.split('\n')[0]?.trim());
  }

  // Word's navigation pane needs the built-in heading styles; Korean needs an East Asian font.
  const files = unzipSync(new Uint8Array(bytes));
  const documentXml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  const stylesXml = strFromU8(files['word/styles.xml'] ?? new Uint8Array());
  const footnotesXml = strFromU8(files['word/footnotes.xml'] ?? new Uint8Array());
  expect(documentXml).toContain('w:pStyle w:val="Heading1"');
  expect(documentXml).toContain('w:pStyle w:val="Heading2"');
  expect(stylesXml).toMatch(/w:eastAsia="Malgun Gothic"/);
  expect(documentXml).toContain('<w:tbl>');
  expect((footnotesXml.match(/<w:footnote (?![^>]*w:type=)/g) ?? []).length).toBe(briefing.citations.length);
}

/** Structure that holds whatever the answers say: cited bullets, summary from them, figures from quotes. */
function checkStructure(briefing: Briefing) {
  for (const section of briefing.sections) {
    expect(section.bullets.length).toBeGreaterThan(0);
    for (const bullet of section.bullets) expect(bullet.citations.length).toBeGreaterThan(0);
  }
  const bulletTexts = briefing.sections.flatMap((s) => s.bullets.map((b) => b.text));
  expect(briefing.summary.length).toBeLessThanOrEqual(5);
  if (bulletTexts.length >= 3) expect(briefing.summary.length).toBeGreaterThanOrEqual(3);
  for (const line of briefing.summary) expect(bulletTexts).toContain(line.text);
  for (const citation of briefing.citations) {
    const reference = briefing.references[citation.reference - 1];
    expect(reference?.docId).toBe(citation.docId);
    expect(reference?.sourceUrl).toMatch(/^https?:\/\//);
  }
  for (const figure of briefing.keyFigures) {
    const quote = briefing.citations[figure.citation - 1]?.quote ?? '';
    expect(quote).toContain(figure.figure);
    for (const part of figure.context.split('…').filter(Boolean)) expect(quote).toContain(part);
  }
}

describe('POST /api/briefing', () => {
  it('builds a cited Korean DOCX briefing from a topic alone', async () => {
    const request = { topic: '5차 산업집적활성화 기본계획', lang: 'ko' };
    const briefing = await briefingJson(request);
    expect(briefing.title).toContain('5차 산업집적활성화 기본계획');
    expect(briefing.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Planned from the plan's own headings; the plan document is covered by the corpus.
    expect(briefing.sections.length).toBeGreaterThanOrEqual(3);
    expect(briefing.sections.some((s) => s.origin?.docId === 'plan5-draft-ko')).toBe(true);
    expect(briefing.sections.every((s) => /[가-힣]/.test(s.question))).toBe(true);
    checkStructure(briefing);
    await checkDocx(briefing, await docx(request), { summary: '요약', references: '참고문헌' });
  });

  it('builds an English DOCX briefing', async () => {
    const request = { topic: 'draft 5th Basic Plan for Industrial Cluster Activation', lang: 'en' };
    const briefing = await briefingJson(request);
    expect(briefing.sections.length).toBeGreaterThanOrEqual(3);
    expect(briefing.sections.every((s) => /^[\x20-\x7E“”’–—]+$/.test(s.question.replace(/[가-힣()]/g, '')))).toBe(true);
    checkStructure(briefing);
    await checkDocx(briefing, await docx(request), { summary: 'Summary', references: 'References' });
  });

  it('answers a topic the documents do not cover with an honest empty briefing', async () => {
    const topic = '화성 탐사 로켓 발사 일정';
    const briefing = await briefingJson({ topic, lang: 'ko' });
    expect(briefing.sections).toEqual([]);
    expect(briefing.citations).toEqual([]);
    expect(briefing.summary).toEqual([]);
    expect(briefing.notCovered).toContain(topic);
    const html = (await mammoth.convertToHtml({ buffer: await docx({ topic, lang: 'ko' }) })).value;
    expect(html).toContain('문서에서 다루지 않는 사항');
    expect(html).toContain(topic);
    expect(html).not.toContain('footnote-ref');
  });

  it('renders Markdown with footnotes and lists uncovered questions without answering them', async () => {
    const questions = ['5차 계획안의 목표는?', '화성 탐사 로켓 발사 일정은?'];
    const response = await post({ questions, lang: 'ko', format: 'markdown' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/markdown');
    const markdown = await response.text();
    const briefing = await briefingJson({ questions, lang: 'ko' });
    expect(briefing.notCovered).toContain(questions[1]);
    expect(briefing.sections.map((s) => s.question)).not.toContain(questions[1]);
    for (const q of questions) expect([...briefing.sections.map((s) => s.question), ...briefing.notCovered]).toContain(q);
    expect(markdown).toMatch(/^# 정책 브리핑/);
    expect(markdown).toContain('## 문서에서 다루지 않는 사항');
    const definitions = markdown.match(/^\[\^\d+\]: /gm) ?? [];
    const uses = markdown.match(/\[\^\d+\](?!:)/g) ?? [];
    expect(definitions).toHaveLength(briefing.citations.length);
    expect(uses).toHaveLength(briefing.citations.length);
    for (const c of briefing.citations) expect(markdown).toContain(`[^${c.n}]: `);
  });

  it.each([
    ['an empty body', {}, 'topic'],
    ['an empty topic', { topic: '   ', lang: 'ko' }, 'topic'],
    ['an unknown format', { topic: '기회발전특구', format: 'pdf' }, 'format'],
    ['an unknown language', { topic: '기회발전특구', lang: 'fr' }, 'lang'],
    ['an empty question', { questions: [''], lang: 'ko' }, 'questions'],
    ['too many questions', { questions: Array.from({ length: 13 }, (_, i) => `질문 ${i}`) }, 'questions'],
    ['an unknown field', { topic: '기회발전특구', foo: 1 }, 'foo'],
  ])('rejects %s with 400 naming the problem', async (_name, body, mention) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    const payload = (await response.json()) as { error: { code: string; message: string } };
    expect(payload.error.code).toBe('invalid_request');
    expect(payload.error.message).toContain(mention);
  });

  it('rejects a body that is not JSON', async () => {
    const response = await post('{topic:');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('invalid_json');
  });
});

describe('briefing helpers', () => {
  it('finds figures with units and the date the source gives them, not dates or ordinals', () => {
    const sentence = '2024년 4월 29일 보도에 따르면 당시(2023년 말 무렵 기준) 전국 산업단지는 1,306개였고, 노후 산업단지는 482개로 전체의 37%였다.';
    expect(figuresIn(sentence).map((f) => f.text)).toEqual(['1,306개', '482개', '37%']);
    expect(firstDate(sentence)).toBe('2023년 말 무렵');
    expect(figuresIn('5차 계획안은 2025년 1월 21일 논의되었다.')).toEqual([]);
    expect(figuresIn('At end-2024 there were 1,330 industrial complexes; 37% were aging.').map((f) => f.text)).toEqual(['1,330 industrial complexes', '37%']);
  });

  it('phrases headings as short questions in the requested language', () => {
    expect(topicParticle('목표와 3대 추진과제')).toBe('는');
    expect(topicParticle('간담회 개요')).toBe('는');
    expect(topicParticle('주요 추진 방안')).toBe('은');
    expect(topicParticle('제1차 기본계획(안) (2003년)')).toBe('은');
    expect(headingToQuestion({ heading: '주요 추진 방안', lang: 'ko' })).toBe('주요 추진 방안은?');
    expect(headingToQuestion({ heading: 'Proposed Measures', lang: 'en', documentText: 'the following concrete measures; proposed' })).toBe(
      'What are the proposed measures?',
    );
  });
});
