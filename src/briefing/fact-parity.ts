import { factKeys } from './fact-ledger.js';
import { figureIdentity } from './figure-identity.js';
import { figuresIn, statedMonths } from './key-figures.js';
import type { Briefing } from './types.js';

/**
 * What a briefing states that can be compared across languages: its dates (each day, and each
 * month or year a sentence names) and its figures, one identity each (figure-identity.ts). Korean and English briefings on one
 * topic, made from documents aligned section by section, should state the same set.
 */
export function briefingFacts(briefing: Briefing): Set<string> {
  const facts = new Set<string>();
  for (const bullet of briefing.sections.flatMap((s) => s.bullets)) {
    for (const key of factKeys(bullet.sentence)) if (key.startsWith('day:')) facts.add(key.slice(4));
    for (const month of statedMonths(bullet.sentence)) facts.add(month);
    for (const f of figuresIn(bullet.sentence)) facts.add(figureIdentity(f.text));
  }
  return facts;
}
