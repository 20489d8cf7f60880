import type { Passage, ScoredPassage } from '../../src/core/types.js';

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

/** A stored passage for index tests: the first of its document, with plain fields. */
export function storedPassage(docId: string, text: string, overrides: Partial<Passage> = {}): Passage {
  return {
    id: `${docId}#0`,
    docId,
    ordinal: 0,
    title: docId,
    sectionPath: 'S',
    lang: 'en',
    text,
    charStart: 0,
    charEnd: text.length,
    sourceUrl: '',
    publishedAt: '',
    contentHash: `p-${docId}`,
    ...overrides,
  };
}
