import { describe, expect, it } from 'vitest';
import type { DocumentRecord, Lang, Passage } from '../core/types.js';
import { starterQuestions } from './starter-questions.js';

function doc(id: string, title: string, lang: Lang, publishedAt: string, sections: string[]) {
  const record: DocumentRecord = {
    id,
    title,
    lang,
    path: '',
    sourceUrl: '',
    sources: [],
    publishedAt,
    summary: '',
    contentHash: '',
    passageCount: sections.length,
  };
  const passages = sections.map(
    (sectionPath, ordinal): Passage => ({
      id: `${id}-${ordinal}`,
      docId: id,
      ordinal,
      title,
      sectionPath,
      lang,
      text: `${sectionPath} text`,
      charStart: 0,
      charEnd: 1,
      sourceUrl: '',
      publishedAt,
      contentHash: '',
    }),
  );
  return { record, passages };
}

const DOCS = [
  doc('odz', '기회발전특구', 'ko', '2025-06-12', ['기회발전특구', '법적 근거', '2024년 지정 경과', '세제 지원']),
  doc('culture', '문화선도산업단지(문화선도산단)', 'ko', '2025-12-05', ['2024년 3월 TF 출범', '2025년 첫 선정: 구미·창원·완주']),
  doc('plan', '제5차 산업집적활성화 기본계획(안) 전문가 간담회', 'ko', '2025-01-22', ['간담회 개요', '목표와 3대 추진과제']),
  doc('odz-en', 'Opportunity Development Zones', 'en', '2025-06-12', ['Legal Basis', 'Designation Rounds in 2024', 'Tax Support']),
  doc('hist-en', 'History of the Basic Plan for Industrial Cluster Activation', 'en', '2025-01-22', ['Entry into Force in July 2003']),
];

describe('starterQuestions', () => {
  it('asks about each document in the reader language, newest first, from a plain key heading (no dates or numbers) or else the subject', () => {
    expect(starterQuestions(DOCS, 'ko')).toEqual([
      '문화선도산업단지는 무엇인가요?',
      '기회발전특구의 세제 지원은?',
      '제5차 산업집적활성화 기본계획(안) 전문가 간담회는 무엇인가요?',
    ]);
    expect(starterQuestions(DOCS, 'en')).toEqual([
      'What is the tax support of Opportunity Development Zones?',
      'What is the history of the Basic Plan for Industrial Cluster Activation?',
    ]);
  });

  it('stops at the count and skips documents without passages', () => {
    expect(starterQuestions(DOCS, 'ko', 1)).toHaveLength(1);
    expect(starterQuestions([{ ...DOCS[0], passages: [] }] as typeof DOCS, 'ko')).toEqual([]);
  });
});
