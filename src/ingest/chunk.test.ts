import { describe, expect, it } from 'vitest';
import { chunkDocument, splitSections } from './chunk.js';
import { parseDocument } from './parse-document.js';

const MD = `---
id: sample-ko
title: 샘플 계획
lang: ko
publishedAt: 2025-01-22
sources:
  - https://example.org/a
---
# 샘플 계획

소개 문단입니다.

## 목표와 추진과제

목표는 미래형 산업집적지 실현이다.

### 과제 1: 산업입지 확보

첫째 과제는 지역별 첨단산업 중심의 산업입지를 확보하는 것이다.

### 과제 2: 초광역 클러스터

둘째 과제는 초광역 클러스터 생태계를 구축하는 것이다.

## 출처

- https://example.org/a
`;

describe('chunkDocument', () => {
  it('keeps the heading path of every passage and skips the source list', async () => {
    const doc = parseDocument('corpus/sample.ko.md', MD);
    const passages = await chunkDocument(doc);
    expect(passages.map((p) => p.sectionPath)).toEqual([
      '샘플 계획',
      '목표와 추진과제',
      '목표와 추진과제 > 과제 1: 산업입지 확보',
      '목표와 추진과제 > 과제 2: 초광역 클러스터',
    ]);
    expect(passages.some((p) => p.text.includes('example.org'))).toBe(false);
  });

  it('records offsets that slice the passage text out of the normalised body', async () => {
    const doc = parseDocument('corpus/sample.ko.md', MD);
    for (const p of await chunkDocument(doc)) expect(doc.body.slice(p.charStart, p.charEnd)).toBe(p.text);
  });

  it('gives stable ids: same text, same id; changed text, new id', async () => {
    const a = await chunkDocument(parseDocument('x.md', MD));
    const b = await chunkDocument(parseDocument('x.md', MD));
    const c = await chunkDocument(parseDocument('x.md', MD.replace('첫째 과제는', '첫 번째 과제는')));
    expect(b.map((p) => p.id)).toEqual(a.map((p) => p.id));
    expect(c[2]?.id).not.toBe(a[2]?.id);
    expect(c[1]?.id).toBe(a[1]?.id);
  });

  it('splits an oversized paragraph without losing or inventing text', async () => {
    const sentence = 'Industrial complexes account for a large share of manufacturing output and exports. ';
    const body = `# Long\n\n## Only section\n\n${sentence.repeat(40)}`;
    const doc = parseDocument('long.md', body);
    const passages = await chunkDocument(doc, { maxChars: 300 });
    expect(passages.length).toBeGreaterThan(5);
    for (const p of passages) {
      expect(p.text.length).toBeLessThanOrEqual(300);
      expect(doc.body.slice(p.charStart, p.charEnd)).toBe(p.text);
    }
  });
});

describe('splitSections', () => {
  it('nests headings by level', () => {
    const sections = splitSections('# T\n\nintro\n\n## A\n\na\n\n### A1\n\na1\n\n## B\n\nb', 'T');
    expect(sections.map((s) => s.path.join(' > '))).toEqual(['', 'A', 'A > A1', 'B']);
  });
});

// A request for proposals as the HWPX loader renders it: one outline item per paragraph.
const RFP = [
  '『가을 음악축제』 행사대행 용역 제안요청서',
  'Ⅰ. 과업안내',
  '1. 행사개요',
  '가. 행 사 명: 가을 음악축제',
  '나. 행사일시: 2023. 10. 21.(토) 15:00 ~ 20:40',
  '2. 과업개요',
  '가. 과업기간: 계약체결일 ~ 2023. 11. 30.(목)까지',
  'Ⅱ. 과업 세부내용',
  '1. 기본사항',
  '가. 행사운영 분야',
  '1) 행사 총괄 운영 및 관리',
  '2. 행사장 조성',
  '가. 세부내용',
  '1) 메인무대 디자인 시안 제안',
  '⇨ 관람객 이동동선과 통로 확보방안 제안',
  '2) 조명설치 계획',
].join('\n\n');

