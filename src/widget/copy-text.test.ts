import { describe, expect, it } from 'vitest';
import type { AnswerView, CitationView } from './api-client.js';
import { citationWhere, copyText } from './copy-text.js';

const citation = (n: number, extra: Partial<CitationView> = {}): CitationView => ({
  n,
  passageId: `p${n}`,
  docId: 'plan5-draft-ko',
  title: '제5차 산업집적활성화 기본계획(안) 전문가 간담회',
  sectionPath: '간담회 개요',
  quote: '인용',
  sourceUrl: 'https://example.org/plan',
  publishedAt: '2025-01-22',
  ...extra,
});

describe('copyText', () => {
  it('puts the numbered sources with their links under the answer', () => {
    const result: AnswerView = {
      id: 'a',
      answer: '간담회가 열렸다 [1].',
      lang: 'ko',
      grounded: true,
      citations: [citation(1), citation(2, { publishedAt: undefined })],
    };
    expect(copyText(result, '출처', 'ko')).toBe(
      '간담회가 열렸다 [1].\n\n출처\n[1] 제5차 산업집적활성화 기본계획(안) 전문가 간담회 — 간담회 개요 · 2025. 1. 22.\n    https://example.org/plan\n[2] 제5차 산업집적활성화 기본계획(안) 전문가 간담회 — 간담회 개요\n    https://example.org/plan',
    );
  });

  it('copies a refusal with its "see also" list, and an answer without sources alone', () => {
    const refusal: AnswerView = { id: 'b', answer: '찾지 못했습니다.', lang: 'ko', grounded: false, citations: [], seeAlso: [citation(1)] };
    expect(copyText(refusal, '관련 자료', 'ko')).toContain('관련 자료\n[1] ');
    expect(copyText({ ...refusal, seeAlso: [] }, '관련 자료', 'ko')).toBe('찾지 못했습니다.');
  });

  it('names the section only when it is not the title, and dates in the reader language', () => {
    expect(citationWhere(citation(1, { sectionPath: citation(1).title }), 'en')).toBe('제5차 산업집적활성화 기본계획(안) 전문가 간담회 · Jan 22, 2025');
  });
});
