import { describe, expect, it } from 'vitest';
import { searchTerms } from './search-terms.js';

describe('searchTerms', () => {
  it('matches a Korean noun whatever particle is attached', () => {
    const noun = new Set(searchTerms('산업단지'));
    const withParticle = searchTerms('산업단지는');
    for (const term of noun) expect(withParticle).toContain(term);
  });

  it('normalises thousands separators and drops English stop words', () => {
    expect(searchTerms('How many complexes were there? 1,330')).toEqual(['many', 'complex', '1330']);
  });

  it('splits mixed Latin and Hangul tokens', () => {
    expect(searchTerms('AX실증산단')).toEqual(['ax', '실증', '증산', '산단']);
  });
});

describe('English stemming', () => {
  it('meets the forms people use with the forms documents use', () => {
    expect(searchTerms('received')).toEqual(searchTerms('receive'));
    expect(searchTerms('planning')).toEqual(searchTerms('plan'));
    expect(searchTerms('regions')).toEqual(searchTerms('region'));
    expect(searchTerms('status')).toEqual(['status']);
  });
});

describe('middle-dot lists of syllables', () => {
  it('index the joined spelling too, so "시도" meets "시·도"', () => {
    expect(searchTerms('8개 시·도의 특구')).toEqual(expect.arrayContaining(['시도', '시', '도의']));
    expect(searchTerms('시·군·구')).toEqual(expect.arrayContaining(['시군', '군구']));
  });
  it('leave lists of longer words alone', () => {
    expect(searchTerms('소재·부품·장비')).toEqual(['소재', '부품', '장비']);
  });
});

describe('initialisms written with marks', () => {
  it('index the joined letters too, so "PT" meets "P/T" and "RD" meets "R&D"', () => {
    expect(searchTerms('발표(P/T) 20분')).toEqual(expect.arrayContaining(['pt', '발표']));
    expect(searchTerms('PT 시간')).toContain('pt');
    expect(searchTerms('R&D 예산')).toContain('rd');
  });
  it('leave words joined by a slash alone', () => {
    expect(searchTerms('chip/battery')).toEqual(['chip', 'battery']);
  });
});
