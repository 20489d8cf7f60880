import { describe, expect, it } from 'vitest';
import { contradictedYears, eventYears } from './event-years.js';

describe('eventYears', () => {
  it('reads the year of an event that happens once, or one called the first', () => {
    expect(eventYears('Since the Harbour Act was enacted in 1998, how often was it amended?').map((c) => c.year)).toEqual(['1998']);
    // Read twice: as the event 지정 and as the first of 항만 특구.
    expect(new Set(eventYears('2019년에 처음 지정된 항만 특구는 어디야?').map((c) => c.year))).toEqual(new Set(['2019']));
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

describe('the first of a kind', () => {
  it('reads a year given to the first of a kind, whatever its verb, named by its noun', () => {
    expect(eventYears('2028년에 처음 뽑힌 청년항만 세 곳은 어디야?').map((c) => [c.year, c.first])).toEqual([['2028', true]]);
    expect(eventYears('When were the first youth harbours picked in 2028 announced?').map((c) => c.text)).toEqual(['the first youth harbours picked in 2028']);
  });

  it("holds the first's own year, not another year of the same sentence, against the premise", () => {
    const answer = ['해양부는 2029년 3월 5일 첫 청년항만 3곳을 발표했다.'];
    // This sentence names 2028 and the first harbours, but 2028 dates the task force, not the first.
    const read = [{ text: '이 문서는 2028년 3월 전담팀 출범부터 2029년 첫 청년항만 선정까지를 다룬다.', sectionPath: '청년항만' }];
    expect(contradictedYears('2028년에 처음 뽑힌 청년항만 세 곳 발표는 언제였어?', answer, read).map((c) => c.year)).toEqual(['2028']);
    expect(contradictedYears('2029년에 처음 뽑힌 청년항만 세 곳 발표는 언제였어?', answer, read)).toEqual([]);
    const english = ['The ministry set up a task force in March 2028 and announced the first youth harbours in March 2029.'];
    expect(contradictedYears('When were the first youth harbours chosen in 2028 announced?', english, [])).toHaveLength(1);
  });
});
