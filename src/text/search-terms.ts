const EN_STOPWORDS = new Set(
  'a an and are as at be by did do does for from had has have how in is it its of on or that the their this to was were what when where which who why will with about into than then there these those been being can could would should'.split(
    ' ',
  ),
);

const HANGUL_RUN = /[\uAC00-\uD7AF]+/g;

function stemEnglish(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * Lexical terms for BM25. Korean attaches particles to nouns ("산업단지는"), so Hangul runs become
 * overlapping syllable bigrams ("산업 업단 단지 지는"), which match "산업단지" whatever follows it.
 * Latin words are lower-cased, lightly stemmed and stripped of stop words; digit groups lose their
 * thousands separators so "1,330" and "1330" meet.
 */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  const cleaned = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/(\d),(?=\d{3}\b)/g, '$1');
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
