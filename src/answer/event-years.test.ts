import { describe, expect, it } from 'vitest';
import { contradictedYears, eventYears } from './event-years.js';

describe('eventYears', () => {
  it('reads the year of an event that happens once, or one called the first', () => {
    expect(eventYears('Since the Harbour Act was enacted in 1998, how often was it amended?').map((c) => c.year)).toEqual(['1998']);
    expect(eventYears('2019년에 처음 지정된 항만 특구는 어디야?').map((c) => c.year)).toEqual(['2019']);
  });

  it('leaves the years of recurring events alone', () => {
    expect(eventYears('Which ports were designated in 2019?')).toEqual([]);
    expect(eventYears('2019년에 지정된 항만 특구는 어디야?')).toEqual([]);
  });
});

describe('contradictedYears', () => {
  const answer = ['The Harbour Act was enacted on 2 May 1991.'];
  const read = [{ text: 'The Harbour Act was enacted on 2 May 1991. It was renamed in 1998.', sectionPath: 'History' }];

  it('finds the year an answer gives the same event otherwise', () => {
    expect(contradictedYears('Since the Harbour Act was enacted in 1998, how often was it amended?', answer, read).map((c) => c.text)).toEqual([
      'enacted in 1998',
    ]);
  });

  it('holds nothing against a year some sentence read gives the event, under its heading too', () => {
    const withYear = [...read, { text: 'The Act was enacted to manage ports.', sectionPath: 'Enactment in 1998' }];
    expect(contradictedYears('Since the Harbour Act was enacted in 1998, how often was it amended?', answer, withYear)).toEqual([]);
  });
});
