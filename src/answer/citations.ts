import type { Citation, Lang, Passage, ScoredPassage } from '../core/types.js';
import type { AlignedSection } from '../retrieve/section-alignment.js';
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

/**
 * A citation quoted from the other language's version of a document, pointed also to the same
 * section in the answer's language; any other citation is returned as it is.
 */
export function withAlignedSection(citation: Citation, alignment: ReadonlyMap<string, AlignedSection>, lang: Lang): Citation {
  const aligned = alignment.get(citation.passageId);
  if (!aligned || aligned.lang !== lang) return citation;
  const { passageId, docId, title, sectionPath, sourceUrl } = aligned;
  return { ...citation, alignedSection: { passageId, docId, title, sectionPath, sourceUrl } };
}
