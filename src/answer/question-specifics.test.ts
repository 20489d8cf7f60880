import { describe, expect, it } from 'vitest';
import { aboutOtherEdition, questionSpecifics, type Specific, states, withTranslatedHeads } from './question-specifics.js';

const kinds = (q: string) => questionSpecifics(q).map((s) => `${s.kind}:${s.text}`);

describe('questionSpecifics', () => {
  it('reads years, counts, months, editions and single-word names', () => {
    expect(kinds('Which 7 zones were named in Lyon in October 2031?')).toEqual(['number:7', 'year:2031', 'month:October', 'name:Lyon']);
    expect(kinds('3차 계획은 2019년 4월에 나왔나요?')).toEqual(['ordinal:3', 'year:2019', 'month:4월']);
  });

  it('does not take a title in capitals, the first word or a date part for a name or a count', () => {
    expect(kinds('Where does the Special Economic Zones Act apply?')).toEqual([]);
    expect(kinds('2024년 3월 21일 발표 내용은?')).toEqual(['year:2024', 'month:3월']);
  });
});

describe('states', () => {
  it('finds a count as a whole number or a number word, never inside another number', () => {
    const [seven] = questionSpecifics('Which 7 zones?');
    if (!seven) throw new Error('no specific');
    expect(states('Seven zones were named.', seven)).toBe(true);
    expect(states('일곱 곳이 지정되었다.', { ...seven, forms: ['7', '일곱'] })).toBe(true);
    expect(states('17 zones were named.', seven)).toBe(false);
    expect(states('7곳이 지정되었다.', seven)).toBe(true);
  });

  it('matches a month in either language', () => {
    const [month] = questionSpecifics('What happened in October?');
    if (!month) throw new Error('no specific');
    expect(states('2024년 10월 발표', month)).toBe(true);
    expect(states('announced in September', month)).toBe(false);
  });

  it('reads a Korean body of government as a name the answer must give, not a common word ending like one', () => {
    expect(kinds('해양수산부 장관이 주재한 항만 간담회는 언제야?')).toContain('name:해양수산부');
    expect(kinds('항만위원회가 심의한 안건은?')).toContain('name:항만위원회');
    expect(kinds('정부는 일부 세부 계획을 바꿨나요?').filter((k) => k.startsWith('name:'))).toEqual([]);
    const held = questionSpecifics('해양수산부 장관이 주재한 항만 간담회는 언제야?').find((s) => s.kind === 'name') as Specific;
    expect(states('국토교통부는 1월 21일 항만 간담회를 열었다.', held)).toBe(false);
    expect(states('해양수산부는 1월 21일 항만 간담회를 열었다.', held)).toBe(true);
  });

  it('reads a Korean region as a place the question takes as given, as a word of its own only', () => {
    const [place] = questionSpecifics('항만공사 부산 본사 주소 알려줘');
    if (!place) throw new Error('no specific');
    expect(place.kind).toBe('place');
    expect(states('항만공사 본사는 부산광역시에 있다.', place)).toBe(true);
    expect(states('항만공사 본사는 울산에 있다. 부산일보가 보도했다.', place)).toBe(false);
    // A complex named by region and locality, in a list item or before its kind, states the region.
    expect(states('선정된 항만은 다음과 같다.\n- 부산감천\n- 울산미포', place)).toBe(true);
    expect(states('부산감천 국가산업단지가 선정되었다.', place)).toBe(true);
    expect(states('부산경제 보도에 따르면 울산이 선정되었다.', place)).toBe(false);
    expect(kinds('부산일보 기사 내용은?')).toEqual([]);
  });
});

describe('an English region name', () => {
  it('is a place wherever it stands: first in the sentence, or inside a title', () => {
    expect(kinds('Ulsan built a new port in 2031?')).toEqual(['year:2031', 'place:Ulsan']);
    expect(kinds('Why was the port office moved to the Jeju Harbour Centre?')).toEqual(['place:Jeju']);
  });

  it('is judged against text in Latin letters, where a Korean name is no match', () => {
    const place = questionSpecifics('Gangwon opened a harbour?').find((s) => s.kind === 'place') as Specific;
    expect(place.script).toBe('latin');
    expect(states('The Gangwon harbour opened in 2030.', place)).toBe(true);
    expect(states('The Jeju harbour opened in 2030.', place)).toBe(false);
  });
});

describe('a capitalised function word', () => {
  it('is no name where a rewritten question puts it mid-sentence', () => {
    expect(kinds('the Mokpo harbour Did the agreement shorten it? By how much?')).toEqual(['name:Mokpo']);
  });
});

describe('a digit inside a word', () => {
  it('is part of a name, not a count ("CO2", "H2")', () => {
    expect(kinds('How much CO2 will the H2 plants cut?')).toEqual([]);
  });
});

