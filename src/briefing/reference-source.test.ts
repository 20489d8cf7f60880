import { describe, expect, it } from 'vitest';
import type { DocumentRecord, Passage } from '../core/types.js';
import { referenceFor } from './reference-source.js';

const MT = 'https://m.mt.co.kr/renew/view.html?no=2023031509054933922';
const document = {
  id: 'yongin-ko',
  title: '용인 첨단시스템반도체 국가산업단지',
  publishedAt: '2025-12-29',
  sourceDetails: [{ url: MT, publisher: '머니투데이', date: '2023-03-15' }],
} as unknown as DocumentRecord;

function passage(sectionPath: string, text: string): Passage {
  // A passage carries its marked source's date; a section without a "Source:" line falls back to the first source.
  return {
    id: `p-${sectionPath}`,
    docId: 'yongin-ko',
    ordinal: 0,
    title: document.title,
    sectionPath,
    lang: 'ko',
    text,
    sourceUrl: MT,
    publishedAt: '2023-03-15',
  } as Passage;
}

describe('referenceFor', () => {
  it('cites the marked source for what it could have reported', () => {
    const p = passage('2023년 3월 국가첨단산업벨트 계획', '2023년 3월 계획에서 용인 후보지는 710만㎡ 규모로 제시되었다.');
    expect(referenceFor(p, p.text, document).entry).toMatchObject({ publisher: '머니투데이', date: '2023-03-15', sourceUrl: MT });
  });

  it('keeps the source for what it announces for the next month', () => {
    const ET = 'https://m.etnews.com/200306300101';
    const doc = { ...document, sourceDetails: [{ url: ET, publisher: '전자신문', date: '2003-06-30' }] } as DocumentRecord;
    const p = { ...passage('2003년 7월 시행', '2003년 7월 1일부터 새 이름의 법률과 시행령이 기본계획의 운영 방식을 규정하게 되었다.'), sourceUrl: ET };
    expect(referenceFor(p, p.text, doc).entry).toMatchObject({ publisher: '전자신문', sourceUrl: ET });
  });

  it('cites the registered document, with its own date, for a section stating months after the source', () => {
    const p = passage(
      '부지 면적 수치 비교',
      '2023년 3월 계획에서는 710만㎡, 2024년 12월 최종 승인 때는 약 778만㎡, 2025년 12월 보도에서는 777만㎡로 제시되었다.',
    );
    expect(referenceFor(p, p.text, document)).toEqual({
      key: 'document:yongin-ko',
      entry: { title: document.title, date: '2025-12-29', sourceUrl: '', isDocument: true },
    });
  });
});
