import { searchTerms } from '../text/search-terms.js';

/** How many of the question's words a sentence must share to make the same claim as the question. */
const SHARED_CLAIM_TERMS = 2;

/**
 * Whether a sentence makes the question's claim in its words: it shares two or more of `claim`, the
 * question's search terms without the part the premise checks compare (the region, the target year).
 * Used by the premise checks that find another region first (region-lists.ts) or another target year
 * (target-years.ts) for the same claim.
 */
export function restatesClaim(claim: readonly string[], sentence: string): boolean {
  const have = new Set(searchTerms(sentence));
  let shared = 0;
  for (const term of claim) if (have.has(term) && ++shared >= SHARED_CLAIM_TERMS) return true;
  return false;
}
