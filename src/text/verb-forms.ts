import { FINAL_SSANG_SIOS, jamoOf, syllableOf } from './hangul.js';

/**
 * The other forms of a Korean verb a question uses, made from its last syllable by the
 * conjugation rules of 표준국어대사전 and 한글 맞춤법 제34-36항: a stem ending in a vowel takes
 * the adnominal -ㄴ/-ㄹ, the nominal -ㅁ and the formal -ㅂ on its last syllable ("열리" → 열린,
 * 열릴, 열림, 열립니다) and fuses with -어/-아 and the past -었/-았 (열려, 열렸; 되 → 돼, 됐;
 * 하 → 해, 했; 보 → 봐, 봤; 주 → 줘, 줬). A question asks "언제 열렸어요" of a document that
 * writes "열린 행사에서": the same verb, which a search term of two syllables tells apart.
 */

// Medials by Unicode index.
const A = 0;
const AE = 1;
const EO = 4;
const YEO = 6;
const O = 8;
const WA = 9;
const WAE = 10;
const OE = 11;
const U = 13;
const WO = 14;
const EU = 18;
const I = 20;

/** A stem vowel and the vowel it fuses into with -어/-아 (ㅣ+ㅓ → ㅕ, ㅗ+ㅏ → ㅘ, ㅚ+ㅓ → ㅙ, ㅜ+ㅓ → ㅝ, ㅡ+ㅓ → ㅓ). */
const FUSED: ReadonlyMap<number, number> = new Map([
  [I, YEO],
  [O, WA],
  [OE, WAE],
  [U, WO],
  [EU, EO],
  [A, A],
  [EO, EO],
]);
const UNFUSED: ReadonlyMap<number, number> = new Map([
  [YEO, I],
  [WA, O],
  [WAE, OE],
  [WO, U],
]);

// Finals by Unicode index: ㄴ 4, ㄹ 8, ㅁ 16, ㅂ 17.
const ENDING_FINALS = [4, 8, 16, 17];
const HA = '하';

/** Syllables that are endings of their own (-던, -는, -은, -을 …), after the stem: no stem's last syllable. */
const ENDING_SYLLABLES = new Set(['던', '는', '은', '을', '든', '건', '면', '서', '고', '며']);

/** The last syllable of the verb's stem, read from the form the question uses; undefined when it cannot be told. */
function stemSyllable(last: string): string | undefined {
  if (ENDING_SYLLABLES.has(last)) return undefined;
  if (last === '해' || last === '했' || last === '한' || last === '할' || last === '함' || last === '합') return HA;
  const jamo = jamoOf(last);
  if (!jamo) return undefined;
  const unfused = UNFUSED.get(jamo.medial);
  // A fused vowel, with the past ㅆ or none ("렸", "려", "됐", "돼").
  if (unfused !== undefined && (jamo.final === 0 || jamo.final === FINAL_SSANG_SIOS)) return syllableOf({ ...jamo, medial: unfused, final: 0 });
  // An ending on a stem ending in a vowel ("린", "될", "림"): the syllable without it.
  if (FUSED.has(jamo.medial) && ENDING_FINALS.includes(jamo.final)) return syllableOf({ ...jamo, final: 0 });
  return undefined;
}

/** The forms of the stem's last syllable a document may write: bare, with an ending, fused with -어/-아 and the past. */
function syllableForms(stem: string): string[] {
  if (stem === HA) return ['하', '한', '할', '함', '합', '해', '했'];
  const jamo = jamoOf(stem);
  const fused = jamo === undefined ? undefined : FUSED.get(jamo.medial);
  if (!jamo || fused === undefined) return [];
  return [
    stem,
    ...ENDING_FINALS.map((final) => syllableOf({ ...jamo, final })),
    syllableOf({ ...jamo, medial: fused, final: 0 }),
    syllableOf({ ...jamo, medial: fused, final: FINAL_SSANG_SIOS }),
  ];
}

/**
 * The verb's other forms, each its syllables before the last and another last syllable ("열렸" →
 * 열리, 열린, 열릴, 열림, 열립, 열려, 열렸); none for a word of one syllable, whose forms are two
 * syllables of nothing else, or one whose last syllable tells no stem.
 */
export function verbForms(word: string): string[] {
  if (!/^[\uAC00-\uD7AF]{2,}$/u.test(word)) return [];
  const stem = stemSyllable(word.slice(-1));
  if (stem === undefined) return [];
  const before = word.slice(0, -1);
  // 하다 after one syllable ("정했", "정한"): its two-syllable forms sit inside other verbs (지정하다,
  // 선정한, 결정했), which a search term of two syllables cannot tell from it.
  if (stem === HA && before.length < 2) return [];
  return [...new Set(syllableForms(stem).map((s) => before + s))].filter((form) => form !== word);
}
