import { describe, expect, it } from 'vitest';
import { monthYears, unstatedMonthYears } from './month-years.js';

describe('month-year pairs', () => {
  it('reads a month with its year in English, Korean, ISO and dotted Korean dates', () => {
    expect([...monthYears('on 25 March 2031, and in June 2032')]).toEqual(['2031-03', '2032-06']);
    expect([...monthYears('Sept. is no month here; Dec 2030 is')]).toEqual(['2030-12']);
    expect([...monthYears('2031년 3월 25일 발표')]).toEqual(['2031-03']);
    expect([...monthYears('공고일 2031. 7. 18.(화), 개정 2031.5.18.')]).toEqual(['2031-07', '2031-05']);
    expect([...monthYears('asOf 2031-07-01')]).toEqual(['2031-07']);
    // The end of a year is a reference date too; "2031년 말고" (not 2031) is no end.
    expect([...monthYears('as of end-2031, and the end of 2032; 2033년 말 기준')]).toEqual(['2031-end', '2032-end', '2033-end']);
    expect([...monthYears('2031년 말고 2032년')]).toEqual([]);
  });

  it("fails a month-year the answer's text never states together, though it has the month and the year apart", () => {
    const answer = ['Harbour Plan > March 2031: the harbour plan named 12 berths.', 'The December 2033 contract covers 7 berths.'];
    expect(unstatedMonthYears('How many berths did the March 2033 harbour plan name?', () => answer).map((s) => s.text)).toEqual(['2033-03']);
    expect(unstatedMonthYears('How many berths did the March 2031 harbour plan name?', () => answer)).toEqual([]);
    expect(unstatedMonthYears('2031년 3월 항만계획의 부두 수는?', () => answer)).toEqual([]);
    expect(
      unstatedMonthYears('How many berths were there at the end of 2033?', () => ['As of end-2031 the harbour had 12 berths, 20 by 2033.']).map((s) => s.text),
    ).toEqual(['2033-end']);
    // December is the year's end: a count given on a December date is where things stood then.
    expect(unstatedMonthYears('How many berths were there by the end of 2033?', () => ['With the round of 20 December 2033, 20 berths had opened.'])).toEqual(
      [],
    );
    expect(
      unstatedMonthYears('How many berths were there by the end of 2033?', () => ['With the round of 20 November 2033, 20 berths had opened.']).map(
        (s) => s.text,
      ),
    ).toEqual(['2033-end']);
    // A year alone or a month alone is judged elsewhere.
    expect(unstatedMonthYears('How many berths did the 2033 harbour plan name?', () => answer)).toEqual([]);
  });
});
