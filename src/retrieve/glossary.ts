import { RecentPerTable } from '../core/recent.js';
import type { Lang } from '../core/types.js';
import type { TermPair } from '../text/term-pairs.js';
import { GLOSSARY } from './glossary-terms.js';

/** One glossary entry: its forms on each side; the first on each side is the one added to queries. */
interface Entry {
  koForms: readonly string[];
  enForms: readonly string[];
}

/** A form as the scan looks for it: lower-cased, with the boundary rule of its side. */
interface Form {
  text: string;
  entry: Entry;
  side: Lang;
  /** Which boundaries a Korean form needs (see `koreanRule`); English forms always need word boundaries. */
  rule: 'word' | 'after-number' | 'none';
}

// Korean attaches particles, so a Korean form matches anywhere, with two exceptions: a Latin
// word ("KICOX") stands alone, and a form opening with a digit ("5년") never starts inside a
// number ("2025년").
function koreanRule(form: string): Form['rule'] {
  return /^[A-Za-z]+$/.test(form) ? 'word' : /^\d/.test(form) ? 'after-number' : 'none';
}

/**
 * Forms by their first two characters (one for a one-character form), so a question looks up only
 * the forms that could start at each of its positions (the mined table holds thousands).
 */
type FormIndex = Map<string, Form[]>;

function indexForms(entries: readonly Entry[]): FormIndex {
  const byPrefix = new Map<string, Form[]>();
  const add = (form: Form) => {
    if (form.text.length === 0) return;
    const prefix = form.text.slice(0, 2);
    const list = byPrefix.get(prefix);
    if (list) list.push(form);
    else byPrefix.set(prefix, [form]);
  };
  for (const entry of entries) {
    for (const ko of entry.koForms) add({ text: ko.toLowerCase(), entry, side: 'ko', rule: koreanRule(ko) });
    for (const en of entry.enForms) add({ text: en.toLowerCase(), entry, side: 'en', rule: 'word' });
  }
  return byPrefix;
}

const BUILT_IN_ENTRIES: Entry[] = GLOSSARY.map(([koForms, enForms]) => ({ koForms, enForms }));
const BUILT_IN = indexForms(BUILT_IN_ENTRIES);

/** Term pairs mined from the documents, indexed once per table (the table changes with the index). */
const minedCache = new WeakMap<readonly TermPair[], FormIndex>();
function formsWith(mined: readonly TermPair[] | undefined): FormIndex {
  if (!mined || mined.length === 0) return BUILT_IN;
  let index = minedCache.get(mined);
  if (!index) {
    index = indexForms([...BUILT_IN_ENTRIES, ...mined.map((p) => ({ koForms: [p.ko], enForms: [p.en] }))]);
    minedCache.set(mined, index);
  }
  return index;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ASCII_WORD = /\w/;
const isLetterOrDigit = (ch: string | undefined) => ch !== undefined && LETTER_OR_DIGIT.test(ch);
const isAsciiWord = (ch: string | undefined) => ch !== undefined && ASCII_WORD.test(ch);

/**
 * Where a form found at `start` ends as a match, or -1 when its boundaries fail. An English form
 * takes a plural ending ("zones" for "zone"), and neither side of it may touch a letter or digit.
 */
function matchEnd(lower: string, start: number, form: Form): number {
  const end = start + form.text.length;
  if (form.side === 'ko') {
    if (form.rule === 'word') return isAsciiWord(lower[start - 1]) || isAsciiWord(lower[end]) ? -1 : end;
    if (form.rule === 'after-number') return /[\d.,]/.test(lower[start - 1] ?? '') ? -1 : end;
    return end;
  }
  if (isLetterOrDigit(lower[start - 1])) return -1;
  for (const ending of ['s', 'es', '']) {
    if (lower.startsWith(ending, end) && !isLetterOrDigit(lower[end + ending.length])) return end + ending.length;
  }
  return -1;
}

/** A form found in the text with its bounds: every occurrence, in text order. */
interface Occurrence {
  form: Form;
  start: number;
  end: number;
}

/**
 * Lower-cased one character at a time, so positions in it are positions in the text (a few
 * characters, like "İ", grow when lower-cased as a whole string).
 */
function lowerInPlace(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : Array.from(text, (ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join('');
}

function occurrences(normalised: string, mined: readonly TermPair[] | undefined): Occurrence[] {
  const lower = lowerInPlace(normalised);
  const byPrefix = formsWith(mined);
  const found: Occurrence[] = [];
  for (let start = 0; start < lower.length; start++) {
    const pair = lower.slice(start, start + 2);
    // Two-character keys hold the longer forms, one-character keys the one-character forms.
    for (const key of pair.length === 2 ? [pair, pair[0] as string] : [pair]) {
      for (const form of byPrefix.get(key) ?? []) {
        if (!lower.startsWith(form.text, start)) continue;
        const end = matchEnd(lower, start, form);
        if (end >= 0) found.push({ form, start, end });
      }
    }
  }
  return found;
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
  for (const { form } of occurrences(text.normalize('NFC'), mined)) {
    if (form.side === 'ko') en.add(form.entry.enForms[0] ?? '');
    else ko.add(form.entry.koForms[0] ?? '');
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
  const seen = new Set<Form>();
  for (const { form, start, end: coreEnd } of occurrences(normalised, mined)) {
    // Each form counts at its first place only.
    if (seen.has(form)) continue;
    seen.add(form);
    // Particles and endings glued to a Korean term belong to it ("선정된", "기회발전특구의").
    const tail = /^[\uAC00-\uD7AF]{1,3}(?![\uAC00-\uD7AF])/.exec(normalised.slice(coreEnd));
    const glued = /[\uAC00-\uD7AF]$/.test(normalised.slice(start, coreEnd)) && tail ? tail[0].length : 0;
    const { koForms, enForms } = form.entry;
    found.push({ start, end: coreEnd + glued, coreEnd, ko: koForms[0] ?? '', en: enForms[0] ?? '', koForms, enForms });
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
