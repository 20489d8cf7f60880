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

/** An explicit request for the answer's language ("(한국어로 답해 주세요)", "please answer in English"). */
const LANGUAGE_REQUEST =
  /\(?\s*(?:(한국어|한글)|영어)로\s*(?:답|대답|알려|설명|써|작성)[^\n)?.!]*[)?.!]?|\(?\s*(?:please\s+)?(?:answer|reply|respond|write)\s+in\s+(?:(korean)|english)\b[^\n)?.!]*[)?.!]?/giu;

/** Words that only an English sentence frame uses (a Korean question may hold English names, not these). */
const ENGLISH_FRAME =
  /\b(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|will|would|should|has|have|had|the|of|for|and|to)\b/gi;
/** A Korean predicate or question word: the sentence itself is Korean, whatever names it holds. */
const KOREAN_FRAME =
  /(?:무엇|뭐|뭔|언제|어디|얼마|몇|어떤|어떻게|누구|왜|인가|일까|나요|까요|세요|어요|아요|예요|에요|습니까|ㅂ니까|니까|는지|은지|었나|았나|했나|됐나|되나|하나|였어|었어|았어|했어|됐어|이야|인지)(?=[\s?.!)]|$)|[\uAC00-\uD7AF](?:다|요|까|니|야|죠)(?=[\s?.!)]|$)/u;

/**
 * The language a question should be answered in: an explicit request wins; otherwise the language
 * of the sentence frame, so "What does 산업용지은행제도 mean?" is English and "KICOX 계획은?" Korean; otherwise
 * the share of Hangul (detectLang). Also returns the question without the request.
 */
export function questionLang(question: string): { lang: Lang; question: string } {
  let requested: Lang | undefined;
  const rest = question.replace(LANGUAGE_REQUEST, (_match, korean?: string, koreanEn?: string) => {
    requested = korean || koreanEn ? 'ko' : 'en';
    return ' ';
  });
  const cleaned = rest.replace(/\s+/g, ' ').trim() || question;
  if (requested) return { lang: requested, question: cleaned };
  const hasHangul = /[\uAC00-\uD7AF]/.test(cleaned);
  const english = cleaned.match(ENGLISH_FRAME)?.length ?? 0;
  if (hasHangul && english >= 2 && !KOREAN_FRAME.test(cleaned)) return { lang: 'en', question: cleaned };
  return { lang: detectLang(cleaned), question: cleaned };
}
