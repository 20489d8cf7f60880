import { jamoOf } from './hangul.js';
import { KO_BOUND_AFTER_ADNOMINAL, KO_ONE_SYLLABLE_ENDINGS } from './lexicon/ko.js';

/**
 * Whether a Korean word of a question may be a verb form, read from its syllables alone: Korean marks
 * a verb form by its ending, which some nouns happen to end with too.
 */

/**
 * The adnominal endings as syllables of their own (-는, -은, -을, -던) and fused into the light verbs
 * 하다 and 되다 (한, 된, 할, 될). Other fused forms are left out: their syllables begin nouns as often
 * ("선거", "현대", "반대").
 */
const ADNOMINAL_SYLLABLES = new Set(['는', '은', '을', '던', '한', '된', '할', '될']);

const ONE_SYLLABLE_ENDINGS = new Set(KO_ONE_SYLLABLE_ENDINGS);
const BOUND_AFTER_ADNOMINAL = new Set(KO_BOUND_AFTER_ADNOMINAL);

/**
 * A word that reads as a stem and an ending, though a noun could be spelt the same: a one-syllable
 * stem with a one-syllable connective ending ("말고", "가려"), or an adnominal form with a
 * bound noun typed onto it ("처리해주는거"). Ambiguous alone ("국가", "근거" are nouns), so it is
 * weighed as a verb only when the documents never use the word (answerability.ts). An adnominal
 * fused into a longer word ("담긴", "망한") is not read so: it is as often the event asked about
 * ("망한 데", "떨어진 곳") as a paraphrase, and the syllables cannot tell which (measured).
 */
export function looksInflected(token: string): boolean {
  if (!/^[\uAC00-\uD7AF]{2,}$/u.test(token)) return false;
  const last = token.slice(-1);
  const before = token.slice(-2, -1);
  if (token.length === 2 && ONE_SYLLABLE_ENDINGS.has(last)) return true;
  if (withAuxiliary(token)) return true;
  return BOUND_AFTER_ADNOMINAL.has(last) && ADNOMINAL_SYLLABLES.has(before);
}

/**
 * A verb's -아/-어 form and a second verb typed as one word with any ending: the auxiliary 주다
 * (표준국어대사전 '주다' 보조 동사: "깎아주는", "빼주는", "넣어준다던") and the compounds of 오다
 * ("들여오는", "들어와요", "돌아온"). The infinitive is its own syllable 아/어/여, or fused into a stem
 * ending in ㅐ, ㅘ, ㅙ or ㅝ ("빼", "봐", "돼", "줘"). A place named with 주 ("파주", "여주") ends in
 * another vowel or is no -어 form; the particle 와 ends a noun ("단어와"), so 와 needs an ending after it.
 */
const AUXILIARY = /([\uAC00-\uD7AF])(?:[주오][\uAC00-\uD7AF]|와[\uAC00-\uD7AF]|[준줄줌줬온올옴왔])[\uAC00-\uD7AF]*$/u;
const INFINITIVE_SYLLABLES = new Set(['아', '어', '여']);
/** ㅐ, ㅘ, ㅙ, ㅝ in the order of the Unicode medials. */
const FUSED_INFINITIVE_VOWELS = new Set([1, 9, 10, 14]);

function withAuxiliary(token: string): boolean {
  const match = AUXILIARY.exec(token);
  if (!match?.[1] || match.index === undefined) return false;
  const infinitive = match[1];
  const jamo = jamoOf(infinitive);
  return INFINITIVE_SYLLABLES.has(infinitive) ? match.index > 0 : jamo !== undefined && jamo.final === 0 && FUSED_INFINITIVE_VOWELS.has(jamo.medial);
}
