import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { digitFigures, MONTHS as MONTH_NAMES, NUMBER_WORDS } from '../src/answer/figures.js';
import { joinThousands } from '../src/text/normalise.js';

/**
 * The Korean and English version of a corpus document must state the same facts: a citizen who
 * asks in Korean about a fact only the English version states gets a worse answer (and the
 * reverse). Figures are the checkable part of a fact, so each pair must state the same set of
 * figures once numbers are written one way: thousand separators dropped, 만/억/조 and
 * thousand/million/billion/trillion turned into plain values, English number words and month
 * names into digits, a day and month into one date token.
 */

const CORPUS = path.resolve('corpus');

const MONTHS = MONTH_NAMES.map((m) => `${m[0]?.toUpperCase()}${m.slice(1)}`);
// "one" is left out: it is mostly a pronoun ("one of its three task areas", "a complex, one 20 years old").
const UNITS = NUMBER_WORDS.slice(0, 20).map((w) => (w === 'one' ? '' : w));
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ENGLISH_SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12 };
const KOREAN_SCALE: Record<string, number> = { 천: 1e3, 백: 1e2, 만: 1e4, 억: 1e8, 조: 1e12 };
/** Native Korean numerals, counted only before a counter ("두 차례", "세 곳", "다섯 번째"). */
const KOREAN_NATIVE: Record<string, number> = { 한: 1, 첫: 1, 두: 2, 세: 3, 네: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9, 열: 10 };

/** A value as a canonical string: 36.3 × 10^12 and 36조 3천억 both give "36300000000000". */
function canonical(value: number): string {
  return String(Number(value.toPrecision(12)));
}

function englishWordValue(word: string): number | undefined {
  const w = word.toLowerCase();
  const unit = UNITS.indexOf(w);
  if (unit >= 0) return unit;
  const ordinal = ORDINALS.indexOf(w);
  if (ordinal > 0) return ordinal;
  const [tens, ones] = w.split('-');
  const t = TENS.indexOf(tens ?? '');
  if (t < 2) return undefined;
  if (ones === undefined) return t * 10;
  const o = ['', 'one', ...UNITS.slice(2, 10)].indexOf(ones);
  return o > 0 ? t * 10 + o : undefined;
}

