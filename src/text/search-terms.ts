import { joinThousands } from './normalise.js';

const EN_STOPWORDS = new Set(
  'a an and are as at be by did do does for from had has have how in is it its of on or that the their this to was were what when where which who why will with about into than then there these those been being can could would should'.split(
    ' ',
  ),
);

const HANGUL_RUN = /[\uAC00-\uD7AF]+/g;
/** Single Latin letters joined by a slash, dot, ampersand or middle dot ("P/T", "R&D", "Q.A"): an initialism. */
const JOINED_LETTERS = /(?<![\p{L}\p{N}])[a-z](?:[/.&·][a-z])+(?![\p{L}\p{N}])/gu;
/** One-syllable words joined by middle dots ("시·도", "시·군·구", "시·도의"), not longer ones ("소재·부품"). */
const DOTTED_SYLLABLES = /(?<![\uAC00-\uD7AF])[\uAC00-\uD7AF](?:[·ㆍ][\uAC00-\uD7AF](?=[·ㆍ]))*[·ㆍ][\uAC00-\uD7AF]/gu;

/**
 * Light suffix stripping so the forms people use meet the forms documents use ("received" /
 * "receive", "designated" / "designation" stay apart, "planning" / "plan" meet): plural, past and
 * progressive endings, and a final silent e.
 */
function stemEnglish(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 4 && /([a-z])\1$/.test(w) && !/(ll|ss)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/**
 * Lexical terms for BM25. Korean attaches particles to nouns ("산업단지는"), so Hangul runs become
 * overlapping syllable bigrams ("산업 업단 단지 지는"), which match "산업단지" whatever follows it.
 * Latin words are lower-cased, lightly stemmed and stripped of stop words; digit groups lose their
 * thousands separators so "1,330" and "1330" meet.
 */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  const cleaned = joinThousands(text.normalize('NFC').toLowerCase());
  // Single syllables joined by a middle dot abbreviate a list ("시·도" for 시 and 도, "읍·면"), and
  // people type them without it ("시도"): the joined spelling is a term of the text too.
  for (const m of cleaned.matchAll(DOTTED_SYLLABLES)) {
    const joined = m[0].replace(/[·ㆍ]/gu, '');
    for (let i = 0; i + 1 < joined.length; i++) terms.push(joined.slice(i, i + 2));
  }
  // Initialisms are written with and without their marks ("P/T" and "PT", "R&D" and "RnD" aside):
  // the joined letters are a term of the text too.
  for (const m of cleaned.matchAll(JOINED_LETTERS)) terms.push(m[0].replace(/[/.&·]/gu, ''));
  for (const token of cleaned.split(/[^\p{L}\p{N}]+/u)) {
    if (!token) continue;
    let last = 0;
    for (const run of token.matchAll(HANGUL_RUN)) {
      const before = token.slice(last, run.index);
      if (before) terms.push(...latinTerms(before));
      const syllables = run[0];
      if (syllables.length === 1) terms.push(syllables);
      for (let i = 0; i + 1 < syllables.length; i++) terms.push(syllables.slice(i, i + 2));
      last = (run.index ?? 0) + syllables.length;
    }
    const rest = token.slice(last);
    if (rest) terms.push(...latinTerms(rest));
  }
  return terms;
}

function latinTerms(token: string): string[] {
  if (EN_STOPWORDS.has(token)) return [];
  return [/^\d+$/.test(token) ? token : stemEnglish(token)];
}

export function searchTermString(text: string): string {
  return searchTerms(text).join(' ');
}
