import type { Lang } from '../core/types.js';
import { GLOSSARY } from './glossary-terms.js';

interface Compiled {
  ko: RegExp[];
  en: RegExp[];
  koOut: string;
  enOut: string;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Korean attaches particles, so a form matches anywhere; English forms need word boundaries.
const COMPILED: Compiled[] = GLOSSARY.map(([ko, en]) => ({
  ko: ko.map((f) => new RegExp(/^[A-Za-z]+$/.test(f) ? `\\b${escape(f)}\\b` : escape(f), 'i')),
  en: en.map((f) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(f)}(?![\\p{L}\\p{N}])`, 'iu')),
  koOut: ko[0] ?? '',
  enOut: en[0] ?? '',
}));

/**
 * The other-language equivalents of the glossary terms found in `text`, as one string to append
 * to a search. Which side is matched follows the script present, so mixed queries work both ways.
 */
export function translateTerms(text: string): { ko: string[]; en: string[] } {
  const ko = new Set<string>();
  const en = new Set<string>();
  const normalised = text.normalize('NFC');
  for (const entry of COMPILED) {
    if (entry.ko.some((r) => r.test(normalised))) en.add(entry.enOut);
    if (entry.en.some((r) => r.test(normalised))) ko.add(entry.koOut);
  }
  return { ko: [...ko], en: [...en] };
}

/** The query plus the glossary equivalents in the language(s) it does not already use. */
export function expandQuery(query: string, lang: Lang): string {
  const { ko, en } = translateTerms(query);
  const extra = lang === 'ko' ? en : ko;
  return extra.length === 0 ? query : `${query} ${extra.join(' ')}`;
}
