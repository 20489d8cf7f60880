import { describe, expect, it } from 'vitest';
import { contradictedPerUnit, perUnitClaims } from './per-unit-claims.js';

describe('perUnitClaims', () => {
  it('reads a sum the question gives each of something, in Korean and English', () => {
    expect(perUnitClaims('신항 부두 한 곳당 900억씩 들어간다던데?').map((c) => c.amount)).toEqual([900e8]);
    expect(perUnitClaims('Each new berth gets KRW 90 billion, right?').map((c) => c.amount)).toEqual([90e9]);
    expect(perUnitClaims('신항 부두에 모두 900억이 들어간다던데?')).toEqual([]);
  });
});

describe('contradictedPerUnit', () => {
  const answer = ['신항 부두에는 부두당 90억 원씩, 총 900억 원이 투입된다.', 'Each new berth receives KRW 9 billion, KRW 90 billion in total.'];

  it('holds the premise contradicted when the answer gives that sum as the total and another as the share', () => {
    expect(contradictedPerUnit('신항 부두 한 곳당 900억씩 들어간다던데 어디에 써?', answer)).toHaveLength(1);
    expect(contradictedPerUnit('Each new berth gets KRW 90 billion, what is it spent on?', answer)).toHaveLength(1);
  });

  it('holds nothing against a share the answer gives as the share, or a total without one', () => {
    expect(contradictedPerUnit('신항 부두 한 곳당 90억씩 들어간다던데 어디에 써?', answer)).toEqual([]);
    expect(contradictedPerUnit('신항 부두 한 곳당 900억씩 들어간다던데 어디에 써?', ['신항 부두에는 총 900억 원이 투입된다.'])).toEqual([]);
  });
});