describe('an edition', () => {
  const ordinal = (question: string) => questionSpecifics(question).find((s) => s.kind === 'ordinal') as Specific;

  it('is stated only with the word it numbers near it: "6차 항만계획" is not "제6차 위원회"', () => {
    const asked = ordinal('6차 항만개발 기본계획은 언제 나와?');
    expect(states('제6차 해양위원회 회의에서 신항 부두를 승인했다.', asked)).toBe(false);
    expect(states('제6차 항만개발 기본계획은 2027년에 수립된다.', asked)).toBe(true);
  });

  it('numbers the English noun before its complement, not the complement', () => {
    // "the 5th round of harbour designations" numbers rounds: a 5th harbour plan states no 5th round.
    const asked = ordinal('Which berths were added in the 5th round of Harbour Zone designations?');
    expect(states('The 5th Harbour Plan names the zone designations of 2029.', asked)).toBe(false);
    expect(states('The 5th round of designations added two berths.', asked)).toBe(true);
  });

  it('is stated by an item that opens with it, under a heading naming its series', () => {
    // A list of editions names the series once, above its items.
    const asked = ordinal('2회 항구 불꽃축제에는 누가 공연했어?');
    expect(states('【참고】항구 불꽃축제 공연팀\n·2회(2030년) 공연팀: 갑밴드, 을악단', asked)).toBe(true);
    expect(states('【참고】시민 합창대회 공연팀\n·2회(2030년) 공연팀: 갑밴드', asked)).toBe(false);
    // Inside a line the words before the edition are not its heading.
    expect(states('항구 불꽃축제 관람객은 2회 연속 늘었다.', asked)).toBe(false);
  });

  it('is matched across languages on the edition alone', () => {
    const asked = ordinal('What is the goal of the 4th Harbour Plan?');
    expect(states('4차 항만계획안의 목표는 신항 확충이다.', asked)).toBe(true);
    expect(states('The 4th meeting approved the berths.', asked)).toBe(false);
  });
});

describe('a sum in English millions or billions', () => {
  it('is stated by a Korean text in its own units of ten thousand (2억, 140억, 500만)', () => {
    const sum = (question: string) => questionSpecifics(question).find((s) => s.kind === 'number') as Specific;
    expect(states('최근 3년 이내 2억원 이상 공연 실적', sum('shows of 200 million won or more'))).toBe(true);
    expect(states('부두마다 국비 140억 원을 지원한다.', sum('KRW 14 billion per berth'))).toBe(true);
    expect(states('상금 500만 원', sum('a 5 million won prize'))).toBe(true);
    expect(states('최근 3년 이내 20억원 이상 공연 실적', sum('shows of 200 million won or more'))).toBe(false);
    // Without a scale word the figure is itself.
    expect(states('2억원', sum('200 shows'))).toBe(false);
  });
});

describe('an English ordinal suffix', () => {
  it('sits on the digits: "7 strategic harbours" is a count of seven, not a seventh edition', () => {
    expect(kinds('How much will the 7 strategic harbours cost?')).toEqual(['number:7']);
    expect(kinds('What did the 7th harbour plan set?')).toEqual(['ordinal:7']);
  });
});

describe('a sentence about another edition', () => {
  const editions = (question: string) => questionSpecifics(question).filter((s) => s.kind === 'ordinal');

  it('numbers the same word with another number and never with the asked one', () => {
    const asked = editions('3차 항만기본계획 과제는 몇 개야?');
    expect(aboutOtherEdition('제4차 항만기본계획은 과제 다섯 개를 담았다.', asked)).toBe(true);
    expect(aboutOtherEdition('제3차와 제4차 항만기본계획은 과제가 같다.', asked)).toBe(false);
    expect(aboutOtherEdition('제4차 해양위원회가 신항을 승인했다.', asked)).toBe(false);
  });

  it('is one when a numbered event or festival ("제3회") is numbered otherwise, as in a title over the sentence', () => {
    const asked = editions('1회 항구 불꽃축제 예산은 얼마였어?');
    expect(aboutOtherEdition('『제3회 항구 불꽃축제』 대행 용역\n소요예산: 1억 원', asked)).toBe(true);
    expect(aboutOtherEdition('『제3회 항구 불꽃축제』 대행 용역\n·1회 항구 불꽃축제 예산: 5천만 원', asked)).toBe(false);
  });

  it('is not one when the question asks about both editions', () => {
    expect(aboutOtherEdition('2차 지정에서는 신항 두 곳이 더해졌다.', editions('1차 지정이랑 2차 지정 때 각각 몇 곳?'))).toBe(false);
  });

  it('is recognised in the other language through the term pairs', () => {
    const [asked] = editions('3차 항만기본계획 과제는 몇 개야?');
    if (!asked) throw new Error('no edition');
    const both = withTranslatedHeads(asked, [{ ko: '항만기본계획', en: 'Basic Harbour Plan' }]);
    expect(aboutOtherEdition('The 4th Basic Harbour Plan set five tasks.', [asked])).toBe(false);
    expect(aboutOtherEdition('The 4th Basic Harbour Plan set five tasks.', [both])).toBe(true);
  });
});
