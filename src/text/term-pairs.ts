/** A Korean term and its English equivalent, as a document writes them side by side. */
export interface TermPair {
  ko: string;
  en: string;
}

const HANGUL_TERM = /^[\uAC00-\uD7AF][\uAC00-\uD7AF\d·\s]*[\uAC00-\uD7AF\d]$|^[\uAC00-\uD7AF]{2,}$/u;
const LATIN_TERM = /^[A-Za-z][A-Za-z0-9'’.\- ]*[A-Za-z0-9]$/;
/** Words that end an English phrase when reading backwards from "(한글)". */
const PHRASE_BREAK = new Set(
  'the a an is are was were be been called named known as by to for in on at with its their this that these those from under into than which who whose where when and or of including namely such like'.split(
    ' ',
  ),
);
/** Inside a capitalised name, these may join its words ("Ministry of Trade, Industry and Energy"). */
const NAME_JOINERS = new Set(['of', 'and', 'for', 'on', 'the']);
/** Korean particles that may follow a term before its parenthesis ("특구는(…)" is rare but occurs). */
const KO_TRAILING = /(?:은|는|이|가|을|를|의|에|와|과|로|으로)$/u;

function cleanEnglish(words: string[]): string | undefined {
  const phrase = words
    .join(' ')
    .replace(/[,;:]+$/, '')
    .trim();
  if (phrase.length < 3 || !LATIN_TERM.test(phrase)) return undefined;
  return phrase;
}

/** The English phrase that ends right before an offset: a capitalised name, or up to five plain words. */
function englishBefore(text: string, end: number): string | undefined {
  const words = text
    .slice(Math.max(0, end - 160), end)
    .trimEnd()
    .split(/\s+/);
  const taken: string[] = [];
  const capitalised = /^[A-Z]/.test(words[words.length - 1] ?? '');
  for (let i = words.length - 1; i >= 0 && taken.length < 8; i--) {
    const raw = words[i] ?? '';
    const word = raw.replace(/^[("'“‘]+/, '');
    if (/[.!?)"”]$/.test(raw) && taken.length > 0) break;
    const lower = word.toLowerCase();
    if (capitalised) {
      if (/^[A-Z]/.test(word)) taken.unshift(word);
      else if (NAME_JOINERS.has(lower) && taken.length > 0 && /^[A-Z]/.test(words[i - 1] ?? '')) taken.unshift(word);
      else break;
    } else {
      if (PHRASE_BREAK.has(lower) || !/^[a-z][a-z-]*[,]?$/.test(word) || taken.length >= 5) break;
      taken.unshift(word);
    }
    if (/^[("'“‘]/.test(raw)) break;
  }
  while (taken.length > 0 && NAME_JOINERS.has((taken[0] ?? '').toLowerCase())) taken.shift();
  // "under the Act (인허가 의제사항)": one capitalised word after "the" points back at a name given
  // earlier; the parenthesis glosses something else.
  const before = (words[words.length - 1 - taken.length] ?? '').toLowerCase();
  if (capitalised && taken.length === 1 && before === 'the') return undefined;
  return cleanEnglish(taken.map((w) => w.replace(/,$/, '')));
}

/** The Korean term (one eojeol, or a spaced compound of Hangul words) glued before an offset. */
function koreanBefore(text: string, end: number): string | undefined {
  const match = /([\uAC00-\uD7AF\d·]+)$/u.exec(text.slice(Math.max(0, end - 40), end));
  const term = match?.[1]?.replace(KO_TRAILING, '');
  return term && /[\uAC00-\uD7AF]{2,}/u.test(term) ? term : undefined;
}

/**
 * Bilingual term pairs a document writes inline: "industrial land bank (산업용지은행)",
 * "기회발전특구(Opportunity Development Zones)", "KICOX, 한국산업단지공단". Inside the parenthesis
 * the first Hangul (or Latin) item is taken; acronyms before a comma are skipped.
 */
export function mineTermPairs(text: string): TermPair[] {
  const pairs: TermPair[] = [];
  for (const match of text.normalize('NFC').matchAll(/\(([^()\n]{2,80})\)/gu)) {
    const at = match.index ?? 0;
    const inner = (match[1] ?? '').split(/[,;]\s*/).map((s) => s.trim());
    const hangul = inner.find((s) => HANGUL_TERM.test(s));
    const latin = inner.filter((s) => LATIN_TERM.test(s) && !/^[A-Z0-9]{2,8}$/.test(s)).sort((a, b) => b.length - a.length)[0];
    if (hangul) {
      const en = englishBefore(text, at);
      // A gloss of more words than the plain phrase before it glosses a longer phrase ("the industry
      // minister of the time (산업자원부 장관)" is no pair of "time"); a name is often shorter in
      // English than its Korean title ("Industrial Cluster Act").
      if (en && (/^[A-Z]/.test(en) || hangul.split(/\s+/).length <= en.split(/\s+/).length)) pairs.push({ ko: hangul, en });
    } else if (latin) {
      const ko = koreanBefore(text, at);
      if (ko) pairs.push({ ko, en: latin });
    }
  }
  return pairs;
}

/**
 * The term table: one English side per Korean term (the most frequent). An English side written
 * for several different Korean terms is a generic word caught by the phrase heuristic
 * ("industrial complexes"), and a web address is a source name, not a term: both are dropped.
 */
export function termTable(pairs: Iterable<TermPair>): TermPair[] {
  const counts = new Map<string, Map<string, number>>();
  for (const { ko, en } of pairs) {
    const key = en.toLowerCase();
    if (/\.[a-z]{2,}$/.test(key)) continue;
    const byEn = counts.get(ko) ?? new Map<string, number>();
    byEn.set(key, (byEn.get(key) ?? 0) + 1);
    counts.set(ko, byEn);
  }
  const chosen = [...counts].map(([ko, byEn]) => ({ ko, en: [...byEn].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '' }));
  const koPerEn = new Map<string, number>();
  for (const p of chosen) koPerEn.set(p.en, (koPerEn.get(p.en) ?? 0) + 1);
  return chosen.filter((p) => p.en.length >= 3 && (koPerEn.get(p.en) ?? 0) === 1);
}
