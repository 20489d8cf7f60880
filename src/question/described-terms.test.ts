import { describe, expect, it } from 'vitest';
import { searchTerms } from '../text/search-terms.js';
import { nameDescribedTerms, wordKey } from './described-terms.js';
import type { Vocabulary } from './vocabulary.js';

/** A corpus that uses exactly these words (as search terms). */
function corpusOf(...words: string[]): Vocabulary {
  const known = new Set(words.flatMap((w) => searchTerms(w)));
  return { df: (term) => (known.has(term) ? 3 : 0) };
}

const rewrite = (question: string, vocabulary: Vocabulary) => {
  const changes: string[] = [];
  const out = nameDescribedTerms(question, vocabulary, (from, to) => changes.push(`${from}→${to}`));
  return { out, changes };
};

describe('terms named by their description', () => {
  it('keys a word by its stem: two syllables, or one before a particle; English without its plural', () => {
    expect(wordKey('붙어있는')).toBe('붙어');
    expect(wordKey('땅을')).toBe('땅');
    expect(wordKey('factories')).toBe('factor');
    expect(wordKey('the')).toBeUndefined();
    expect(wordKey('몇')).toBeUndefined();
    expect(wordKey('2024년에')).toBeUndefined();
  });

  it("reads a run that describes a documents' term in words the documents lack as the term, keeping the words they use", () => {
    const corpus = corpusOf('공장', '산업단지', '농공단지', '지역');
    const { out, changes } = rewrite('읍면 지역에 조그만 공장들 모여 있는 단지는 2024년 말 몇 개였어?', corpus);
    expect(out).toContain('농공단지');
    expect(out).toContain('공장들');
    expect(out).toContain('2024년 말 몇 개였어?');
    expect(out).not.toContain('조그만');
    expect(changes).toHaveLength(1);
  });

  it("leaves a run in the documents' own words alone: it already names what it means", () => {
    // Every content word of the run is the documents' own (단지 and 있는 too, as in any corpus on complexes).
    const corpus = corpusOf('읍면', '조그만', '공장', '모여', '지역', '있는', '단지');
    expect(rewrite('읍면 지역에 조그만 공장들 모여 있는 단지는 몇 개야?', corpus).changes).toEqual([]);
  });

  it('never takes a question word or a number into the run', () => {
    const corpus = corpusOf('공장');
    // The description's words are split by what is asked: no run without 몇 holds enough of them.
    expect(rewrite('읍면 몇 곳에 조그만 공장 모여 있나?', corpus).changes).toEqual([]);
  });

  it("reads a run that takes its words from several of one term's descriptions as the term", () => {
    // No one description of 산업용지은행제도 holds enough of these words; together they do.
    const corpus = corpusOf('공장', '제도', '산업용지은행제도');
    const { out } = rewrite('공장 땅을 미리 확보해 두는 제도 이름이 뭐야?', corpus);
    expect(out).toContain('산업용지은행제도');
  });

  it('reads English descriptions too', () => {
    const corpus = corpusOf('complexes', 'industrial', 'provinces', 'tax');
    const { out } = rewrite('How many special zones in the provinces lure business investment with tax cuts?', corpus);
    expect(out).toContain('Opportunity Development Zones');
  });
});
