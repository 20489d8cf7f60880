import type { DocumentRecord } from '../core/types.js';
import type { FusedHit } from './fusion.js';

/**
 * How much a document's source is trusted: trust level `official` (the corpus, admin-marked uploads)
 * above `upload`. Read from the record's optional `trust` field; a record without it counts as
 * `upload` here, so an index with no trust levels ranks exactly as fusion left it.
 */
export function trustLevel(doc: (DocumentRecord & { trust?: unknown }) | undefined): number {
  return doc?.trust === 'official' ? 1 : 0;
}

/** Two fused scores this close (relative) are "competing": neither retriever clearly prefers one. */
export const COMPETING_MARGIN = 0.05;

/**
 * Prefer the official source when two passages compete: a passage moves above its predecessor
 * only when its document is more trusted and its score is within COMPETING_MARGIN. One stable
 * pass, so a clearly better passage from an `upload` document still ranks first.
 */
export function preferTrusted(hits: FusedHit[], trustOf: (index: number) => number): FusedHit[] {
  const out = [...hits];
  for (let i = 1; i < out.length; i++) {
    const above = out[i - 1] as FusedHit;
    const here = out[i] as FusedHit;
    if (trustOf(here.index) > trustOf(above.index) && here.score >= above.score * (1 - COMPETING_MARGIN)) {
      out[i - 1] = here;
      out[i] = above;
    }
  }
  return out;
}
