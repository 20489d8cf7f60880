import type { FigureSource } from './key-figures.js';
import { figuresIn, firstDate } from './key-figures.js';
import type { BriefingBullet, BriefingCitation, BriefingSection, SummaryPoint } from './types.js';

const MAX_POINTS = 5;
const MIN_POINTS = 3;

/** A bullet that states something checkable: a figure or a dated event. */
function weight(bullet: BriefingBullet): number {
  return (figuresIn(bullet.sentence).length > 0 ? 2 : 0) + (firstDate(bullet.sentence) ? 1 : 0);
}

/**
 * 핵심 요약 / Key points: what an official leads with, taken from the briefing's own cited bullets
 * (never new wording): the weightiest bullet of each section in reading order (figures and dated
 * events first), then further figures, up to five; at least three when the briefing has them.
 * Each point keeps its bullet's citations and says its own date (its sentence's, else its
 * section heading's, else the source's).
 */
export function summaryPoints(sections: BriefingSection[], citations: BriefingCitation[], sourceOf: (c: BriefingCitation) => FigureSource): SummaryPoint[] {
  // A list lead-in with its items is a paragraph, not a point.
  const single = sections.map((s) => s.bullets.filter((b) => !b.text.includes('\n')));
  const chosen = new Set<BriefingBullet>();
  for (const bullets of single) {
    const best = [...bullets].sort((a, b) => weight(b) - weight(a))[0];
    if (best && weight(best) > 0 && chosen.size < MAX_POINTS) chosen.add(best);
  }
  for (const bullet of single.flat()) if (chosen.size < MAX_POINTS && weight(bullet) >= 2) chosen.add(bullet);
  for (const bullet of single.flat()) if (chosen.size < MIN_POINTS) chosen.add(bullet);
  // Reading order, as the sections have them.
  return single
    .flat()
    .filter((b) => chosen.has(b))
    .map((bullet) => {
      const citation = citations[(bullet.citations[0] ?? 0) - 1];
      const source = citation ? sourceOf(citation) : undefined;
      const date = firstDate(bullet.sentence) ?? (source ? (firstDate(source.sectionPath) ?? source.sourceDate ?? source.publishedAt) : undefined);
      return { text: bullet.text, citations: bullet.citations, ...(date ? { date } : {}) };
    });
}
