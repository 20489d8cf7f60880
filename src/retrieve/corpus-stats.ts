import type { PassageStore } from '../store/store.js';
import { mineTermPairs, type TermPair, termTable } from '../text/term-pairs.js';
import { indexTerms } from '../text/terms.js';

/** Corpus-wide term statistics: how many passages there are and how many hold each term. */
export interface TermStats {
  docCount: number;
  df(term: string): number;
}

/** What the whole corpus teaches the question side: term statistics and its bilingual term table. */
export interface CorpusKnowledge {
  stats: TermStats;
  /** Bilingual pairs mined from every passage ("industrial land bank (산업용지은행)"). */
  termPairs: TermPair[];
}

/** Inverse document frequency over the whole corpus; a term no passage holds weighs most. */
export function idf(stats: TermStats, term: string): number {
  return Math.log((stats.docCount + 1) / (stats.df(term) + 0.5));
}

export function statsOfTexts(texts: Iterable<string>): TermStats {
  const counts = new Map<string, number>();
  let docCount = 0;
  for (const text of texts) {
    docCount++;
    for (const term of new Set(indexTerms(text))) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return { docCount, df: (term) => counts.get(term) ?? 0 };
}

const cache = new WeakMap<PassageStore, { version: string; knowledge: Promise<CorpusKnowledge> }>();

/**
 * Statistics and term pairs of the store's passages (title, section and text, as they are indexed),
 * computed once per index version, so an uploaded bilingual document teaches its terms at once.
 * Until the search engine exposes its own `df`, this reads every passage once.
 */
export async function corpusKnowledge(store: PassageStore): Promise<CorpusKnowledge> {
  const manifest = await store.manifest();
  const version = `${manifest?.corpusVersion ?? ''}:${manifest?.updatedAt ?? ''}`;
  const hit = cache.get(store);
  if (hit && hit.version === version) return hit.knowledge;
  const knowledge = (async () => {
    const texts: string[] = [];
    for (const doc of await store.listDocuments()) {
      for (const p of await store.passagesOfDocument(doc.id)) texts.push(`${p.title} ${p.sectionPath} ${p.text}`);
    }
    return { stats: statsOfTexts(texts), termPairs: termTable(texts.flatMap((t) => mineTermPairs(t))) };
  })();
  cache.set(store, { version, knowledge });
  return knowledge;
}
