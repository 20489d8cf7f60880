import { indexTerms } from '../text/terms.js';
import { figureIdentity } from './figure-identity.js';
import { figuresIn, firstDate, MONTHS, monthOf } from './key-figures.js';

// Share of the shorter sentence's terms another must contain to state the same fact again.
const SAME_FACT_OVERLAP = 0.5;
// Without a figure or a date to go by, only a near-copy counts as the same sentence.
const SAME_SENTENCE_OVERLAP = 0.8;

const FULL_DATE_KO = /(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일/g;
const FULL_DATE_EN = /\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b/gi;

// A name the source puts in quotes ('지역균형투자촉진특별법', “Opportunity Development Zones”).
const QUOTED_NAME = /['‘“"]([^'’”"]{2,60})['’”"]/g;

interface Stated {
  terms: Set<string>;
  keys: string[];
}

/**
 * What a sentence states that can be checked: each figure with its reference date (month),
 * each day-precise date ("2025년 1월 21일") and each quoted name. Two sentences about the same figure or day
 * that share most of their words state one fact.
 */
export function factKeys(sentence: string, fallbackDate?: string): string[] {
  const date = monthOf(firstDate(sentence) ?? fallbackDate ?? '');
  const keys = figuresIn(sentence).map((f) => `figure:${figureIdentity(f.text)}@${date}`);
  for (const m of sentence.matchAll(QUOTED_NAME)) keys.push(`name:${m[1]}`);
  for (const m of sentence.matchAll(FULL_DATE_KO)) keys.push(`day:${m[1]}-${Number(m[2])}-${Number(m[3])}`);
  for (const m of sentence.matchAll(FULL_DATE_EN)) keys.push(`day:${m[3]}-${MONTHS.indexOf((m[2] ?? '').toLowerCase()) + 1}-${Number(m[1])}`);
  return [...new Set(keys)];
}

/** Figure keys agree when number and unit do and the dates do not contradict each other. */
function sameKey(a: string, b: string): boolean {
  if (a === b) return true;
  const [fa, da = ''] = a.split('@');
  const [fb, db = ''] = b.split('@');
  return fa === fb && fa?.startsWith('figure:') === true && (da === '' || db === '' || da.startsWith(db) || db.startsWith(da));
}

function overlap(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const term of small) if (large.has(term)) shared += 1;
  return shared / small.size;
}

/** The facts a briefing has stated so far: each fact goes in once, wherever it is found again. */
export class FactLedger {
  private readonly stated: Stated[] = [];

  /** Records the sentence unless it only repeats what the briefing already says; true when new. */
  add(sentence: string, fallbackDate?: string): boolean {
    // Words in brackets are glosses ("(기회발전특구)", "(MOLIT)") or asides: two sentences that say
    // the same thing differ by them in one language and not in the other, so they are not compared.
    const terms = new Set(indexTerms(sentence.replace(/\([^()]*\)/g, ' ')));
    const keys = factKeys(sentence, fallbackDate);
    // A sentence stating a figure or day the briefing lacks is never a repeat, however alike its
    // words: dropping it would lose the fact (and in one language only, where the other's
    // translation words it less alike).
    const known = keys.every((key) => this.stated.some((s) => s.keys.some((k) => sameKey(k, key))));
    const repeats =
      known &&
      this.stated.some((earlier) => {
        const shared = overlap(terms, earlier.terms);
        return shared >= SAME_SENTENCE_OVERLAP || (keys.length > 0 && shared >= SAME_FACT_OVERLAP);
      });
    if (repeats) return false;
    this.stated.push({ terms, keys });
    return true;
  }
}
