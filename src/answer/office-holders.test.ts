import { describe, expect, it } from 'vitest';
import { contradictedOfficeHolder } from './office-holders.js';

describe('office holders', () => {
  const answer = ['2030년 3월 기준 해양부 장관은 최주관(Choi Ju-gwan) 장관이다.', '2029년 5월 당시 해양부 장관은 이하늘 장관이었다.'];

  it('fails a premise that gives an office to another person than the answer does at the same time', () => {
    expect(contradictedOfficeHolder('2030년 3월에 이하늘 장관이 발표한 항만 전략은?', () => answer).map((s) => s.text)).toEqual(['이하늘 장관']);
  });

  it('holds the premise when the answer names the same person, or another time, or no holder', () => {
    expect(contradictedOfficeHolder('2030년 3월에 최주관 장관이 발표한 항만 전략은?', () => answer)).toEqual([]);
    // Another month: the office may have changed hands in between.
    expect(contradictedOfficeHolder('2029년 5월 이하늘 장관이 발표한 항만 전략은?', () => answer)).toEqual([]);
    expect(contradictedOfficeHolder('2030년 4월 이하늘 장관이 발표한 항만 전략은?', () => answer)).toEqual([]);
    // A year alone, when the answer has the person in office in that year too.
    expect(contradictedOfficeHolder('2030년에 최주관 장관이 발표한 항만 전략은?', () => [...answer, '2030년 1월 해양부 장관은 박구름 장관이었다.'])).toEqual(
      [],
    );
    // No time in the question, and no dated sentence holding its words: nothing says when the premise is set.
    expect(contradictedOfficeHolder('이하늘 장관이 발표한 항만 전략은?', () => answer)).toEqual([]);
    // A sentence of the time naming no holder of the office.
    expect(contradictedOfficeHolder('2030년 3월에 이하늘 장관이 발표한 항만 전략은?', () => ['2030년 3월 해양부는 항만 전략을 발표했다.'])).toEqual([]);
  });

  it('reads no name in a word that closes a clause before the title', () => {
    expect(contradictedOfficeHolder('2030년 3월 기준 해양 담당 부처 이름이 뭐였고 장관은 누구였어?', () => answer)).toEqual([]);
    expect(contradictedOfficeHolder('2030년 3월 기준으로 뭐라고 부르고 장관은 누구?', () => answer)).toEqual([]);
  });

  it('reads an English question and answer the same way, never the vice-minister for the minister', () => {
    const english = ['The minister of the Maritime Ministry in March 2030 was Choi Ju-gwan (최주관).', 'In May 2029 the vice minister was Lee Ha-neul.'];
    expect(
      contradictedOfficeHolder('Since Minister Lee Ha-neul opened the March 2030 port forum, what did he promise?', () => english).map((s) => s.text),
    ).toEqual(['Minister Lee Ha-neul']);
    expect(contradictedOfficeHolder('Since Minister Choi Ju-gwan opened the March 2030 port forum, what did he promise?', () => english)).toEqual([]);
    expect(contradictedOfficeHolder('What did Minister Lee Ha-neul say in April 2030?', () => english)).toEqual([]);
    expect(contradictedOfficeHolder('Since Minister Park Gu-reum spoke in May 2029, what did he say?', () => english)).toEqual([]);
  });

  it('sets a question naming no time at its event, the one month the sentences holding its words give', () => {
    const read = [...answer, '2030년 3월 해양부는 항만 대전환 전략을 발표했다.', '2029년 5월 해양부는 항만 공청회를 열었다.', '항만 공청회는 부산에서 열렸다.'];
    expect(contradictedOfficeHolder('그때 이하늘 장관이 내놓은 항만 대전환 전략은?', () => read).map((s) => s.text)).toEqual(['이하늘 장관']);
    expect(contradictedOfficeHolder('최주관 장관이 내놓은 항만 대전환 전략은?', () => read)).toEqual([]);
    expect(contradictedOfficeHolder('이하늘 장관이 연 항만 공청회는 어디서 열렸어?', () => read)).toEqual([]);
  });
});
