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
