import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figureDateProblems } from '../src/briefing/figure-date-check.js';
import { figureIdentity } from '../src/briefing/figure-identity.js';
import { figuresIn, firstDate, monthOf } from '../src/briefing/key-figures.js';
import { memoLine } from '../src/briefing/memo-style.js';
import { headingToQuestion, topicParticle } from '../src/briefing/plan-questions.js';
import { questionToTopic } from '../src/briefing/topic-heading.js';
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
  // The file is named for its topic: briefing-<topic words>-<date>.docx, in UTF-8 with an ASCII fallback.
  const disposition = response.headers.get('content-disposition') ?? '';
  expect(disposition).toMatch(/^attachment; filename="briefing-[^"]*\d{4}-\d{2}-\d{2}\.docx"; filename\*=UTF-8''briefing-/);
  const topicWords = typeof body.topic === 'string' ? body.topic.split(/[^\p{L}\p{N}]+/u).filter(Boolean) : [];
  expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toBe(
    `briefing-${[...topicWords, ''].join('-')}${new Date().toISOString().slice(0, 10)}.docx`,
  );
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
async function checkDocx(briefing: Briefing, bytes: Buffer, labels: { summary: string; keyFigures: string; references: string; footnote: string }) {
  const html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  const text = decodeHtml(html);
  const h1 = [...html.matchAll(/<h1>(.*?)<\/h1>/g)].map((m) => decodeHtml(m[1] ?? ''));
  // Topic headings in reading order, then the figures and the references.
  const sectionHeadings = briefing.sections.map((s, i) => `${i + 1}. ${s.heading}`);
  // The summary block comes first, then the sections.
  expect(h1[0]).toBe(labels.summary);
  expect(h1.slice(1, sectionHeadings.length + 1)).toEqual(sectionHeadings);
  for (const heading of h1) expect(heading).not.toMatch(/\?$/);
  expect(h1.at(-1)).toBe(labels.references);
  if (briefing.keyFigures.length > 0) expect(h1).toContain(labels.keyFigures);

  // No fact twice in the body: each source sentence once, each figure with its reference date once.
  const body = html.slice(0, html.indexOf(`<h1>${labels.references}`));
  const items = [...body.matchAll(/<li>(.*?)(?=<li>|<\/li>|<ul>)/gs)].map((m) => decodeHtml(m[1] ?? '').trim()).filter(Boolean);
  expect(new Set(items).size).toBe(items.length);
  const sentences = briefing.sections.flatMap((s) => s.bullets.map((b) => b.sentence));
  expect(new Set(sentences).size).toBe(sentences.length);
  const figureFacts = new Map<string, string>();
  for (const bullet of briefing.sections.flatMap((s) => s.bullets)) {
    const cited = briefing.citations[(bullet.citations[0] ?? 0) - 1];
    for (const figure of figuresIn(bullet.sentence)) {
      const key = `${figureIdentity(figure.text)}@${monthOf(firstDate(bullet.sentence) ?? cited?.publishedAt ?? '')}`;
      expect(figureFacts.get(key), `${figure.text} stated twice: "${figureFacts.get(key)}" and "${bullet.sentence}"`).toBeUndefined();
      figureFacts.set(key, bullet.sentence);
    }
  }

  // The figures table: each figure once, dated by its own sentence, heading or source (checkFigureDates).
  const table = html.match(/<table>(.*?)<\/table>/s)?.[1] ?? '';
  const rows = [...table.matchAll(/<tr>(.*?)<\/tr>/gs)].slice(1).map((m) => [...(m[1] ?? '').matchAll(/<td>(.*?)<\/td>/gs)].map((c) => decodeHtml(c[1] ?? '')));
  expect(rows).toHaveLength(briefing.keyFigures.length);
  for (const [i, row] of rows.entries()) {
    const values = briefing.keyFigures[i]?.values ?? [];
    // One paragraph per value in a cell (the HTML's text runs them together).
    expect(row[0]).toBe(values.map((v) => v.figure).join(''));
    expect(row[2]).not.toContain('—');
    expect(row[3]).toBe([...new Set(values.map((v) => `${labels.footnote} ${v.citation}`))].join(''));
  }
  expect(figureDateProblems(briefing)).toEqual([]);

  // References: one per source, each the cited passage's own source (or its document, marked so).
  const urls = briefing.references.filter((r) => !r.isDocument).map((r) => r.sourceUrl);
  expect(new Set(urls).size).toBe(urls.length);
  for (const c of briefing.citations) expect(briefing.references[c.reference - 1]?.sourceUrl).toBe(c.sourceUrl);

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
    // The footnote's quote holds the whole sentence the bullet was made from.
    if (bullet && bullet.citations.length === 1) expect(citation.quote).toContain(bullet.sentence.split('\n')[0]?.trim());
    expect(text).toContain(bullet?.text.split('\n')[0]?.trim());
  }

  // Word's navigation pane needs the built-in heading styles; Korean needs an East Asian font.
  const files = unzipSync(new Uint8Array(bytes));
  const documentXml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  const stylesXml = strFromU8(files['word/styles.xml'] ?? new Uint8Array());
  const footnotesXml = strFromU8(files['word/footnotes.xml'] ?? new Uint8Array());
  expect(documentXml).toContain('w:pStyle w:val="Heading1"');
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
  // Overview, then the topic's content, then related policies.
  const rank = { overview: 0, content: 1, related: 2 };
  const kinds = briefing.sections.map((s) => rank[s.kind]);
  expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
  for (const section of briefing.sections) {
    expect(section.heading).not.toMatch(/\?$/);
    if (section.kind === 'related') expect(section.heading).toMatch(/^(관련 정책|Related policy): /);
    // Memo style rewrites only the ending: every figure and quoted name of the sentence stays.
    for (const bullet of section.bullets) {
      for (const f of figuresIn(bullet.sentence)) expect(bullet.text).toContain(f.text);
      for (const m of bullet.sentence.matchAll(/'([^']+)'/g)) expect(bullet.text).toContain(m[1]);
    }
  }
  for (const citation of briefing.citations) {
    const reference = briefing.references[citation.reference - 1];
    expect(reference?.titles).toContain(citation.title);
    if (reference?.isDocument) expect(reference.sourceUrl).toBe('');
    else expect(reference?.sourceUrl).toMatch(/^https?:\/\//);
  }
  for (const figure of briefing.keyFigures.flatMap((row) => row.values)) {
    const quote = briefing.citations[figure.citation - 1]?.quote ?? '';
    expect(quote).toContain(figure.figure);
    for (const part of figure.context.split('…').filter(Boolean)) expect(quote).toContain(part);
  }
  // 3-5 key points, each one of the briefing's own cited bullets.
  expect(briefing.summary.length).toBeGreaterThanOrEqual(Math.min(3, briefing.sections.flatMap((s) => s.bullets).length));
  expect(briefing.summary.length).toBeLessThanOrEqual(5);
  const bullets = briefing.sections.flatMap((s) => s.bullets);
  for (const point of briefing.summary) expect(bullets.some((b) => b.text === point.text && b.citations.join() === point.citations.join())).toBe(true);
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
    expect(briefing.sections[0]?.heading).toBe('간담회 개요');
    expect(briefing.sections.some((s) => s.kind === 'related')).toBe(true);
    // 개조식: bullets end in a noun, not in a sentence ending ("~다.").
    const firstLines = briefing.sections.flatMap((s) => s.bullets.map((b) => b.text.split('\n')[0] ?? ''));
    expect(firstLines.filter((line) => /다\.$/.test(line)).length).toBeLessThanOrEqual(Math.floor(firstLines.length / 5));
    // The meeting date is stated once, however many documents repeat it.
    expect(firstLines.filter((line) => line.includes('2025년 1월 21일')).length).toBeLessThanOrEqual(1);
    // A director's standard points the documents do not give (the final plan's budget) are listed, not filled in.
    expect(briefing.notCovered.some((q) => q.includes('총예산'))).toBe(true);
    const bytes = await docx(request);
    await checkDocx(briefing, bytes, { summary: '핵심 요약', keyFigures: '주요 수치', references: '참고문헌', footnote: '각주' });
    renderPages(bytes, 'briefing-ko');
    // LibreOffice, where installed, takes up to a minute per document on a loaded machine.
  }, 240_000);

  it('builds an English DOCX briefing', async () => {
    const request = { topic: 'draft 5th Basic Plan for Industrial Cluster Activation', lang: 'en' };
    const briefing = await briefingJson(request);
    expect(briefing.sections.length).toBeGreaterThanOrEqual(3);
    expect(briefing.sections.every((s) => /^[\x20-\x7E“”’–—]+$/.test(s.question.replace(/[가-힣()]/g, '')))).toBe(true);
    checkStructure(briefing);
    for (const s of briefing.sections) expect(s.heading).not.toMatch(/^What\b/);
    const bytes = await docx(request);
    await checkDocx(briefing, bytes, { summary: 'Key points', keyFigures: 'Key figures', references: 'References', footnote: 'note' });
    renderPages(bytes, 'briefing-en');
  }, 240_000);

  it('answers a topic the documents do not cover with an honest empty briefing', async () => {
    const topic = '화성 탐사 로켓 발사 일정';
    const briefing = await briefingJson({ topic, lang: 'ko' });
    expect(briefing.sections).toEqual([]);
    expect(briefing.citations).toEqual([]);

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
    expect(briefing.sections.map((s) => s.heading)).toContain('5차 계획안의 목표');
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

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));

