import { describe, expect, it } from 'vitest';
import { askedPhrase } from './asked-phrase.js';

describe('askedPhrase', () => {
  it('reads an English phrase of several words up to its preposition, head last', () => {
    expect(askedPhrase('What is the average salary of workers at the new harbour?')).toEqual(['average', 'salary']);
    expect(askedPhrase('What was the total annual budget for the river project?')).toEqual(['total', 'annual', 'budget']);
    expect(askedPhrase('what is the rainfall of Daegu')).toEqual(['rainfall']);
  });

  it('reads a Korean topic-marked noun with the bare noun before it, not a complement', () => {
    expect(askedPhrase('항만 단지의 평균 연봉은 얼마인가요?')).toEqual(['평균', '연봉']);
    expect(askedPhrase('항만 단지의 연봉은 얼마인가요?')).toEqual(['연봉']);
    expect(askedPhrase('입주기업수는 몇 개야?')).toEqual(['입주기업수']);
  });

  it('falls back to the counted noun, and finds nothing when no value is asked', () => {
    expect(askedPhrase('How many tourists visited the harbour last year?')).toEqual(['tourists']);
    expect(askedPhrase('Explain the harbour plan.')).toEqual([]);
    expect(askedPhrase('항만 계획을 왜 만들었어?')).toEqual([]);
  });
});
