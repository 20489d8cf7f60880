import type { Lang } from './types.js';

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/g;
const LATIN = /[A-Za-z]/g;

/** Korean if Hangul makes up a fair share of the letters; English otherwise. */
export function detectLang(text: string): Lang {
  const hangul = text.match(HANGUL)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  if (hangul === 0) return 'en';
  // Korean questions often contain Latin acronyms (AX, GX, KICOX); weigh Hangul syllables higher.
  return hangul * 2 >= latin ? 'ko' : 'en';
}

export function isLang(value: unknown): value is Lang {
  return value === 'ko' || value === 'en';
}
