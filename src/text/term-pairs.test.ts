import { describe, expect, it } from 'vitest';
import { mineTermPairs, termTable } from './term-pairs.js';

describe('bilingual term mining', () => {
  it('pairs an English phrase with the Korean term in parentheses after it', () => {
    expect(mineTermPairs('The draft proposes an industrial land bank (산업용지은행) for the regions.')).toContainEqual({
      ko: '산업용지은행',
      en: 'industrial land bank',
    });
  });

  it('pairs a Korean term with the English name in parentheses after it, particles and acronyms aside', () => {
    expect(mineTermPairs('기회발전특구(Opportunity Development Zones)는 지방 투자를 위한 특구다.')).toContainEqual({
      ko: '기회발전특구',
      en: 'Opportunity Development Zones',
    });
    expect(mineTermPairs('주무 부처는 산업통상자원부(MOTIE, Ministry of Trade, Industry and Energy)였다.')[0]?.ko).toBe('산업통상자원부');
  });

  it('stops a plain phrase at "of" and list words, and skips "the Act (…)" back-references', () => {
    expect(mineTermPairs('It gives the number of industrial complexes (산업단지) by type.')).toContainEqual({ ko: '산업단지', en: 'industrial complexes' });
    expect(mineTermPairs('Plans including smart green industrial complexes (스마트그린산단) grew.')).toContainEqual({
      ko: '스마트그린산단',
      en: 'smart green industrial complexes',
    });
    expect(mineTermPairs('Permits deemed granted under the Act (인허가 의제사항) are handled fast.')).toEqual([]);
  });

  it('pairs no plain phrase with a gloss of more words, which glosses a longer phrase', () => {
    expect(mineTermPairs('The harbour director of the day (해양수산부 항만국장) signed it.')).toEqual([]);
    expect(mineTermPairs('It set a timeout rule (인허가 처리 시한 제도) for ports.')).toEqual([]);
    // A name is often shorter in English than the Korean title it stands for.
    expect(mineTermPairs('Ports are planned under the Harbour Act (항만 개발 및 관리에 관한 법률).')).toContainEqual({
      ko: '항만 개발 및 관리에 관한 법률',
      en: 'Harbour Act',
    });
  });

  it('takes a whole capitalised name, joiners included', () => {
    expect(mineTermPairs('It was led by the Korea Industrial Complex Corporation (KICOX, 한국산업단지공단).')).toContainEqual({
      ko: '한국산업단지공단',
      en: 'Korea Industrial Complex Corporation',
    });
  });

  it('drops web addresses and English sides written for several Korean terms', () => {
    const table = termTable([
      { ko: '부산일보', en: 'busan.com' },
      { ko: '노후 산업단지', en: 'industrial complexes' },
      { ko: '문화선도산업단지', en: 'industrial complexes' },
      { ko: '구미', en: 'Gumi' },
    ]);
    expect(table).toEqual([{ ko: '구미', en: 'gumi' }]);
  });

  it('finds nothing in text without inline translations', () => {
    expect(mineTermPairs('Industrial complexes numbered 1,330 (end of 2024).')).toEqual([]);
  });
});
