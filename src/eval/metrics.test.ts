import { describe, expect, it } from 'vitest';
import {
  allKeyFacts,
  allKeyFactsShown,
  checkCitations,
  citationSupport,
  claimsByCitation,
  containsFact,
  declined,
  keyFactRecall,
  percentile,
  recallAtK,
  reciprocalRank,
  summarise,
} from './metrics.js';

describe('retrieval metrics', () => {
  const retrieved = ['a-en', 'b-ko', 'c-en', 'c-en', 'd-ko', 'e-en'];
  it('counts a required source as found when any of its alternatives is in the top k', () => {
    expect(recallAtK(retrieved, [['x-en', 'b-ko']], 1)).toBe(0);
    expect(recallAtK(retrieved, [['x-en', 'b-ko']], 2)).toBe(1);
    expect(recallAtK(retrieved, [['a-en'], ['e-en']], 5)).toBe(0.5);
    expect(recallAtK(retrieved, [], 5)).toBeNull();
  });
  it('ranks by the first relevant passage', () => {
    expect(reciprocalRank(retrieved, [['c-en']])).toBeCloseTo(1 / 3);
    expect(reciprocalRank(retrieved, [['z']])).toBe(0);
  });
});

describe('answer metrics', () => {
  it('matches key facts across thousands separators and case', () => {
    expect(keyFactRecall('Korea had 1330 complexes at END-2024.', [['1,330'], ['end-2024'], ['Daegu']])).toBeCloseTo(2 / 3);
  });
  it('ties each [n] to the claim before it, and shares a claim across [1][2]', () => {
    const claims = claimsByCitation('First claim. [1] Second claim [2][3]');
    expect(claims.get(1)).toEqual(['First claim.']);
    expect(claims.get(3)).toEqual(['Second claim']);
  });
  it('marks a citation imprecise when its quote is not verbatim or its passage supports nothing', () => {
    const passage = 'KICOX has its head office in Daegu. It held a meeting there.';
    const checks = checkCitations({
      answer: 'According to the Korean-language source: KICOX has its head office in Daegu. [1] The moon is made of cheese. [2]',
      keyFacts: [],
      citations: [
        { n: 1, quote: 'KICOX has its head office in Daegu.', passageText: passage },
        { n: 2, quote: 'held a meeting in Busan', passageText: passage },
      ],
    });
    expect(checks).toEqual([
      { n: 1, verbatim: true, supported: true },
      { n: 2, verbatim: false, supported: false },
    ]);
  });
  it('treats an answer that only says "not covered" as declining', () => {
    expect(declined({ grounded: false, answer: 'The documents do not answer this question.' })).toBe(true);
    expect(declined({ grounded: true, answer: 'The budget and KPIs of the final plan are not given in these sources. [1]' })).toBe(true);
    expect(declined({ grounded: true, answer: 'It had 1,330 complexes. [1] The budget is not given in these sources. [2]' })).toBe(false);
  });
  it('takes nearest-rank percentiles', () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(percentile([], 50)).toBeNull();
  });
  it('computes refusal precision and recall, and counts false refusals', () => {
    const base = { set: 'tune', question: 'q', lang: 'en' as const, retrievedDocIds: [], expectedDocIds: [], keyFacts: [], citations: [], latencyMs: 1 };
    const s = summarise([
      { ...base, id: 'a', type: 'out-of-scope', answerable: false, answer: 'The documents do not answer this question.', grounded: false },
      { ...base, id: 'b', type: 'not-in-documents', answerable: false, answer: 'It is 5 trillion won. [1]', grounded: true },
      {
        ...base,
        id: 'c',
        type: 'fact',
        answerable: true,
        answer: 'The documents do not answer this question.',
        grounded: false,
        keyFacts: [['x']],
        expectedDocIds: [['d']],
      },
    ]);
    expect(s.refusalRecall).toBe(0.5);
    expect(s.refusalPrecision).toBe(0.5);
    expect(s.falseRefusals).toBe(1);
  });
  it('counts a question as answered only when the answer text holds every key-fact group; quotes count apart', () => {
    const citations = [{ n: 1, quote: 'held in Daegu', passageText: 'KICOX held it in Daegu in 2024.' }];
    expect(allKeyFacts({ answer: 'It was in 2024. [1]', keyFacts: [['2024'], ['Daegu', '대구']] })).toBe(false);
    expect(allKeyFactsShown({ answer: 'It was in 2024. [1]', citations, keyFacts: [['2024'], ['Daegu', '대구']] })).toBe(true);
    expect(allKeyFactsShown({ answer: 'It was in 2024. [1]', citations, keyFacts: [['2024'], ['Busan']] })).toBe(false);
    expect(allKeyFacts({ answer: 'It was held in Daegu in 2024. [1]', keyFacts: [['2024'], ['Daegu', '대구']] })).toBe(true);
    expect(citationSupport({ answer: 'It was in 2024 and 2025. [1]', citations, keyFacts: [['2024'], ['2025']] })).toBe(0.5);
  });
});

describe('key facts that are numbers', () => {
  it('count only as whole numbers, written in digits or in English words', () => {
    expect(containsFact('Twenty-one harbours had applied.', ['21'])).toBe(true);
    expect(containsFact('eight more berths were added', ['8'])).toBe(true);
    expect(containsFact('In 2021 the harbour opened.', ['21'])).toBe(false);
    expect(containsFact('The share rose to 16.5%.', ['6.5'])).toBe(false);
    expect(containsFact('The share rose to 6.5%.', ['6.5'])).toBe(true);
    expect(containsFact('총 1,331개', ['1331'])).toBe(true);
  });
});
