import { describe, expect, it } from 'vitest';
import { looksInflected } from './korean-inflection.js';

describe('Korean inflection read from syllables', () => {
  it('reads a one-syllable stem with a connective ending as inflected, not a particle after a noun', () => {
    expect(looksInflected('말고')).toBe(true);
    expect(looksInflected('가려')).toBe(true);
    expect(looksInflected('사서')).toBe(true);
    // A one-syllable noun with its particle may be the very thing asked about ("물은 어디서").
    expect(looksInflected('물은')).toBe(false);
    expect(looksInflected('집이')).toBe(false);
    // Longer words are not read by their last syllable alone.
    expect(looksInflected('보고서')).toBe(false);
  });

  it('reads an adnominal form with a bound noun typed onto it, but not nouns that begin the same way', () => {
    expect(looksInflected('만든다는거')).toBe(true);
    expect(looksInflected('뽑힌데')).toBe(false);
    expect(looksInflected('지정된거')).toBe(true);
    expect(looksInflected('선거')).toBe(false);
    expect(looksInflected('현대')).toBe(false);
    expect(looksInflected('근거')).toBe(false);
  });

  it('reads the auxiliary 주다 and the compounds of 오다 after an -아/-어 form as inflected, not a place named with 주', () => {
    expect(looksInflected('깎아주는')).toBe(true);
    expect(looksInflected('빼주는')).toBe(true);
    expect(looksInflected('바꿔준다던')).toBe(true);
    expect(looksInflected('넣어줄')).toBe(true);
    expect(looksInflected('들여오는')).toBe(true);
    expect(looksInflected('들어와요')).toBe(true);
    expect(looksInflected('단어와')).toBe(false);
    expect(looksInflected('파주는')).toBe(false);
    expect(looksInflected('제주는')).toBe(false);
    expect(looksInflected('여주는')).toBe(false);
  });

  it('never reads Latin words or single syllables', () => {
    expect(looksInflected('go')).toBe(false);
    expect(looksInflected('고')).toBe(false);
  });
});
