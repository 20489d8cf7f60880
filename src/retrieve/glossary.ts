import { RecentPerTable } from '../core/recent.js';
import type { Lang } from '../core/types.js';
import type { TermPair } from '../text/term-pairs.js';
import { GLOSSARY } from './glossary-terms.js';

interface Compiled {
  ko: RegExp[];
  en: RegExp[];
  /** Every form lower-cased: a substring test rules an entry out before any regex runs. */
  forms: string[];
  /** Every form; the first on each side is the one added to queries. */
  koForms: readonly string[];
  enForms: readonly string[];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Korean attaches particles, so a form matches anywhere; English forms need word boundaries.
function compile([ko, en]: readonly [readonly string[], readonly string[]]): Compiled {
  return {
    // A Korean form never starts inside a number: "5년" must not match in "2025년".
    ko: ko.map((f) => new RegExp(/^[A-Za-z]+$/.test(f) ? `\\b${escapeRegExp(f)}\\b` : /^\d/.test(f) ? `(?<![\\d.,])${escapeRegExp(f)}` : escapeRegExp(f), 'i')),
    en: en.map((f) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(f)}(?:s|es)?(?![\\p{L}\\p{N}])`, 'iu')),
    forms: [...ko, ...en].map((f) => f.toLowerCase()),
    koForms: ko,
    enForms: en,
  };
}

const COMPILED: Compiled[] = GLOSSARY.map(compile);

/**
 * Forms by their first two characters, so a question looks up only the forms that could start at
 * each of its positions (the mined table holds thousands) and tests each where it would start.
 */
interface EntryIndex {
  /** `at` is the form's place in `entry.forms`, so the one regex compiled from it is known. */
  byPrefix: Map<string, { form: string; entry: Compiled; at: number }[]>;
  /** Entries with a one-character form: always tested. */
  short: Compiled[];
}

function indexEntries(entries: Compiled[]): EntryIndex {
  const byPrefix = new Map<string, { form: string; entry: Compiled; at: number }[]>();
  const short: Compiled[] = [];
  for (const entry of entries) {
    if (entry.forms.some((f) => f.length === 1)) short.push(entry);
    entry.forms.forEach((form, at) => {
      if (form.length < 2) return;
      const prefix = form.slice(0, 2);
      const list = byPrefix.get(prefix);
      if (list) list.push({ form, entry, at });
      else byPrefix.set(prefix, [{ form, entry, at }]);
    });
  }
  return { byPrefix, short };
}

const BUILT_IN = indexEntries(COMPILED);

/** Term pairs mined from the documents, compiled once per table (the table changes with the index). */
const minedCache = new WeakMap<readonly TermPair[], EntryIndex>();
function entriesWith(mined: readonly TermPair[] | undefined): EntryIndex {
  if (!mined || mined.length === 0) return BUILT_IN;
  let index = minedCache.get(mined);
  if (!index) {
    index = indexEntries([...COMPILED, ...mined.map((p) => compile([[p.ko], [p.en]]))]);
    minedCache.set(mined, index);
  }
  return index;
}

/**
 * The entries one of whose forms occurs in the text, in order of first occurrence, each with the
 * regexes worth running: those of the forms that occur (a regex only confirms a form's
 * boundaries, so one whose form is absent cannot match). Entries with a one-character form run all.
 */
function candidates(normalised: string, mined: readonly TermPair[] | undefined): { entry: Compiled; patterns: RegExp[] }[] {
  const lower = normalised.toLowerCase();
  const { byPrefix, short } = entriesWith(mined);
  const found = new Map<Compiled, Set<number>>(short.map((entry) => [entry, new Set(entry.forms.keys())]));
  for (let i = 0; i + 1 < lower.length; i++) {
    const forms = byPrefix.get(lower.slice(i, i + 2));
    if (!forms) continue;
    for (const { form, entry, at } of forms) {
      if (!lower.startsWith(form, i)) continue;
      const places = found.get(entry);
      if (places) places.add(at);
      else found.set(entry, new Set([at]));
    }
  }
  return [...found].map(([entry, places]) => {
    const all = [...entry.ko, ...entry.en];
    return { entry, patterns: [...places].sort((a, b) => a - b).map((at) => all[at] as RegExp) };
  });
}

/**
 * The other-language equivalents of the glossary terms found in `text`, as one string to append
 * to a search. Which side is matched follows the script present, so mixed queries work both ways.
 */
export function translateTerms(text: string, mined?: readonly TermPair[]): { ko: string[]; en: string[] } {
  return recentTranslations.get(mined, text, () => translate(text, mined));
}

/**
 * One ask looks up the same question (and its parts) in several steps; the answer depends only on
 * the text and the mined table, so the last few are kept per table (a new index, a new table).
 */
const recentTranslations = new RecentPerTable<{ ko: string[]; en: string[] }>(64);
const recentPhrases = new RecentPerTable<GlossaryMatch[]>(64);

function translate(text: string, mined?: readonly TermPair[]): { ko: string[]; en: string[] } {
  const ko = new Set<string>();
  const en = new Set<string>();
  const normalised = text.normalize('NFC');
  for (const { entry, patterns } of candidates(normalised, mined)) {
    for (const pattern of patterns) {
      if (!pattern.test(normalised)) continue;
      if (entry.ko.includes(pattern)) en.add(entry.enForms[0] ?? '');
      else ko.add(entry.koForms[0] ?? '');
    }
  }
  return { ko: [...ko], en: [...en] };
}

/** A glossary phrase found in a text, with its span and both sides of the entry. */
export interface GlossaryMatch {
  start: number;
  /** End including particles glued to a Korean term. */
  end: number;
  /** End of the glossary form itself. */
  coreEnd: number;
  /** The entry's first form on each side (the one added to queries). */
  ko: string;
  en: string;
  /** Every form of the entry: equivalents, any of which stands for the phrase. */
  koForms: readonly string[];
  enForms: readonly string[];
}

/**
 * Non-overlapping glossary matches in `text`, longest first, so "opportunity development zones"
 * is one match rather than three loose words.
 */
export function findGlossaryPhrases(text: string, mined?: readonly TermPair[]): GlossaryMatch[] {
  return recentPhrases.get(mined, text, () => findPhrases(text, mined));
}

function findPhrases(text: string, mined?: readonly TermPair[]): GlossaryMatch[] {
  const normalised = text.normalize('NFC');
  const found: GlossaryMatch[] = [];
  for (const { entry, patterns } of candidates(normalised, mined)) {
    for (const pattern of patterns) {
      const match = pattern.exec(normalised);
      if (!match) continue;
      // Particles and endings glued to a Korean term belong to it ("선정된", "기회발전특구의").
      const tail = /^[\uAC00-\uD7AF]{1,3}(?![\uAC00-\uD7AF])/.exec(normalised.slice(match.index + match[0].length));
      const glued = /[\uAC00-\uD7AF]$/.test(match[0]) && tail ? tail[0].length : 0;
      found.push({
        start: match.index,
        end: match.index + match[0].length + glued,
        coreEnd: match.index + match[0].length,
        ko: entry.koForms[0] ?? '',
        en: entry.enForms[0] ?? '',
        koForms: entry.koForms,
        enForms: entry.enForms,
      });
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: GlossaryMatch[] = [];
  for (const m of found) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

/** The query plus the glossary equivalents in the language(s) it does not already use. */
export function expandQuery(query: string, lang: Lang): string {
  const { ko, en } = translateTerms(query);
  const extra = lang === 'ko' ? en : ko;
  return extra.length === 0 ? query : `${query} ${extra.join(' ')}`;
}