/** The prose of a document: no front matter, no sources list, no URLs or source marker lines. */
function documentProse(markdown: string): string {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const lines: string[] = [];
  let inSources = false;
  for (const line of body.split('\n')) {
    if (/^#{1,6}\s/.test(line)) inSources = /^#{1,6}\s+(?:sources|출처)/i.test(line);
    if (inSources || /^(?:sources?|출처)\s*:\s*\S+\s*$/i.test(line)) continue;
    lines.push(line.replace(/https?:\/\/\S+/g, ' '));
  }
  return lines.join('\n');
}

/**
 * The figures a text states, as canonical tokens: plain values ("330억 원" and "KRW 33 billion"
 * both "33000000000"), months ("M6" for 6월 / June) and day-month dates ("D6-27" for 6월 27일 /
 * 27 June). A year is a plain value.
 */
function statedFigures(input: string): Set<string> {
  const figures = new Set<string>();
  let text = joinThousands(input);
  const take = (pattern: RegExp, emit: (m: RegExpExecArray) => string[] | undefined) => {
    text = text.replace(pattern, (...args) => {
      const m = args.slice(0, -2) as unknown as RegExpExecArray;
      const tokens = emit(m);
      if (!tokens) return m[0];
      for (const t of tokens) figures.add(t);
      return ' ';
    });
  };
  // ISO dates, then Korean and English day-month dates and months.
  take(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => [canonical(Number(m[1])), `M${Number(m[2])}`, `D${Number(m[2])}-${Number(m[3])}`]);
  take(/(?<![\d.])(\d{1,2})월(?:\s?(\d{1,2})일)?/g, (m) => [`M${Number(m[1])}`, ...(m[2] ? [`D${Number(m[1])}-${Number(m[2])}`] : [])]);
  take(new RegExp(`\\b(?:(\\d{1,2}) )?(${MONTHS.join('|')})\\b(?: (\\d{4})\\b)?`, 'g'), (m) => {
    const month = MONTHS.indexOf(m[2] ?? '') + 1;
    // "May" is a month only with a day or a year beside it.
    if (month === 5 && !m[1] && !m[3]) return undefined;
    return [`M${month}`, ...(m[1] ? [`D${month}-${Number(m[1])}`] : []), ...(m[3] ? [canonical(Number(m[3]))] : [])];
  });
  // Magnitudes: "36조 3천억 원", "4,076만㎡", "KRW 36.3 trillion", "$402.4bn". 조 is also an
  // article ("제3조", "80조의2"), so it counts as 10^12 only before 원/달러 or another group.
  const group = String.raw`\d+(?:\.\d+)?(?:천|백)?(?:만|억|조)`;
  take(new RegExp(String.raw`(?<![제\d.])${group}(?:\s?${group})*(?:\s?\d+(?:천|백)(?![만억조]))?(?:여)?(?=(\s?(?:원|달러))?)`, 'g'), (m) => {
    const phrase = m[0];
    if (phrase.endsWith('조') && !m[1]) return undefined;
    let total = 0;
    for (const g of phrase.matchAll(/(\d+(?:\.\d+)?)(천|백)?(만|억|조)?/g)) {
      total += Number(g[1]) * (g[2] ? (KOREAN_SCALE[g[2]] ?? 1) : 1) * (g[3] ? (KOREAN_SCALE[g[3]] ?? 1) : 1);
    }
    return [canonical(total)];
  });
  take(/(\d+(?:\.\d+)?)\s?(thousand|million|billion|trillion|bn|tn)\b/gi, (m) => [canonical(Number(m[1]) * (ENGLISH_SCALE[(m[2] ?? '').toLowerCase()] ?? 1))]);
  // Fractions: "3분의 1" and "one third".
  take(/(\d+)분의\s?(\d+)/g, (m) => [`F${m[2]}/${m[1]}`]);
  take(/\b(?:one|a) (third|quarter|half)\b/gi, (m) => [`F1/${{ third: 3, quarter: 4, half: 2 }[(m[1] ?? '').toLowerCase() as 'third']}`]);
  // Number words.
  take(/\b[A-Za-z]+(?:-[a-z]+)?\b/g, (m) => {
    const value = englishWordValue(m[0]);
    return value === undefined ? undefined : [canonical(value)];
  });
  take(/(?<![가-힣])(한|첫|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?(?=번째|째|차례|곳|개|가지|명)/g, (m) => [canonical(KOREAN_NATIVE[m[1] ?? ''] ?? 0)]);
  for (const figure of digitFigures(text)) figures.add(figure);
  return figures;
}

/** The ko/en pairs in corpus/, by document stem. */
function documentPairs(): { stem: string; ko: string; en: string }[] {
  const files = readdirSync(CORPUS);
  return files
    .filter((f) => f.endsWith('.ko.md'))
    .map((f) => f.slice(0, -'.ko.md'.length))
    .filter((stem) => files.includes(`${stem}.en.md`))
    .map((stem) => ({
      stem,
      ko: readFileSync(path.join(CORPUS, `${stem}.ko.md`), 'utf8'),
      en: readFileSync(path.join(CORPUS, `${stem}.en.md`), 'utf8'),
    }));
}

/**
 * Differences that are legitimate, per document: figure -> why only one language states it.
 * Keep this short; a figure belongs here only when the two versions say the same thing and only
 * the notation differs. None is needed today: every pair states the same figures.
 */
const ALLOWED: Record<string, Record<string, string>> = {};

describe('figure normaliser', () => {
  it('turns Korean and English magnitudes into the same value', () => {
    expect(statedFigures('330억 원')).toEqual(statedFigures('KRW 33 billion'));
    expect(statedFigures('230만 명')).toEqual(statedFigures('2.3 million people'));
    expect(statedFigures('36조 3천억 원')).toEqual(statedFigures('KRW 36.3 trillion'));
    expect(statedFigures('4,076만㎡')).toEqual(statedFigures('40.76 million m²'));
    expect(statedFigures('12만 8천 개')).toEqual(statedFigures('128,000 firms'));
    expect(statedFigures('3조 원, 4,024억 달러')).toEqual(statedFigures('KRW 3 trillion, USD 402.4 billion'));
  });

  it('reads dates, months, years, percentages and number words alike', () => {
    expect(statedFigures('2023년 6월 27일')).toEqual(statedFigures('27 June 2023'));
    expect(statedFigures('2025년 2월 5일부터 3월 17일까지')).toEqual(statedFigures('from 5 February to 17 March 2025'));
    expect(statedFigures('482개(37%)')).toEqual(statedFigures('482 (37%)'));
    expect(statedFigures('21개 지역, 7곳, 3분의 1')).toEqual(statedFigures('Twenty-one regions, seven complexes, one third'));
    expect(statedFigures('두 차례, 다섯 번째')).toEqual(statedFigures('two rounds, the fifth'));
  });

  it('keeps apart what differs', () => {
    expect(statedFigures('6월 27일')).not.toEqual(statedFigures('27 July'));
    expect(statedFigures('330억 원')).not.toEqual(statedFigures('KRW 3.3 billion'));
    // An article number is no trillion; "may" is no month.
    expect(statedFigures('제3조')).toEqual(new Set(['3']));
    expect(statedFigures('it may be')).toEqual(new Set());
  });
});

describe('Korean and English corpus documents state the same figures', () => {
  const pairs = documentPairs();

  it('finds the document pairs', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(12);
  });

  for (const { stem, ko, en } of pairs) {
    it(stem, () => {
      const koFigures = statedFigures(documentProse(ko));
      const enFigures = statedFigures(documentProse(en));
      const allowed = ALLOWED[stem] ?? {};
      const onlyKo = [...koFigures].filter((f) => !enFigures.has(f) && !(f in allowed));
      const onlyEn = [...enFigures].filter((f) => !koFigures.has(f) && !(f in allowed));
      expect({ onlyKo, onlyEn }).toEqual({ onlyKo: [], onlyEn: [] });
    });
  }

  // A fact carried over from the other language brings its source along.
  for (const { stem, ko, en } of pairs) {
    it(`${stem} names the same sources in both languages`, () => {
      const urls = (text: string) => [...new Set(text.match(/https?:\/\/[^\s,)]+/g) ?? [])].sort();
      expect(urls(ko)).toEqual(urls(en));
    });
  }
});