/**
 * Where LibreOffice is installed, renders the DOCX to PDF and the PDF to PNG pages under
 * test-output/ for a person to look at (what Word users see is checked by eye, not by this test).
 */
function renderPages(bytes: Buffer, name: string): void {
  if (!SOFFICE || !existsSync('/usr/bin/pdftoppm')) {
    console.warn(`not rendering ${name}: LibreOffice (soffice) or pdftoppm is missing`);
    return;
  }
  const out = path.resolve('test-output');
  mkdirSync(out, { recursive: true });
  for (const old of readdirSync(out).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))) rmSync(path.join(out, old));
  const docxPath = path.join(out, `${name}.docx`);
  writeFileSync(docxPath, bytes);
  execFileSync(SOFFICE, ['--headless', '--convert-to', 'pdf', '--outdir', out, docxPath], { stdio: 'pipe', timeout: 120_000 });
  execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '70', path.join(out, `${name}.pdf`), path.join(out, name)], { timeout: 60_000 });
  const pages = readdirSync(out).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'));
  expect(pages.length).toBeGreaterThan(0);
  console.log(`rendered ${name}: ${pages.length} page(s) in test-output/`);
}

describe('briefing helpers', () => {
  it('writes Korean bullets in memo style, keeping everything before the ending', () => {
    expect(memoLine('산업통상자원부는 2025년 1월 21일 오후 한국기술센터에서 전문가 간담회를 개최했다.')).toBe(
      '산업통상자원부는 2025년 1월 21일 오후 한국기술센터에서 전문가 간담회 개최',
    );
    expect(memoLine('5차 계획안은 3년 안에 문화선도산업단지 10곳을 지정하는 방안을 제시했다.')).toBe(
      '5차 계획안은 3년 안에 문화선도산업단지 10곳을 지정하는 방안 제시',
    );
    expect(memoLine('2025년 1월 안에 기본계획을 확정·고시할 예정이라고 밝혔다.')).toBe('2025년 1월 안에 기본계획을 확정·고시 예정');
    expect(memoLine("5차 계획안의 목표는 '첨단산업을 선도하는 미래형 산업집적지 실현'이다.")).toBe(
      "5차 계획안의 목표는 '첨단산업을 선도하는 미래형 산업집적지 실현'",
    );
    expect(memoLine('2025년 첫 문화선도산업단지로 선정된 곳은 다음과 같다.')).toBe('2025년 첫 문화선도산업단지로 선정된 곳:');
    expect(memoLine('산업단지의 생산성은 정체되어 있다.')).toBe('산업단지의 생산성은 정체되어 있음');
    // A present-tense native verb has no 개조식 ending in the rule table ("바꿈" reads as broken): kept whole.
    expect(memoLine('3. 산업단지를 청년친화 공간으로 바꾼다.')).toBe('3. 산업단지를 청년친화 공간으로 바꾼다.');
    // Past tense keeps its tense in -었음; a present-tense native verb has no rule: the sentence stays whole.
    expect(memoLine('그는 그렇게 보였다.')).toBe('그는 그렇게 보였음');
    expect(memoLine('이 문서는 그 분야를 다룬다.')).toBe('이 문서는 그 분야를 다룬다.');
    expect(memoLine('1. 구미국가산업단지')).toBe('1. 구미국가산업단지');
  });

  it('turns a question into its topic for a heading', () => {
    expect(questionToTopic('5차 계획안의 목표는?', 'ko')).toBe('5차 계획안의 목표');
    expect(questionToTopic('기회발전특구란 무엇인가요?', 'ko')).toBe('기회발전특구');
    expect(questionToTopic('기회발전특구 입주기업에 어떤 지원이 있나요?', 'ko')).toBe('기회발전특구 입주기업에 어떤 지원이 있나요?');
    expect(questionToTopic('What are the three task areas of the plan?', 'en')).toBe('Three task areas of the plan');
  });

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
