import type { ScoredPassage } from '../../src/core/types.js';

/** A retrieved passage for unit tests of the answer step: its id is its document, the rest plain. */
export function scoredPassage(id: string, text: string, overrides: Partial<ScoredPassage> = {}): ScoredPassage {
  return {
    id,
    docId: id,
    ordinal: 0,
    title: '',
    sectionPath: '',
    lang: 'en',
    text,
    charStart: 0,
    charEnd: text.length,
    sourceUrl: '',
    publishedAt: '',
    contentHash: id,
    score: 1,
    ...overrides,
  };
}
