import { describe, expect, it } from 'vitest';
import { contradictedYearNamed } from './year-named.js';

describe('a year before a name', () => {
  const answer = ['2031년 항만재생사업에는 국비 120억 원이 배정되었다.', 'The 2031 harbour renewal call covered Mokpo and Yeosu.'];

  it("fails a premise naming another year's edition of a thing the answer names with its own year", () => {
    expect(contradictedYearNamed('2029년 항만재생사업 국비는 얼마야?', answer).map((s) => s.text)).toEqual(['2029']);
    expect(contradictedYearNamed('Which harbours did the 2029 harbour renewal call cover?', answer).map((s) => s.text)).toEqual(['2029']);
  });

  it('holds when the answer names the same year, names the thing without one, or the year only dates', () => {
    expect(contradictedYearNamed('2031년 항만재생사업 국비는 얼마야?', answer)).toEqual([]);
    expect(contradictedYearNamed('2029년 어항정비사업 국비는 얼마야?', answer)).toEqual([]);
    // "2029년 기준" dates a figure; it names no edition.
    expect(contradictedYearNamed('2029년 기준 항만재생사업 국비는?', answer)).toEqual([]);
  });
});
