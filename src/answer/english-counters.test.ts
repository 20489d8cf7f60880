import { describe, expect, it } from 'vitest';
import { answersAskedKind } from './asked-kind.js';
import { englishCounts } from './english-counters.js';
import { missingTypes } from './evidence-window.js';
import { questionUnits, shareIn } from './question-units.js';

describe('English count nouns counted in Korean counters', () => {
  it('finds the noun a "how many" counts, a word or two of description between', () => {
    expect(englishCounts('How many printed copies of the form must I bring?').map((c) => c.noun)).toEqual(['copies']);
    expect(englishCounts('how many minutes does each speaker get?').map((c) => c.noun)).toEqual(['minutes']);
    expect(englishCounts('How many people came?')).toEqual([]);
    expect(englishCounts('What is the deadline?')).toEqual([]);
  });

  it('gives an item counted in the counter the kind of value asked for', () => {
    expect(answersAskedKind('How many copies of the application do we submit?', '신청서 5부 제출')).toBe(true);
    expect(answersAskedKind('How many copies of the application do we submit?', '신청서 5건 접수')).toBe(false);
    expect(answersAskedKind('How many minutes is the interview?', '면접시간: 20분')).toBe(true);
  });

  it('does not read a date as a count of days or years', () => {
    expect(answersAskedKind('How many days is the exhibition open?', '전시는 3월 4일(월)에 연다')).toBe(false);
    expect(answersAskedKind('How many days is the exhibition open?', '전시는 30일 동안 열린다')).toBe(true);
    expect(answersAskedKind('How many years does the lease run?', '2024년 계약을 맺었다')).toBe(false);
    expect(answersAskedKind('How many years does the lease run?', '10년 동안 임대한다')).toBe(true);
  });

  it('holds a Korean sentence to a figure in that counter', () => {
    expect(missingTypes('How many copies of the application do we submit?', ['신청서 5부를 제출한다.'])).toEqual([]);
    expect(missingTypes('How many copies of the application do we submit?', ['신청서는 2024년 3월 접수한다.'])).toContain('count');
  });

  it('lets the counted noun be covered by a Korean passage that counts in its counter', () => {
    const copies = questionUnits('How many copies of the application do we submit?').find((u) => u.word === 'copies');
    expect(copies && shareIn(copies, 'ko', new Set(['5', '부']))).toBe(1);
    // 일 closes dates too: it is no term that covers "days".
    const days = questionUnits('How many days is the exhibition open?').find((u) => u.word === 'days');
    expect(days && shareIn(days, 'ko', new Set(['30', '일']))).toBe(0);
  });
});
