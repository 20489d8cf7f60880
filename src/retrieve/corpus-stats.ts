import { runInSlices, type Steps } from '../core/time-slices.js';
import type { Passage } from '../core/types.js';
import { TermIndex, type TermStats } from '../search/term-index.js';
import type { PassageStore } from '../store/store.js';
import { mineTermPairs, type TermPair, termTable } from '../text/term-pairs.js';
import { indexTerms } from '../text/terms.js';

export type { TermStats };

/** What the whole corpus teaches the question side: term statistics and its bilingual term table. */
export interface CorpusKnowledge {
  stats: TermStats;
  /** Bilingual pairs mined from every passage ("industrial land bank (산업용지은행)"). */
  termPairs: readonly TermPair[];
}

/** Inverse document frequency over the whole corpus; a term no passage holds weighs most. */
export function idf(stats: TermStats, term: string): number {
  return Math.log((stats.docCount + 1) / (stats.df(term) + 0.5));
}

/** Statistics of a few texts, counted by the engine's own term index (for unit tests of answerability). */
export function statsOfTexts(texts: Iterable<string>): TermStats {
  return new TermIndex([...texts].map((t) => indexTerms(t)));
}

/** Passages mined per step: a big upload is thousands of passages, mined in slices (issue 24). */
const MINED_PER_STEP = 64;

/**
 * The term table of the documents' passages, a step of passages at a time.
 * Title, heading path and text are mined apart: read backwards across their joint, a gloss at the
 * start of a passage ("Opportunity Development Zones (기회발전특구)") would take the heading's
 * words into its English side.
 */
function* termTableSteps(documents: { title: string; passages: Passage[] }[]): Steps<TermPair[]> {
  const pairs: TermPair[] = [];
  let mined = 0;
  for (const { title, passages } of documents) {
    pairs.push(...mineTermPairs(title));
    for (const p of passages) {
      for (const text of new Set([p.sectionPath, p.text])) pairs.push(...mineTermPairs(text));
      if (++mined % MINED_PER_STEP === 0) yield;
    }
  }
  return termTable(pairs);
}

/** Keyed by the engine snapshot's statistics object: a new snapshot (any committed change) is a new key. */
const cache = new WeakMap<TermStats, Promise<CorpusKnowledge>>();

/**
 * Statistics and term pairs of the store's passages (title, section and text, as they are indexed),
 * computed once per index snapshot, so an uploaded bilingual document teaches its terms at once.
 * The term table needs every passage read once, in slices of the event loop (an upload computes
 * it before it answers, see upload-ingest.ts); the statistics come from the search engine.
 */
export async function corpusKnowledge(store: PassageStore): Promise<CorpusKnowledge> {
  const stats = await store.termStats();
  const hit = cache.get(stats);
  if (hit) return hit;
  const knowledge = (async () => {
    const documents: { title: string; passages: Passage[] }[] = [];
    for (const doc of await store.listDocuments()) documents.push({ title: doc.title, passages: await store.passagesOfDocument(doc.id) });
    // The engine's own document frequencies: the same terms and counts BM25 ranks with.
    return { stats, termPairs: await runInSlices(termTableSteps(documents)) };
  })();
  cache.set(stats, knowledge);
  return knowledge;
}
