import type { Lang, ScoredPassage, SearchFilters } from '../core/types.js';
import type { Embedder } from '../embed/embedder.js';
import type { PassageStore } from '../store/store.js';
import { splitQuestionParts } from '../text/question-parts.js';
import type { TermPair } from '../text/term-pairs.js';
import { translateTerms } from './glossary.js';
import { hybridSearch, hybridSearchMany, type SearchSpec } from './hybrid-search.js';

export interface RetrieveForQuestionInput {
  store: PassageStore;
  embedder: Embedder;
  question: string;
  lang: Lang;
  k: number;
  filters?: SearchFilters;
  /** Bilingual pairs mined from the corpus: the question is also searched with their other side. */
  termPairs?: readonly TermPair[];
  /** The question's vector, when this ask already embedded the same text. */
  queryVector?: Float32Array;
}

/**
 * Retrieval for answering: passages in the question's language first, then the best of both
 * languages. Most topics exist in Korean and English; a citizen should be quoted their own
 * language when it holds the fact, and the other one only when it alone does.
 */
export async function retrieveForQuestion({ store, embedder, question, lang, k, filters, termPairs, queryVector }: RetrieveForQuestionInput) {
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
  const searched = await hybridSearchMany({ store, embedder, vectorQuery: question, ...(queryVector ? { queryVector } : {}), searches });
  const [both = [], ownLanguage = [], other = []] = searched.results;
  const same = filters?.lang ? both : ownLanguage;
  // Each part of a multi-part question is searched on its own too: one strong part ("the first
  // round of Opportunity Development Zones") would otherwise fill every place and starve the other.
  const parts = splitQuestionParts(question);
  const partHits =
    parts.length < 2 ? [] : await Promise.all(parts.map((part) => hybridSearch({ store, embedder, query: part, k: Math.ceil(k / parts.length), filters })));
  const seen = new Set<string>();
  const passages: ScoredPassage[] = [];
  const add = (p: ScoredPassage) => {
    if (seen.has(p.id)) return;
    seen.add(p.id);
    passages.push(p);
  };
  const merged = [...same, ...other, ...both];
  // Interleaved: the question's best hit, then each part's best, and so on.
  const lists = [merged, ...partHits.map((r) => r.passages)];
  for (let i = 0; i < Math.max(...lists.map((l) => l.length)); i++) for (const list of lists) if (list[i]) add(list[i] as ScoredPassage);
  return {
    passages: passages.slice(0, k + 2),
    queryVector: searched.queryVector,
    retrieval: searched.retrieval,
    timingsMs: {
      embed: searched.timingsMs.embed + partHits.reduce((sum, r) => sum + r.timingsMs.embed, 0),
      search: searched.timingsMs.search + partHits.reduce((sum, r) => sum + r.timingsMs.search, 0),
    },
  };
}
