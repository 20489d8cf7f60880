import { searchTerms } from './search-terms.js';

/**
 * The one entry point for lexical terms: what a passage is indexed under and what a query is
 * searched with. Stores and the search engine take these terms, never raw text, so Node and the
 * Worker rank alike. (Today Hangul syllable bigrams; the Korean analyser replaces the inside.)
 */
export function indexTerms(text: string): string[] {
  return searchTerms(text);
}

export function queryTermsOf(text: string): string[] {
  return searchTerms(text);
}
