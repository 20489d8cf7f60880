import { describe, expect, it } from 'vitest';
import { contradictedCounts, countClaims } from './count-claims.js';

describe('countClaims', () => {
  it('reads a number counting an English noun phrase and a Korean noun before its counter', () => {
    expect(countClaims('Why were 7 smart green complexes chosen last year?')).toEqual([{ count: 7, noun: 'green complexes', text: '7 smart green complexes' }]);
    expect(countClaims('스마트그린산단 일곱 곳이 뽑힌 이유는?')).toEqual([{ count: 7, noun: '스마트그린산단', text: '스마트그린산단 일곱 곳' }]);
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

  it('holds nothing against a count of another noun', () => {
    expect(contradictedCounts('Which 9 regions applied for smart green complexes?', answer, answer)).toEqual([]);
  });

  it('reads Korean counts the same way', () => {
    const ko = ['산업부는 2023년 스마트그린산단 4곳을 선정했다.'];
    expect(contradictedCounts('2023년에 스마트그린산단 9곳 선정한 이유가 뭐야?', ko, ko).map((c) => c.count)).toEqual([9]);
    expect(contradictedCounts('2023년에 스마트그린산단 4곳 선정한 이유가 뭐야?', ko, ko)).toEqual([]);
  });
});
