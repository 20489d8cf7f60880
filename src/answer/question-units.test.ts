import { describe, expect, it } from 'vitest';
import { withSharedVocabulary } from '../retrieve/glossary.js';
import { searchTerms } from '../text/search-terms.js';
import { askedClasses, questionUnits, shareIn } from './question-units.js';

const have = (text: string) => new Set(searchTerms(text));

describe('question units', () => {
  it('lets any form of a glossary entry cover the unit, in the question language too', () => {
    const law = questionUnits('Under which law were Opportunity Development Zones created?').find((u) => u.word === 'law');
    if (!law) throw new Error('no unit for "law"');
    // The documents name laws "... Act"; the entry lists "act" and "law" as one concept.
    expect(shareIn(law, 'en', have('The legal basis is the Special Act on Local Autonomy.'))).toBe(1);
    expect(shareIn(law, 'en', have('The zones were designated in three rounds.'))).toBe(0);
  });

  it('gives a word read as another ("처음" as "첫") that word\'s glossary forms ("제1차", "first")', () => {
    const [first] = questionUnits('맨 처음 항만계획은 언제?', []).filter((u) => u.word === '첫');
    if (!first) throw new Error('no unit for "첫"');
    expect(shareIn(first, 'ko', have('제1차 항만계획'))).toBe(1);
    expect(shareIn(first, 'ko', have('첫 항만계획'))).toBe(1);
    expect(shareIn(first, 'en', have('the first harbour plan'))).toBe(1);
    expect(shareIn(first, 'ko', have('새 항만계획'))).toBe(0);
  });

  it('lets a Korean sentence cover an acronym it writes in Latin letters, as it does a number', () => {
    const units = questionUnits('항만공사 ESG 평가 등급은 몇 등급?', []);
    const acronym = units.find((u) => u.word === 'ESG');
    if (!acronym) throw new Error('no unit for "ESG"');
    expect(shareIn(acronym, 'ko', have('항만공사의 ESG 평가는 A 등급이었다.'))).toBe(1);
    expect(shareIn(acronym, 'ko', have('항만공사의 평가는 A 등급이었다.'))).toBe(0);
    // A capitalised English word is no acronym: it keeps to English text.
    const [name] = questionUnits('When did Busan open its port?', []).filter((u) => u.word === 'Busan');
    expect(name?.ko).toEqual([]);
  });

  it('reads a counter after 몇 with its particle as the count, not as a verb a glossary form spells', () => {
    // "부를" is also a form of 부르다 (to call), which the uploads' everyday verbs list.
    const units = questionUnits(
      '보고서는 몇 부를 내야 해?',
      withSharedVocabulary([], () => true),
    );
    expect(units.map((u) => u.word)).not.toContain('부를');
    expect(units.map((u) => u.word)).toContain('보고서');
  });

  it('does not let a broader form inside the asked word stand for it', () => {
    const tenants = questionUnits('산업단지 입주기업 재산세 감면율은 몇 퍼센트인가요?').find((u) => u.word === '입주기업');
    if (!tenants) throw new Error('no unit for "입주기업"');
    // "기업" is a form of the same entry, but any company is not a tenant company.
    expect(shareIn(tenants, 'ko', have('창업하는 기업은 법인세를 감면받는다.'))).toBeLessThan(1);
    expect(shareIn(tenants, 'ko', have('산업단지 입주기업은 119,281개였다.'))).toBe(1);
  });

  it('reads a glossary word used as a verb as a predicate ("지정되어 있나요"), not as the noun', () => {
    expect(questionUnits('부두 운영기관은 어디로 지정되어 있나요?').find((u) => u.word === '지정')?.predicate).toBe(true);
    expect(questionUnits('부두 지정 현황은?').find((u) => u.word === '지정')?.predicate).toBeUndefined();
  });

  it("lets the documents' term cover an everyday word for it, and only that word", () => {
    const young = questionUnits('항만 젊은이들 일자리 사업은?').find((u) => u.word === '젊은이');
    if (!young) throw new Error('no unit for "젊은이"');
    expect(shareIn(young, 'ko', have('항만 청년 일자리 사업을 시작했다.'))).toBe(1);
    expect(shareIn(young, 'ko', have('항만 노인 일자리 사업을 시작했다.'))).toBe(0);
    // The documents' term asked as such is not covered by the everyday words for it.
    const youth = questionUnits('항만 청년 일자리 사업은?').find((u) => u.word === '청년');
    expect(youth && shareIn(youth, 'ko', have('젊은이 일자리'))).toBe(0);
    const sales = questionUnits('How large were the overseas sales of harbour firms?').find((u) => u.word === 'overseas sales');
    expect(sales && shareIn(sales, 'en', have('Harbour firms exports reached a record.'))).toBe(1);
  });

  it("keeps an everyday verb the question's own verb, not the documents' term", () => {
    const units = questionUnits('부두 공사를 시작했어?');
    expect(units.map((u) => u.word)).not.toContain('공사를 시작');
    expect(units.find((u) => u.word === '시작')?.forms).toBeUndefined();
  });

  it('lets an English word meet a Korean upload through the shared vocabulary, in a table for uploads only', () => {
    const uploads = withSharedVocabulary([]);
    const proposal = questionUnits('How many copies of the proposal?', uploads).find((u) => u.word === 'proposal');
    expect(proposal && shareIn(proposal, 'ko', have('제안서 12부를 제출한다.'))).toBe(1);
    const official = questionUnits('How many copies of the proposal?').find((u) => u.word === 'proposal');
    expect(official && shareIn(official, 'ko', have('제안서 12부를 제출한다.'))).toBe(0);
    // An English phrase of it is one unit ("vice minister" is 차관, not a vice and a minister).
    const title = questionUnits('When did the vice minister visit the port?', uploads).find((u) => u.word === 'vice minister');
    expect(title && shareIn(title, 'ko', have('차관이 항만을 방문했다.'))).toBe(1);
    expect(questionUnits('When did the vice minister visit the port?').map((u) => u.word)).not.toContain('vice minister');
    // A Korean word keeps its own weight: no English forms join it.
    expect(questionUnits('제안서는 몇 부?', uploads).find((u) => u.word === '제안서')?.forms?.en ?? []).toEqual([]);
  });

  it('marks the class a "which" question asks for: its members answer it, not the word', () => {
    expect(askedClasses('Which regions got battery specialized complexes in 2023?')).toEqual(['regions']);
    expect(askedClasses('바이오 특화단지는 어느 지역에 지정됐어?')).toEqual(['지역']);
    expect(askedClasses('What is the goal of the plan?')).toEqual([]);
    // One per part: each part's class is named by its answer.
    expect(askedClasses('On what date did the harbour open, and at which pier?')).toEqual(['date', 'pier']);
    expect(questionUnits('Which bodies approved the first round?').find((u) => u.word === 'bodies')?.askedClass).toBe(true);
    // The noun restating the question word's own category: a name, a place or a date answers it.
    expect(askedClasses('부두 이름을 지은 사람은 누구인가요?')).toEqual(['사람']);
    expect(askedClasses('개장식이 열리는 장소는 어디야?')).toEqual(['장소']);
    expect(askedClasses('2단계 착공 시기는 언제예요?')).toEqual(['시기']);
    // A noun naming a kind of person is no restatement: "위원장" must be found.
    expect(askedClasses('위원장은 누구인가요?')).toEqual([]);
    // So does a request for the category the question word asks, elsewhere in the question.
    expect(askedClasses('항만 개장식 그거 어디서 했음? 장소만 알려줘')).toEqual(['장소']);
    expect(askedClasses('2단계 착공 언제야? 날짜 좀 알려줘')).toEqual(['날짜']);
    // Without the question word, the category is what is asked about ("장소 사용료").
    expect(askedClasses('개장식 장소 알려줘')).toEqual([]);
  });

  it("keeps an everyday verb read with the uploads' formal noun a verb, covered by the noun", () => {
    const uploads = withSharedVocabulary([{ ko: '여객선', en: 'ferry' }], (word) => word === '환승');
    const unit = questionUnits('부두에서 여객선으로 갈아타는 곳 어디야?', uploads).find((u) => u.word === '갈아타');
    expect(unit?.predicate).toBe(true);
    expect(unit?.forms?.ko).toContainEqual(['환승']);
  });
});
