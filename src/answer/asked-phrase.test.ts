import { describe, expect, it } from 'vitest';
import { askedModifiers, askedPhrase } from './asked-phrase.js';

describe('askedPhrase', () => {
  it('reads an English phrase of several words up to its preposition, head last', () => {
    expect(askedPhrase('What is the average salary of workers at the new harbour?')).toEqual(['average', 'salary']);
    expect(askedPhrase('What was the total annual budget for the river project?')).toEqual(['total', 'annual', 'budget']);
    expect(askedPhrase('what is the rainfall of Daegu')).toEqual(['rainfall']);
    // At the question's end, and in the clause after a condition.
    expect(askedPhrase('If the ferry stops, what is the spare route?')).toEqual(['spare', 'route']);
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

describe('askedModifiers', () => {
  it('reads the bare nouns before the topic-marked noun a question word asks about, not the complements before them', () => {
    expect(askedModifiers('환승센터 표준데이터에서 전기차 충전기 수 항목은 어떤 형식으로 적어야 해?')).toEqual(['전기차', '충전기', '수']);
    expect(askedModifiers('가을밤의 음악축제 우천 시 대체 장소는 어디야?')).toEqual(['가을밤', '음악축제', '우천', '시', '대체']);
  });

  it('reads through the genitive 의, which keeps the phrase one noun phrase', () => {
    expect(askedModifiers('표준데이터에서 엘리베이터 설치 대수 항목의 예시는 뭐야?')).toEqual(['엘리베이터', '설치', '대수', '항목']);
    // A determiner of the whole says how much is asked, not which thing; a 때 clause says when.
    expect(askedModifiers('여객선이 부두를 떠날 때 전체 무게가 얼마나 돼?')).toEqual([]);
    expect(askedModifiers('신항 총 사업비는 얼마야?')).toEqual(['신항']);
  });

  it('stops at a relative clause: a verb in an adnominal form qualifies by an event, not by a name', () => {
    expect(askedModifiers('시도명 항목에 제주를 입력할 때 올바른 표기는 뭐야?')).toEqual([]);
    expect(askedModifiers('우선협상대상자로 뽑힌 업체는 어디인가요?')).toEqual([]);
  });

  it('reads an English phrase of several words: every word before its head', () => {
    expect(askedModifiers('What was the winning bid price for the festival contract?')).toEqual(['winning', 'bid']);
    expect(askedModifiers('What is the budget of the festival?')).toEqual([]);
  });

  it('finds nothing when no noun phrase is asked about', () => {
    expect(askedModifiers('음악축제 입찰서류 우편으로 내도 돼?')).toEqual([]);
  });
});
