import { describe, expect, it } from 'vitest';
import { contradictedPlaceDates, monthsOf, placeDate } from './place-dates.js';

describe('monthsOf', () => {
  it('reads the months a text dates, in English and Korean', () => {
    expect(monthsOf('The ports were opened on 6 November 2029 and in May 2030.')).toEqual(['2029-11', '2030-05']);
    expect(monthsOf('2029년 6월 20일 첫 항만이 열렸다.')).toEqual(['2029-06']);
    expect(monthsOf('항만은 2029년에 열렸다.')).toEqual([]);
  });
});

describe('contradictedPlaceDates', () => {
  const question = 'Since Ulsan was among the harbours opened in June 2029, how much cargo did it handle?';
  const answer = ['Harbours in Ulsan, Mokpo and Gunsan were opened on 6 November 2029.'];

  it('reads a question with one place and one month', () => {
    expect(placeDate(question)?.month).toBe('2029-06');
    // Said back as the question wrote it.
    expect(placeDate(question)?.text).toBe('Ulsan, June 2029');
    expect(placeDate('2030년 3월 부산에서 열린 간담회는?')?.text).toBe('부산, 2030년 3월');
    expect(placeDate('Which harbours opened in Ulsan and Busan in June 2029?')).toBeUndefined();
  });

  it('holds the premise contradicted when the answer dates the place otherwise and nothing read dates it as asked', () => {
    const read = [{ text: 'Harbours in Busan and Pohang were opened in June 2029.', sectionPath: 'First harbours' }];
    expect(contradictedPlaceDates(question, answer, read).map((c) => c.month)).toEqual(['2029-06']);
  });

  it('holds nothing against it when a sentence read dates the place as asked, or the answer gives no month', () => {
    const read = [{ text: 'Ulsan also opened a ferry pier in June 2029.', sectionPath: 'Piers' }];
    expect(contradictedPlaceDates(question, answer, read)).toEqual([]);
    expect(contradictedPlaceDates(question, ['Ulsan handles the most cargo of any harbour.'], [])).toEqual([]);
  });

  it('reads Korean places and dates the same way', () => {
    const ko = '2030년 3월 부산에서 열린 항만 간담회에서는 무슨 얘기가 나왔어?';
    expect(contradictedPlaceDates(ko, ['해양부는 2030년 1월 21일 서울에서 항만 간담회를 열었다.'], [])).toEqual([]);
    expect(contradictedPlaceDates(ko, ['해양부는 2030년 1월 21일 부산에서 항만 간담회를 열었다.'], []).map((c) => c.month)).toEqual(['2030-03']);
  });
});
