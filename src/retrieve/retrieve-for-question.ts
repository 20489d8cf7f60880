import type { Lang, ScoredPassage, SearchFilters } from '../core/types.js';
import type { Embedder } from '../embed/embedder.js';
import type { PassageStore } from '../store/store.js';
import type { TermPair } from '../text/term-pairs.js';
import { translateTerms } from './glossary.js';
import { hybridSearchMany, type SearchSpec } from './hybrid-search.js';

export interface RetrieveForQuestionInput {
  store: PassageStore;
  embedder: Embedder;
  question: string;
  lang: Lang;
  k: number;
  filters?: SearchFilters;
  /** Bilingual pairs mined from the corpus: the question is also searched with their other side. */
  termPairs?: readonly TermPair[];
}

/**
 * Retrieval for answering: passages in the question's language first, then the best of both
 * languages. Most topics exist in Korean and English; a citizen should be quoted their own
 * language when it holds the fact, and the other one only when it alone does.
 */
export async function retrieveForQuestion({ store, embedder, question, lang, k, filters, termPairs }: RetrieveForQuestionInput) {
  // The other language is searched with the corpus's own translations of the question's terms.
  const mined = termPairs && termPairs.length > 0 ? translateTerms(question, termPairs) : { ko: [], en: [] };
  const extra = lang === 'ko' ? mined.en : mined.ko;
  const expanded = extra.length > 0 ? `${question} ${extra.join(' ')}` : question;
  // One engine call for the three searches: the question is embedded once and its vector scored
  // against the corpus once; each search keeps its own terms, filters and depth.
  const searches: SearchSpec[] = [{ query: question, k, filters }];
  if (!filters?.lang) {
    searches.push(
      { query: question, k: Math.ceil((k * 3) / 4), filters: { ...filters, lang }, expand: false },
      // The other language is searched on its own too, so a fact only it holds always reaches the answerer.
      { query: expanded, k: Math.ceil(k / 4), filters: { ...filters, lang: lang === 'ko' ? 'en' : 'ko' } },
    );
  }
  const searched = await hybridSearchMany({ store, embedder, vectorQuery: question, searches });
  const [both = [], ownLanguage = [], other = []] = searched.results;
  const same = filters?.lang ? both : ownLanguage;
  const seen = new Set<string>();
  const passages: ScoredPassage[] = [];
  for (const p of [...same, ...other, ...both]) {
    if (seen.has(p.id)) continue;
    seen.add(p.id);
    passages.push(p);
  }
  return {
    passages: passages.slice(0, k + 2),
    queryVector: searched.queryVector,
    retrieval: searched.retrieval,
    timingsMs: searched.timingsMs,
  };
}
