import { countedNoun, headNoun } from '../text/head-noun.js';

/**
 * "What is the average salary of …", "What was the total annual budget for …", "…, what is the
 * backup date?": the noun phrase whose value is asked, up to three words between the article and
 * the preposition or the question's end, in the question's first clause or one after a comma.
 * English noun phrases end in their head, so its last word is what is asked and the rest qualify it.
 */
const EN_ASKED = /(?:^|[,;]\s*)\s*(?:what|which|who)\s+(?:is|are|was|were)\s+the\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)(?:\s+(?:of|in|for|at|on)\b|\s*\?\s*$)/i;

/**
 * "평균 연봉은 얼마", "입주 기업 수는 몇": the topic-marked noun before a value question word, with
 * the bare noun before it that modifies it (Korean modifiers come first; a word ending in a case
 * particle is a complement, "특구의", not part of the phrase).
 */
const KO_ASKED = /(?:(?<![\uAC00-\uD7AF])([\uAC00-\uD7AF]+)\s+)?([\uAC00-\uD7AF]+?)(?:은|는)\s+(?:얼마|몇|언제|어디|누구|무엇|뭐|어때)/u;
/** Endings of a Korean word that mark it as a complement or adverbial, not a modifier inside the phrase. */
const KO_PARTICLE_END = /(?:의|에|에서|에게|을|를|은|는|이|가|와|과|도|로|으로|만|까지|부터)$/u;

/**
 * The words of the phrase the question asks the value or count of, as typed: one word where
 * headNoun or countedNoun finds one, up to three where the phrase is longer ("average salary").
 * Empty when the question asks no value ("explain …", "왜 …").
 */
export function askedPhrase(question: string): string[] {
  const text = question.normalize('NFC');
  const en = EN_ASKED.exec(text)?.[1];
  if (en) return en.toLowerCase().split(/\s+/);
  const ko = KO_ASKED.exec(text);
  if (ko?.[2]) return ko[1] && !KO_PARTICLE_END.test(ko[1]) ? [ko[1], ko[2]] : [ko[2]];
  const one = headNoun(text) ?? countedNoun(text);
  return one ? [one] : [];
}

/** Korean question words asking for a value or a choice, where a noun phrase before them names what is asked. */
const KO_QUESTION_WORD = /^(?:얼마|몇|언제|어디|누구|무엇|뭐|뭔|어떤|어느|무슨)/u;
/** The topic or subject marker that closes the noun phrase asked about ("항목은 어떤 형식", "장소는 어디"). */
const KO_TOPIC_END = /^([\uAC00-\uD7AF]+?)(?:은|는|이|가)$/u;
/** A bare Korean or Latin word: a noun of the phrase, when it carries no particle (의 joins it to the next). */
const KO_BARE = /^[\uAC00-\uD7AFA-Za-z0-9·]+$/u;
/**
 * A verb's adnominal form ("등록된", "입력할", "올바른", "뽑힌"): a relative clause before the phrase,
 * not a noun of it. Only endings that close no common noun; others ("방문한", "찾아간") stay in.
 */
const KO_ADNOMINAL = /(?:된|던|할|될|른|힌|린|낸)$/u;
/**
 * Determiners of the whole ("전체 무게", "총 예산", "모든 항목"): they say how much of the thing is
 * asked, not which thing, and no document repeats them beside the value. (A clause ending in 때,
 * "발사대에서 뜰 때", says when, and closes the phrase as a verb form does.)
 */
const KO_WHOLE = /^(?:전체|총|모든|전부|각|각각)$/u;

/**
 * The words that qualify the thing asked about, as typed: "전기차 충전기 수 항목은 어떤 형식" →
 * 전기차, 충전기, 수; "우천 시 대체 장소는 어디" → 우천, 시, 대체; "the winning bid price of …" →
 * winning, bid. A Korean noun phrase puts its modifiers first, bare nouns or nouns with the genitive
 * 의, and ends in the topic-marked noun before the question word; a word with any other particle
 * ("표준데이터에서") is a complement of the verb, outside the phrase. Empty when there is no such phrase.
 */
export function askedModifiers(question: string): string[] {
  const text = question.normalize('NFC');
  const en = EN_ASKED.exec(text)?.[1];
  if (en) return en.toLowerCase().split(/\s+/).slice(0, -1);
  const tokens = text.split(/\s+/).filter(Boolean);
  const at = tokens.findIndex((t, i) => i > 0 && KO_QUESTION_WORD.test(t));
  if (at < 1 || !KO_TOPIC_END.test(tokens[at - 1] as string)) return [];
  const modifiers: string[] = [];
  for (let i = at - 2; i >= 0; i--) {
    const token = tokens[i] as string;
    const genitive = token.endsWith('의') && token.length > 1 ? token.slice(0, -1) : undefined;
    const word = genitive ?? token;
    if (!KO_BARE.test(word) || (!genitive && KO_PARTICLE_END.test(word)) || KO_ADNOMINAL.test(word) || word === '때') break;
    if (KO_WHOLE.test(word)) continue;
    modifiers.unshift(word);
  }
  return modifiers;
}
