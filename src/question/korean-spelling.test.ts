import { describe, expect, it } from 'vitest';
import { searchTerms } from '../text/search-terms.js';
import { mendKoreanTypo, mendKoreanTypos, oneJamoAway } from './korean-spelling.js';

/** A vocabulary of the bigrams of a few made-up document words. */
function vocabularyOf(...words: string[]) {
  const df = new Map<string, number>();
  for (const w of words) for (const t of searchTerms(w)) df.set(t, (df.get(t) ?? 0) + 1);
  return { df: (term: string) => df.get(term) ?? 0 };
}

describe('oneJamoAway', () => {
  it('changes exactly one of the initial, medial and final jamo', () => {
    const near = oneJamoAway('특');
    expect(near).toContain('틐'); // final ㄱ -> ㅋ
    expect(near).toContain('흑'); // initial ㅌ -> ㅎ
    expect(near).toContain('턱'); // medial ㅡ -> ㅓ
    expect(near).toContain('트'); // final dropped
    expect(near).not.toContain('특');
    expect(near).not.toContain('각');
    expect(near).toHaveLength(18 + 20 + 27);
  });
  it('has no neighbours for anything but a Hangul syllable', () => {
    expect(oneJamoAway('a')).toEqual([]);
    expect(oneJamoAway('ㄱ')).toEqual([]);
  });
});

describe('mendKoreanTypo', () => {
  const vocabulary = vocabularyOf('기회발전특구', '발전계획', '특구에서', '산업단지공단');
  it('mends the one mistyped syllable of a word the documents use', () => {
    expect(mendKoreanTypo('기회발전틐구', vocabulary)).toBe('기회발전특구');
    expect(mendKoreanTypo('산엄단지공단', vocabulary)).toBe('산업단지공단');
    // Four syllables with one bigram known: too little of the word to read a typo in it.
    expect(mendKoreanTypo('산엄단지', vocabulary)).toBe('산엄단지');
  });
  it('leaves known words, unknown words and short words as typed', () => {
    expect(mendKoreanTypo('기회발전특구', vocabulary)).toBe('기회발전특구');
    // No bigram of it is the documents': a word they lack, not a typo.
    expect(mendKoreanTypo('외국인노동자', vocabulary)).toBe('외국인노동자');
    // Three syllables with a particle: too little of it is known to call the middle one a typo.
    expect(mendKoreanTypo('일본의', vocabularyOf('일반의'))).toBe('일본의');
    expect(mendKoreanTypo('특구', vocabulary)).toBe('특구');
  });
  it('does not mend a word whose unknown bigrams do not meet in one syllable', () => {
    expect(mendKoreanTypo('기회밝전틐구', vocabulary)).toBe('기회밝전틐구');
  });
  it('mends inside a sentence and notes the change', () => {
    const changes: string[] = [];
    const out = mendKoreanTypos('기회발전틐구 1차 지정은 언제?', vocabulary, (from, to) => {
      if (from !== to) changes.push(`${from}→${to}`);
    });
    expect(out).toBe('기회발전특구 1차 지정은 언제?');
    expect(changes).toEqual(['기회발전틐구→기회발전특구']);
  });
});
