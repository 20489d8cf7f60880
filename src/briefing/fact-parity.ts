import { factKeys } from './fact-ledger.js';
import { figuresIn, magnitude } from './key-figures.js';
import type { Briefing } from './types.js';

// Units written differently in the two languages, as one name each.
const UNIT_NAMES: [RegExp, string][] = [
  [/^(?:㎡|m²|square metres?)$/i, 'm²'],
  [/^(?:㎢|km²|square kilometres?)$/i, 'km²'],
  [/^(?:원|won|KRW.*)$/i, 'KRW'],
  [/^(?:%|per ?cent)$/i, '%'],
  [/^(?:평|pyeong)$/i, 'pyeong'],
  [/^(?:ha|hectares?|헥타르)$/i, 'ha'],
];

/** "778만㎡" and "7.78 million m²" -> "7780000 m²"; counts ("15개", "15 candidate sites") -> "15 count". */
export function figureFact(figure: string): string | undefined {
  const m = magnitude(figure);
  if (!m) return undefined;
  const unit = m.unit.replace(/^(KRW|₩|US\$|\$)/, '');
  const named = UNIT_NAMES.find(([pattern]) => pattern.test(unit) || pattern.test(m.unit))?.[1] ?? 'count';
  // Six significant digits: "33.8 trillion" and "33.8조" meet despite floating point.
  return `${Number(m.value.toPrecision(6))} ${named}`;
}

/**
 * What a briefing states that can be compared across languages: the day-precise dates and the
 * figures (normalised to one unit name) of its bullets. Korean and English briefings on one
 * topic, made from documents aligned section by section, should state the same set.
 */
export function briefingFacts(briefing: Briefing): Set<string> {
  const facts = new Set<string>();
  for (const bullet of briefing.sections.flatMap((s) => s.bullets)) {
    for (const key of factKeys(bullet.sentence)) if (key.startsWith('day:')) facts.add(key.slice(4));
    for (const f of figuresIn(bullet.sentence)) {
      const fact = figureFact(f.text);
      if (fact) facts.add(fact);
    }
  }
  return facts;
}
