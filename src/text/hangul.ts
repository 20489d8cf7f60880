/**
 * A precomposed Hangul syllable as its jamo indices (Unicode's arithmetic: 19 initials, 21 medials,
 * 28 finals, final 0 meaning none), and back. One place for the grammar readings that look inside
 * a syllable (a past-tense ㅆ, a contracted vowel) and for the typo repair that changes one jamo.
 */
const BASE = 0xac00;
export const INITIALS = 19;
export const MEDIALS = 21;
export const FINALS = 28;

export interface Jamo {
  initial: number;
  medial: number;
  final: number;
}

/** The jamo of one precomposed syllable, or undefined for anything else. */
export function jamoOf(syllable: string | undefined): Jamo | undefined {
  const code = (syllable?.codePointAt(0) ?? 0) - BASE;
  if (syllable === undefined || syllable.length !== 1 || code < 0 || code >= INITIALS * MEDIALS * FINALS) return undefined;
  return { initial: Math.floor(code / (MEDIALS * FINALS)), medial: Math.floor((code % (MEDIALS * FINALS)) / FINALS), final: code % FINALS };
}

export function syllableOf({ initial, medial, final }: Jamo): string {
  return String.fromCodePoint(BASE + (initial * MEDIALS + medial) * FINALS + final);
}

/** Finals by index (Unicode order): ㅆ is 20. */
export const FINAL_SSANG_SIOS = 20;

/** The pairs of particles whose form follows the syllable before them (표준국어대사전: 이/가, 은/는, 을/를, 과/와, 으로/로, 이랑/랑). */
const PARTICLE_FORMS: Record<string, [afterConsonant: string, afterVowel: string]> = {
  이: ['이', '가'],
  가: ['이', '가'],
  은: ['은', '는'],
  는: ['은', '는'],
  을: ['을', '를'],
  를: ['을', '를'],
  과: ['과', '와'],
  와: ['과', '와'],
  으로: ['으로', '로'],
  로: ['으로', '로'],
  이랑: ['이랑', '랑'],
  랑: ['이랑', '랑'],
};

/** Final ㄹ, after which 으로 is 로 as after a vowel ("서울로"). */
const FINAL_RIEUL = 8;

/** The particle's form after the word: the consonant form after a final consonant, else the vowel form. */
export function particleAfter(word: string, particle: string): string {
  const forms = PARTICLE_FORMS[particle];
  const jamo = jamoOf(word.at(-1));
  if (!forms || !jamo) return particle;
  if (jamo.final === 0 || (forms[0] === '으로' && jamo.final === FINAL_RIEUL)) return forms[1];
  return forms[0];
}
