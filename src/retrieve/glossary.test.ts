import { describe, expect, it } from 'vitest';
import { expandQuery, findGlossaryPhrases, translateTerms, withDocumentsTerms, withSharedVocabulary } from './glossary.js';

describe('glossary', () => {
  it('matches the longest phrase once, with particles glued to Korean terms', () => {
    const text = '기회발전특구의 지정 현황';
    const matches = findGlossaryPhrases(text);
    expect(matches.map((m) => text.slice(m.start, m.end))).toEqual(['기회발전특구의', '지정', '현황']);
    expect(matches[0]?.en).toBe('opportunity development zone');
  });

  it('matches English phrases on word boundaries, plurals included', () => {
    const text = 'How many Opportunity Development Zones exist?';
    const matches = findGlossaryPhrases(text);
    expect(matches.map((m) => m.ko)).toEqual(['기회발전특구']);
    expect(findGlossaryPhrases('zonesaregreat')).toEqual([]);
  });

  it('reads the international names of an industrial complex (park, estate) as the same entry', () => {
    expect(findGlossaryPhrases('How much energy do industrial parks use?').map((m) => m.ko)).toEqual(['산업단지']);
    expect(findGlossaryPhrases('an industrial estate near Busan').map((m) => m.ko)).toEqual(['산업단지']);
  });

  it('reads a hyphenated English compound as the phrase written with a space', () => {
    const uploads = withSharedVocabulary([]);
    const text = 'what did the vice-minister say';
    expect(findGlossaryPhrases(text, uploads).map((m) => text.slice(m.start, m.coreEnd))).toContain('vice-minister');
    expect(findGlossaryPhrases('what did the vice minister say', uploads).map((m) => m.ko)).toContain('차관');
    // Without the shared vocabulary there is no such phrase, and a hyphen before a number joins nothing.
    expect(findGlossaryPhrases(text).map((m) => m.ko)).not.toContain('차관');
    expect(findGlossaryPhrases('the vice-2 minister', uploads).map((m) => m.ko)).not.toContain('차관');
  });

  it('gives a symbol of two letters no plural', () => {
    const uploads = withSharedVocabulary([]);
    expect(findGlossaryPhrases('two ha of land', uploads).map((m) => m.ko)).toContain('헥타르');
    expect(findGlossaryPhrases('the district has its own budget', uploads).map((m) => m.ko)).not.toContain('헥타르');
    expect(translateTerms('the district has its own budget', uploads).en).not.toContain('it');
    expect(translateTerms('the district has its own budget', uploads).ko).not.toContain('정보기술');
  });

  it("reads an everyday English word of a term the glossary lacks as the shared vocabulary's entry for uploads", () => {
    const uploads = withSharedVocabulary([]);
    const [handIn] = findGlossaryPhrases('when do we hand in the forms', uploads);
    expect(handIn?.koForms).toContain('제출');
    // Not for the official documents, whose everyday words name their English terms only.
    expect(findGlossaryPhrases('when do we hand in the forms')[0]?.koForms ?? []).not.toContain('제출');
  });

  it("reads an organisation's seat in either language and either English name", () => {
    expect(findGlossaryPhrases('Where is the port authority headquarters?').map((m) => m.ko)).toEqual(['본사']);
    expect(findGlossaryPhrases('항만공사 본사는 어디?').map((m) => m.en)).toEqual(['head office']);
  });

  it('does not read a month or counter out of a longer number', () => {
    expect(findGlossaryPhrases('2024년 11월').map((m) => m.ko)).toEqual(['11월']);
  });

  it('reads mined pairs with the same boundaries: a Latin Korean-side form stands alone, "-es" is a plural', () => {
    const mined = [
      { ko: 'ABC', en: 'alpha beta' },
      { ko: '산업용지은행', en: 'land bank' },
    ];
    expect(translateTerms('ABC 기업', mined).en).toContain('alpha beta');
    expect(translateTerms('ABCD 기업', mined).en).not.toContain('alpha beta');
    expect(translateTerms('Two land bankes?', mined).ko).toContain('산업용지은행');
    expect(translateTerms('island banker', mined).ko).not.toContain('산업용지은행');
    // Positions stay those of the text even where lower-casing would lengthen it ("İ").
    const text = 'İİ land banks';
    const match = findGlossaryPhrases(text, mined).find((m) => m.ko === '산업용지은행');
    expect(match && text.slice(match.start, match.end)).toBe('land banks');
  });

  it('expands a question with the other language only', () => {
    expect(expandQuery('기회발전특구 지정', 'ko')).toBe('기회발전특구 지정 opportunity development zone designation');
    expect(expandQuery('Yongin semiconductor cluster', 'en')).toContain('반도체');
    expect(expandQuery('weather tomorrow', 'en')).toBe('weather tomorrow');
  });

  it("finds the documents' term through an everyday word for it, at the start of a word only", () => {
    const [young] = findGlossaryPhrases('젊은이들 일자리');
    expect(young?.ko).toBe('청년');
    expect(young?.plain).toBe(true);
    // Inside another word the letters are that word's ("제시한" holds no 시한).
    expect(findGlossaryPhrases('어제시한 일').filter((m) => m.plain)).toEqual([]);
    // The term itself stays as it was: no everyday word joins its forms.
    expect(findGlossaryPhrases('청년 일자리')[0]?.koForms ?? []).not.toContain('젊은이');
    // Typed without its space, an everyday phrase is the same phrase.
    expect(findGlossaryPhrases('젊은사람들 일자리')[0]?.ko).toBe('청년');
  });

  it('finds an everyday phrase holding an abbreviation as the question reaches it, written out', () => {
    // normalise-question.ts writes 산단 out as 산업단지 before the glossary reads the question.
    expect(findGlossaryPhrases('농촌 산업단지 몇 개')[0]?.ko).toBe('농공단지');
    expect(findGlossaryPhrases('농촌 산단 몇 개')[0]?.ko).toBe('농공단지');
  });

  it("searches an everyday word with the documents' term beside it, in either search", () => {
    expect(withDocumentsTerms('젊은이 일자리')).toBe('젊은이 일자리 청년');
    expect(expandQuery('젊은이 일자리', 'ko')).toContain('청년');
    expect(withDocumentsTerms('harbour overseas sales')).toBe('harbour overseas sales exports');
    expect(withDocumentsTerms('항만 일자리')).toBe('항만 일자리');
  });

  it('reads the vocabulary public documents share only in a table marked for uploads', () => {
    const uploads = withSharedVocabulary([]);
    expect(translateTerms('proposal bid', uploads).ko).toContain('제안서');
    expect(translateTerms('proposal bid').ko).toEqual([]);
    // The same mined pairs give the same table, so what is read with it stays cached per index.
    const mined = [{ ko: '산업용지은행', en: 'land bank' }];
    expect(withSharedVocabulary(mined)).toBe(withSharedVocabulary(mined));
    expect(translateTerms('land bank proposal', withSharedVocabulary(mined)).ko).toEqual(expect.arrayContaining(['산업용지은행', '제안서']));
  });

  it('reads a foreign place by its Korean name in a table marked for uploads', () => {
    const uploads = withSharedVocabulary([]);
    expect(translateTerms('How many days were left before the Paris Games?', uploads).ko).toContain('파리');
    expect(translateTerms('Which berths serve ships from Rotterdam?', uploads).ko).toContain('로테르담');
    expect(translateTerms('How many days were left before the Paris Games?').ko).not.toContain('파리');
  });

  it('reads a word of measure a question asks with as the noun a document states', () => {
    const uploads = withSharedVocabulary([]);
    expect(translateTerms('how tall is the tower', uploads).ko).toContain('높이');
    expect(translateTerms('how deep is the harbour', uploads).ko).toContain('깊이');
  });

  it('reads a Korean word the uploads never use as another Korean form the shared vocabulary gives for the same English word', () => {
    // The general vocabulary gives 높이 and 신장 for "height"; the uploads write 신장 only.
    const uploads = withSharedVocabulary([{ ko: '탑', en: 'tower' }], (word) => word === '신장');
    const [match] = findGlossaryPhrases('전망대 높이는 몇 미터야?', uploads).filter((m) => m.synonyms);
    expect(match?.koForms).toEqual(['높이', '신장']);
  });

  it('reads a Korean word the uploads never use as its synonym they do use, as a whole word only', () => {
    // The uploads write 부가가치세; a question asks with 부가세.
    const uploads = withSharedVocabulary([{ ko: '부두', en: 'berth' }], (word) => word === '부가가치세');
    const [match] = findGlossaryPhrases('입찰가에 부가세는 포함돼?', uploads).filter((m) => m.synonyms);
    expect(match?.koForms).toEqual(['부가세', '부가가치세']);
    // Not inside another word, nor for a word the uploads use themselves, nor outside the uploads' table.
    expect(findGlossaryPhrases('부가세율은 얼마야?', uploads).some((m) => m.synonyms)).toBe(false);
    expect(findGlossaryPhrases('입찰가에 부가가치세는 포함돼?', uploads).some((m) => m.synonyms)).toBe(false);
    expect(findGlossaryPhrases('입찰가에 부가세는 포함돼?').some((m) => m.synonyms)).toBe(false);
  });

  it('reads an everyday verb form with the formal noun the uploads use for its event', () => {
    const uploads = withSharedVocabulary([{ ko: '여객선', en: 'ferry' }], (word) => word === '환승');
    const [match] = findGlossaryPhrases('부두에서 여객선으로 갈아타는 곳 어디야?', uploads).filter((m) => m.verb);
    expect(match?.koForms).toContain('환승');
    // Not where the uploads lack the noun, nor outside the uploads' vocabulary.
    expect(
      findGlossaryPhrases(
        '부두에서 여객선으로 갈아타는 곳 어디야?',
        withSharedVocabulary([{ ko: '항만', en: 'harbour' }], () => false),
      ).some((m) => m.verb),
    ).toBe(false);
    expect(findGlossaryPhrases('부두에서 여객선으로 갈아타는 곳 어디야?').some((m) => m.verb)).toBe(false);
  });

  it('gives an English word the synonym of its Korean form that the uploads write', () => {
    // "question" is 질문 or 문의; an upload writing 질의 (문의's synonym) meets it.
    const uploads = withSharedVocabulary([{ ko: '안내문', en: 'notice' }], (word) => word === '질의');
    expect(findGlossaryPhrases('when can we send questions', uploads)[0]?.koForms).toContain('질의');
    // A Korean question keeps its own word: the added synonym is no form to look for.
    expect(findGlossaryPhrases('질의 기간', uploads).some((m) => m.shared && m.koForms.includes('질문'))).toBe(false);
  });

  it('reads an everyday verb with a synonym of its noun when the uploads write that one', () => {
    // 묻다's nouns are 질문 and 문의; an upload writing 질의 (문의's synonym) still meets "물어볼".
    const uploads = withSharedVocabulary([{ ko: '안내서', en: 'guide' }], (word) => word === '질의');
    const [match] = findGlossaryPhrases('서면으로 물어볼 수 있는 날은?', uploads).filter((m) => m.verb);
    expect(match?.koForms).toContain('질의');
  });
});
