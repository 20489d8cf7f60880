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
