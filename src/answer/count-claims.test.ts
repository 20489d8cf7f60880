import { describe, expect, it } from 'vitest';
import { contradictedCounts, countClaims } from './count-claims.js';

describe('countClaims', () => {
  it('reads a number counting an English noun phrase and a Korean noun before its counter', () => {
    expect(countClaims('Why were 7 smart green complexes chosen last year?')).toEqual([{ count: 7, noun: 'green complexes', text: '7 smart green complexes' }]);
    expect(countClaims('스마트그린산단 일곱 곳이 뽑힌 이유는?')).toEqual([{ count: 7, noun: '스마트그린산단', text: '스마트그린산단 일곱 곳' }]);
  });

  it('reads a Korean count written before its noun, with a particle or the copula after the noun', () => {
    expect(countClaims('항만 특구 1차 때 10개 시·도가 뽑혔다던데')).toEqual([{ count: 10, noun: '시·도', text: '10개 시·도가' }]);
    expect(countClaims('1차 대상은 부산, 울산 등 8개 시·도이다.')).toEqual([{ count: 8, noun: '시·도', text: '8개 시·도이다' }]);
  });

  it('leaves out years, sums and spans of time', () => {
    expect(countClaims('In 2024 designations, KRW 14 billion went to 3 years of work')).toEqual([]);
  });
});

describe('contradictedCounts', () => {
  const answer = ['The ministry selected four smart green complexes in 2023.'];

  it('finds a count the answer states otherwise for the same noun', () => {
    const [claim] = contradictedCounts('Why did the ministry select 9 smart green complexes in 2023?', answer, answer);
    expect(claim?.text).toBe('9 smart green complexes');
  });

  it('holds nothing against a count some passage read states', () => {
    const read = [...answer, 'Nine smart green complexes are planned by 2030.'];
    expect(contradictedCounts('Why did the ministry select 9 smart green complexes in 2023?', answer, read)).toEqual([]);
  });

  it('finds a Korean count before its noun that the answer states otherwise', () => {
    const korean = ['1차 대상은 부산, 울산 등 8개 시·도이다.'];
    expect(contradictedCounts('항만 특구 1차 때 10개 시·도가 뽑혔다던데 어디야?', korean, korean).map((c) => c.count)).toEqual([10]);
  });

  it('holds nothing against a count of another noun', () => {
    expect(contradictedCounts('Which 9 regions applied for smart green complexes?', answer, answer)).toEqual([]);
  });

  it('reads Korean counts the same way', () => {
    const ko = ['산업부는 2023년 스마트그린산단 4곳을 선정했다.'];
    expect(contradictedCounts('2023년에 스마트그린산단 9곳 선정한 이유가 뭐야?', ko, ko).map((c) => c.count)).toEqual([9]);
    expect(contradictedCounts('2023년에 스마트그린산단 4곳 선정한 이유가 뭐야?', ko, ko)).toEqual([]);
  });
});
