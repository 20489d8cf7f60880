import { describe, expect, it } from 'vitest';
import { englishWordsOf } from './english-words.js';

const vocabulary = ['[PAD]', '[unused0]', 'the', 'election', 'fix', 'cite', 'statute', 'city', '##ment', 'gover', '2024', 'a'].join('\n');

describe('englishWordsOf', () => {
  const words = englishWordsOf(vocabulary);

  it('knows the whole-word entries, in any case', () => {
    expect(words.has('election')).toBe(true);
    expect(words.has('Statute')).toBe(true);
  });

  it('knows regular inflections of them', () => {
    expect(words.has('fixes')).toBe(true);
    expect(words.has('cited')).toBe(true);
    expect(words.has('citing')).toBe(true);
    expect(words.has('cities')).toBe(true);
  });

  it('does not know word pieces, control entries, numbers or one letter', () => {
    // "goverment" is "gover" + "##ment" to the model: a misspelling, not a word.
    expect(words.has('goverment')).toBe(false);
    expect(words.has('ment')).toBe(false);
    expect(words.has('pad')).toBe(false);
    expect(words.has('2024')).toBe(false);
    expect(words.has('a')).toBe(false);
  });
});
