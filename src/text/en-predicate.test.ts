import { describe, expect, it } from 'vitest';
import { isEnglishPredicate } from './en-predicate.js';
import { questionWords } from './query-words.js';

describe('English predicates from WordNet usage', () => {
  it('knows verbs, adjectives and adverbs in their inflected and irregular forms', () => {
    for (const word of ['cite', 'cites', 'eat', 'eaten', 'ate', 'often', 'redo', 'redone', 'renewed', 'approving']) expect(isEnglishPredicate(word)).toBe(true);
  });

  it('leaves nouns as nouns, so a topic the documents lack still counts as one', () => {
    for (const word of ['population', 'passport', 'weather', 'money', 'budget', 'harbour', 'berths']) expect(isEnglishPredicate(word)).toBe(false);
  });

  it('marks such words as predicates among a question content words', () => {
    const words = questionWords('What reasons did the harbour report cite for the delay?');
    expect(words.find((w) => w.word === 'cite')?.predicate).toBe(true);
    expect(words.find((w) => w.word === 'harbour')?.predicate).toBe(false);
  });
});