describe('chunkDocument with outline numbering', () => {
  it('makes Roman numerals and numbered items the section path, keeping each heading in its text', async () => {
    const doc = parseDocument('rfp.txt', RFP);
    const passages = await chunkDocument(doc);
    const pathOf = (needle: string) => passages.find((p) => p.text.includes(needle))?.sectionPath;
    expect(pathOf('행사일시')).toBe('Ⅰ. 과업안내 > 1. 행사개요');
    expect(pathOf('과업기간')).toBe('Ⅰ. 과업안내 > 2. 과업개요');
    expect(pathOf('행사 총괄')).toBe('Ⅱ. 과업 세부내용 > 1. 기본사항');
    expect(pathOf('통로 확보방안')).toBe('Ⅱ. 과업 세부내용 > 2. 행사장 조성');
    // A bare top heading joins its first subsection instead of becoming a passage of its own.
    expect(passages.find((p) => p.text.includes('Ⅱ. 과업 세부내용'))?.text).toContain('1. 기본사항');
    for (const p of passages) expect(doc.body.slice(p.charStart, p.charEnd)).toBe(p.text);
  });

  it('takes a "label: value" item or a sentence for content, not for a heading', async () => {
    const body = [
      '1. 추진 일정',
      '가. 일시: 2023. 8. 1.(화) 10:00',
      '나. 장소: 구청 3층 상황실',
      '2. 평가 결과는 서면으로 통보한다.',
      '가. 통보 대상은 모든 업체이다.',
    ].join('\n\n');
    const doc = parseDocument('plan.txt', body);
    const passages = await chunkDocument(doc);
    expect(passages.map((p) => p.sectionPath)).toEqual(['1. 추진 일정', doc.title]);
  });

  it('leaves Markdown lists and long bullets as text under their heading', async () => {
    const body = '# Plan\n\n## Targets\n\n- Land: a land bank for industrial sites\n- Youth: ten culture-leading complexes\n\n1. First\n2. Second';
    const passages = await chunkDocument(parseDocument('plan.md', body));
    expect(passages.map((p) => p.sectionPath)).toEqual(['Targets']);
  });

  it('cuts a long table between rows, never inside a date, and no passage runs past maxChars', async () => {
    const rows = Array.from(
      { length: 40 },
      (_, i) => `구분: 행사 ${i + 1} | 일시: 2023. ${(i % 12) + 1}. ${(i % 28) + 1}.(화) 10:00 | 비고: 장소는 구청 3층 상황실이다.`,
    );
    const body = `□ 일정표\n\n${rows.join('\n')}`;
    const doc = parseDocument('table.txt', body);
    const passages = await chunkDocument(doc, { maxChars: 300 });
    expect(passages.length).toBeGreaterThan(5);
    for (const p of passages) {
      expect(p.text.length).toBeLessThanOrEqual(300);
      expect(p.text).toMatch(/^(?:□ 일정표\n\n)?구분: 행사 \d+/);
      expect(p.text).toMatch(/상황실이다\.$/);
    }
  });

  it('names the deeper heading a passage cut from the middle of its item sits under', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => `(${i + 1}) 평가 분야 ${i + 1} (${i + 5}점) | ㅇ 행사 운영계획의 효율성과 안전관리 방안의 적정성`);
    const body = ['Ⅲ. 입찰 및 계약', '4. 제안서평가', '사. 심사결과', '1) 심사결과는 별도로 통보하지 않는다.', '아. 배점표(총괄)', rows.join('\n')].join(
      '\n\n',
    );
    const doc = parseDocument('rfp.txt', body);
    const passages = await chunkDocument(doc, { maxChars: 300 });
    const first = passages.find((p) => p.text.includes('아. 배점표'));
    const rest = passages.filter((p) => p.charStart > (first?.charStart ?? 0));
    expect(first?.sectionPath).toBe('Ⅲ. 입찰 및 계약 > 4. 제안서평가');
    expect(rest.length).toBeGreaterThan(0);
    // Its heading line is above it, in the passage before: the section path carries it instead.
    for (const p of rest) expect(p.sectionPath).toBe('Ⅲ. 입찰 및 계약 > 4. 제안서평가 > 아. 배점표(총괄)');
  });
});
