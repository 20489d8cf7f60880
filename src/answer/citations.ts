import type { Citation, Passage, ScoredPassage } from '../core/types.js';
import { splitSentences } from '../text/sentences.js';

export function toCitation(n: number, passage: Passage & { score?: number }, quote: string): Citation {
  return {
    n,
    passageId: passage.id,
    docId: passage.docId,
    title: passage.title,
    sectionPath: passage.sectionPath,
    ...(passage.page === undefined ? {} : { page: passage.page }),
    quote,
    sourceUrl: passage.sourceUrl,
    ...(passage.publishedAt ? { publishedAt: passage.publishedAt } : {}),
    score: Math.round((passage.score ?? 0) * 10000) / 10000,
  };
}

/** "See also" entries for a refusal: the nearest passages, each quoted by its first sentence. */
export function seeAlso(passages: ScoredPassage[], count = 3): Citation[] {
  return passages.slice(0, count).map((p, i) => toCitation(i + 1, p, splitSentences(p.text, 1)[0]?.text ?? p.text.slice(0, 200)));
}
