import { isEnglishPredicate } from '../text/en-predicate.js';
import type { EnglishWords } from '../text/english-words.js';
import { expandKoreanAbbreviations } from '../text/ko-abbreviations.js';
import { EN_ABBREVIATIONS, EN_FILLERS } from '../text/lexicon/en.js';
import { KO_CHAT_SYLLABLES, KO_CHAT_WORDS, KO_FILLERS, KO_SPOKEN_ENDINGS } from '../text/lexicon/ko.js';
import { searchTerms } from '../text/search-terms.js';
import { nameDescribedTerms } from './described-terms.js';
import { mendKoreanTypos } from './korean-spelling.js';
import type { Vocabulary } from './vocabulary.js';

export type { Vocabulary } from './vocabulary.js';

/** The corpus's document frequencies with the general English word list, when there is one. */
export function spellingVocabulary(stats: Vocabulary, words?: EnglishWords): Vocabulary {
  return words ? { df: (term) => stats.df(term), isWord: (word) => words.has(word) } : stats;
}

/**
 * A vocabulary that also takes `words` for real words: a romanised name an upload holds ("Jincheon")
 * is no misspelling of the corpus word one edit away ("Incheon").
 */
export function withKnownWords(vocabulary: Vocabulary, words: ReadonlySet<string>): Vocabulary {
  if (words.size === 0) return vocabulary;
  return { df: (term) => vocabulary.df(term), isWord: (word) => words.has(word) || (vocabulary.isWord?.(word) ?? false) };
}

export interface NormalisedQuestion {
  /** The question in the documents' register: fillers gone, abbreviations spelled out, typos mended. */
  question: string;
  /** What changed, for the answer log ("goverment→government", "-한줄요약"). */
  changes: string[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const HANGUL = '\\uAC00-\\uD7AF';
/** A token's end: punctuation, space or the end of the text. */
const END = '(?=[\\s?.!,~)]|$)';

/** Whole-word patterns, longest first so "heard something like that" goes before "heard". */
function wordPattern(words: readonly string[], latin: boolean): RegExp {
  const sorted = [...words].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return latin
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`, 'giu')
    : new RegExp(`(?<![${HANGUL}])(?:${sorted.join('|')})${END}`, 'gu');
}

/**
 * The closing formula of a written request, spaced or joined to its verb as people type it
 * ("확인해 주시기 바랍니다", "알려주시기 바랍니다", "정리해주십시오"): it goes like any filler,
 * and the verb it was joined to then reads as a request verb instead of a word of the topic.
 */
const KO_WRITTEN_REQUEST = new RegExp(`\\s?주(?:시기|시길)\\s*(?:를\\s*)?(?:바랍니다|바람|원합니다|부탁드립니다)${END}|\\s?주십시오${END}`, 'gu');

/**
 * A question after the question proper that only checks the asker's guess at the answer, which the
 * answer confirms or corrects: one word closed by the copula ("본사 어디야? 서울임?", "…? 부산인가?"),
 * "Is it Seoul?", or a confirmation question (확인 의문문) closed by a negated copula or 맞다 ("…?
 * 서울에 있는 거 아니었냐", "isn't it in Seoul?"). Read as part of the question it would be taken as given.
 */
const GUESS = new RegExp(
  `(?<=[?.!]\\s*)(?:(?:[${HANGUL}]{1,8}(?:이야|인가|인가요|이냐|이에요|예요|인지|임)|(?:is|isn't|wasn't) it (?:in |at )?[A-Z][a-z]+)\\s*\\?+|[^?.!]{1,30}?(?:아니었냐|아니었어|아니었나|아니었나요|아니었어요|아니야|아니냐|아닌가|아닌가요|아니에요|아닌지|아님|맞지|맞죠|맞나요|맞냐)\\s*\\?*)\\s*$`,
  'u',
);

const EN_FILLER = wordPattern(EN_FILLERS, true);
/**
 * The document a request asks to be written ("prepare a short briefing note on …", "give me a quick
 * summary of …", "an overview of …", "a note for the director on …"): the answer has one form, and
 * what it is on is the question; whom it is for is the asker's business, as in EN_PURPOSE_FRAME.
 */
const EN_ANSWER_FORM =
  /(?<![\p{L}\p{N}])(?:(?:a|an|the)\s+)?(?:(?:short|brief|quick|concise|one-page|two-page)\s+)?(?:briefing(?:\s+(?:note|paper|memo))?|summary|overview|rundown|memo|note)\s+(?:for\s+(?:the|my|our|a|an)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+)?(?:on|of|about)(?![\p{L}\p{N}])/giu;
/**
 * Hearsay that opens the question ("my uncle says …", "a friend told me that …"), like the listed
 * "someone told me": who said it is no part of what is asked. Only at the start: "what has a
 * minister said about …" asks for the statement.
 */
const EN_HEARSAY = /^\s*(?:my|a|some|our)\s+[a-z]+\s+(?:says|said|told me|thinks|reckons|claims)(?:\s+that)?(?![\p{L}\p{N}])/iu;
const KO_FILLER = wordPattern(KO_FILLERS, false);
const EN_ABBREVIATION = new Map(EN_ABBREVIATIONS.map(([s, l]) => [s.toLowerCase(), l]));
const EN_ABBREVIATION_PATTERN = wordPattern(
  EN_ABBREVIATIONS.map(([s]) => s),
  true,
);
const KO_CHAT_WORD = new Map(KO_CHAT_WORDS);
const KO_CHAT_WORD_PATTERN = new RegExp(`(?<![${HANGUL}])(?:${[...KO_CHAT_WORD.keys()].sort((a, b) => b.length - a.length).join('|')})${END}`, 'gu');
/** A chat syllable stands for the standard one before an ending ("햇음", "엿어", "잇나"), not inside a stem ("잇따라"). */
const KO_CHAT_SYLLABLE = new RegExp(`(${KO_CHAT_SYLLABLES.map(([c]) => c).join('|')})(?=음|어|나|냐|다|는데|지|고|${END})`, 'gu');
const KO_CHAT_SYLLABLE_MAP = new Map(KO_CHAT_SYLLABLES);
const KO_SPOKEN_ENDING = new RegExp(`([${HANGUL}]+?)(?:${[...KO_SPOKEN_ENDINGS].sort((a, b) => b.length - a.length).join('|')})(?=\\s*(?:[?.!~]|$))`, 'gu');
/** One-syllable words a spoken ending may close ("뭐임", "거임"). */
const SHORT_STEMS = new Set(['뭐', '왜', '거', '몇', '뭔']);
/** Circled and parenthesised numbers and letters ("① … ② …", "⑴", "❶"): they number the parts, they are no words. */
const ENUMERATOR = /[\u2460-\u24FF\u2776-\u2793\u3251-\u325F\u32B1-\u32BF]/gu;
/**
 * The verb of a written request opening the question ("State the statute …", "Provide the date …",
 * "Name the bodies …"): it asks for the answer, as "tell" and "list" do, and is no topic. Only at
 * the start and before what is asked for, since "state" and "name" are nouns elsewhere.
 */
const EN_REQUEST_VERB =
  /^\s*(?:state|provide|name|identify|specify|summari[sz]e|outline|confirm|set out|prepare|write|compile|give me)\s+(?=(?:the|a|an|all|each|every|both|any|which|what|who|when|where|how|whether)\b)/iu;
/** Compatibility jamo typed alone ("ㄱㄱ", "ㅋㅋ", "ㅠㅠ"): chat signals, never words. */
const JAMO_RUN = /[\u3131-\u318E]+/gu;
/**
 * A year written with two digits in chat ("24년말", "'23년 기준", "23년에"): the documents write
 * four. Only with an apostrophe, a part of the year or a particle of time after it, since "20년
 * 이상", "10년간" and "20년에 걸쳐" are durations.
 */
const TWO_DIGIT_YEAR = /(?<![\d.,])(?:'(\d{2})(?=년)|(\d{2})(?=년\s*(?:말|초|도|기준|상반기|하반기|\d{1,2}\s*월|부터|까지|엔|에(?!\s*걸쳐))))/gu;
/**
 * An edition in native Korean words ("첫 회", "첫 차"): the documents number editions and rounds with
 * digits ("1회(2022년)", "제1회", "1차"), so the question is read with the digit. Only 첫 ("맨 처음의",
 * 표준국어대사전) before 회 or 차: "첫 번째 라인", "두 번째로" order things the documents number
 * otherwise ("1호기"). The counter stands alone or before a particle: "첫 회의" is a first meeting,
 * "첫 차례" a first turn.
 */
/**
 * The suffix -쯤 "about" on a figure ("2018년쯤", "10월쯤", "100개쯤": 표준국어대사전, '정도'의 뜻을
 * 더하는 접미사): the figure asked is the figure written, which documents never hedge so.
 */
const KO_ABOUT = /(?<=\d[\d,.]*\s*[\uAC00-\uD7AF]{0,2})쯤/gu;
/**
 * The suffix -짜리 on a figure or a counted unit ("몇 미터짜리", "10만 원짜리", "3일짜리": 표준국어대사전,
 * '그만한 수나 양을 가진 것' 또는 '그만한 가치를 가진 것'의 뜻을 더하는 접미사): the figure asked is the
 * figure written, which documents state without it ("10m×8m 이상").
 */
const KO_WORTH = /(?<=(?:\d[\d,.]*|몇)\s*[\uAC00-\uD7AF]{0,4})짜리/gu;
/**
 * A figure "passed" is a figure exceeded ("20년 넘은", "100개 넘게": 표준국어대사전 넘다, 일정한 시간,
 * 시기, 범위 따위에서 벗어나 지나다), which documents write with 이상 ("20년 이상").
 */
const KO_BEYOND = /(?<=\d[\d,.]*\s*[\uAC00-\uD7AF]{0,2})\s*(?:넘은|넘는|넘게|넘어|넘긴)(?![\uAC00-\uD7AF])/gu;
/**
 * The determiner 맨 "the very" (표준국어대사전: 더할 수 없을 정도나 경지에 있음을 나타내는 말) typed onto
 * the word it grades ("맨처음", "맨앞", "맨마지막"), as chat often writes it: it is a word of its own.
 */
const KO_VERY = /(?<![\uAC00-\uD7AF])맨(?=처음|앞|뒤|끝|마지막|위|아래|먼저|나중)/gu;
const KO_FIRST_EDITION = /(?<![\uAC00-\uD7AF])첫\s*(회|차)(?=(?:에서|에|때|는|은|가|이|를|을|도|부터|까지|엔|로)?(?![\uAC00-\uD7AF]))/gu;
/** The rest of the question is a request ("… 확인해 주시기 바랍니다", "알려줘"), not a question about the framing's topic. */
const KO_REQUEST_AHEAD = '(?=[^?]*(?:주시기|주십시오|주세요|부탁|알려|줘|바랍니다|바람)[^?]*$)';

/**
 * The asker's own task framing a request ("보고자료 작성을 위해 …해 주시기 바랍니다", "For the
 * minister's briefing: what …"): officials say what the answer is for, which no passage is about.
 * So does a purpose clause with -도록/-게 ("보고자료에 넣을 수 있도록 …해 주시기 바랍니다", 표준국어대사전
 * -도록 '앞의 내용이 뒤에서 가리키는 일의 목적이나 결과, 방식, 정도 따위가 됨'). Only before a request,
 * so "청년 고용을 위해 무엇을 하나요?" keeps its topic.
 */
const KO_PURPOSE_FRAME = new RegExp(
  `^\\s*[^?\\s][^?]{0,30}?(?:(?:을|를)\\s*위(?:해|하여)(?:서)?|(?:ㄹ|을|할|쓸|넣을|볼)?\\s*수\\s*있(?:도록|게))\\s*,?\\s*${KO_REQUEST_AHEAD}`,
  'u',
);
/**
 * "보고서용으로 정리해 주세요", "장관 업무보고용으로 …": the document or meeting the answer is for (a
 * compound may name its kind: 업무보고, 국회보고, 내부검토), and the office holder it is for, before a request.
 */
const KO_READER = '(?:장관|차관|청장|실장|국장|과장|팀장|위원장|기관장|원장|대표|간부|윗선|상부)';
/**
 * "…를 보고서에 반영하고자 하니 정리해 주시기 바랍니다": where the answer is to go, with the intention
 * ending -고자/-려고 (표준국어대사전 -고자 '어떤 행동을 할 의도나 욕망을 가지고 있음을 나타내는 연결 어미'),
 * before a request. The writing or meeting named is the asker's, as with -용으로 (KO_TASK_USE).
 */
const KO_TASK_INTO = new RegExp(
  `(?<![\\uAC00-\\uD7AF])(?:${KO_READER}님?\\s*)?[\\uAC00-\\uD7AF]{0,4}?(?:보고서|보고자료|자료|브리핑|발표|회의|업무보고)에\\s*(?:반영|포함|활용|인용|참고|넣|담)(?:하|으)?(?:고자|려고|려)\\s*(?:하니|하오니|하는데|하니까|합니다)\\s*,?\\s*${KO_REQUEST_AHEAD}`,
  'u',
);
const KO_TASK_USE = new RegExp(
  `(?<![\\uAC00-\\uD7AF])(?:${KO_READER}\\s*)?[\\uAC00-\\uD7AF]{0,4}?(?:보고서|보고|브리핑|발표|회의|업무|참고|검토)용으로\\s*${KO_REQUEST_AHEAD}`,
  'u',
);
/**
 * "For the minister's briefing: what …", "For an internal memo, please list …", "For the file: on what
 * date …": the colon or the comma closes the frame, before a question (a preposition may lead it) or a request.
 * The frame ends in the kind of writing or meeting the answer goes into, as the Korean -용으로 names
 * one (KO_TASK_USE); "For the 2025 grant call, how much …" names the question's topic and stays.
 */
const EN_ANSWER_USE =
  '(?:briefing|brief|memo|memorandum|note|notes|report|file|record|records|presentation|speech|talk|meeting|session|hearing|review|summary|update|newsletter|handout|article|release|background|dossier|pack|one-pager|write-up|slides?|deck|draft|minutes|paper|reference)';
const EN_PURPOSE_FRAME = new RegExp(
  `^\\s*for (?:the|my|our|a|an|this) [^:,?]{0,40}?\\b${EN_ANSWER_USE}[:,]\\s*(?=(?:(?:on|in|at|by|from|since|until|to|for)\\s+)?(?:what|which|who|whom|when|where|how|why|please|list|give|tell)\\b)`,
  'iu',
);

/**
 * Words long enough that one edit rarely makes another English word: "parks" and "fixes" are words
 * the corpus may lack, "goverment" is a typo.
 */
const LATIN_WORD = /(?<![\p{L}\p{N}])[A-Za-z]{7,}(?![\p{L}\p{N}])/gu;

/**
 * Reads a question as the documents would phrase it, before anything else looks at it: chat
 * fillers and spoken endings go, common abbreviations are spelled out, and an English word the
 * corpus never uses becomes the one corpus word a single edit away (a typo), when there is one.
 */
export function normaliseQuestion(input: string, vocabulary?: Vocabulary): NormalisedQuestion {
  const changes: string[] = [];
  const note = (from: string, to: string) => {
    if (from !== to) changes.push(to.trim() ? `${from.trim()}→${to.trim()}` : `-${from.trim()}`);
  };
  // Each step rewrites what its pattern matches and notes the change.
  const step = (text: string, pattern: RegExp, to: (match: string, stem: string) => string) =>
    text.replace(pattern, (match: string, stem: string) => {
      const out = to(match, stem);
      note(match, out);
      return out;
    });
  let q = input.normalize('NFC');
  q = step(q, KO_PURPOSE_FRAME, () => '');
  q = step(q, EN_PURPOSE_FRAME, () => '');
  q = step(q, KO_TASK_USE, () => '');
  q = step(q, KO_TASK_INTO, () => '');
  q = step(q, JAMO_RUN, () => ' ');
  q = step(q, ENUMERATOR, () => ' ');
  q = q.replace(TWO_DIGIT_YEAR, (match: string, quoted?: string, bare?: string) => {
    const yy = Number(quoted ?? bare);
    const year = String(yy <= 69 ? 2000 + yy : 1900 + yy);
    note(match, year);
    return year;
  });
  q = step(q, KO_VERY, () => '맨 ');
  q = step(q, KO_FIRST_EDITION, (_match, counter) => `1${counter}`);
  q = step(q, KO_ABOUT, () => '');
  q = step(q, KO_WORTH, () => '');
  q = step(q, KO_BEYOND, () => ' 이상');
  q = step(q, GUESS, () => '');
  q = step(q, EN_HEARSAY, () => ' ');
  q = step(q, EN_FILLER, () => ' ');
  q = step(q, EN_REQUEST_VERB, () => '');
  q = step(q, EN_ANSWER_FORM, () => ' ');
  q = step(q, KO_WRITTEN_REQUEST, () => ' ');
  q = step(q, KO_FILLER, () => ' ');
  q = step(q, EN_ABBREVIATION_PATTERN, (m) => EN_ABBREVIATION.get(m.toLowerCase()) ?? m);
  q = step(q, KO_CHAT_SYLLABLE, (m) => KO_CHAT_SYLLABLE_MAP.get(m) ?? m);
  q = step(q, KO_SPOKEN_ENDING, (m, stem) => (stem.length < 2 && !SHORT_STEMS.has(stem) ? m : stem));
  q = step(q, KO_CHAT_WORD_PATTERN, (m) => KO_CHAT_WORD.get(m) ?? m);
  q = expandKoreanAbbreviations(q, note);
  if (vocabulary) q = mendKoreanTypos(q, vocabulary, note);
  if (vocabulary) q = step(q, LATIN_WORD, (word) => mendTypo(word, vocabulary));
  if (vocabulary) q = step(q, SHORT_LATIN_WORD, (word) => mendShortTypo(word, vocabulary));
  if (vocabulary) q = nameDescribedTerms(q, vocabulary, note);
  q = q
    .replace(/\s+([?.!,])/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.]+/, '')
    .trim();
  // A question that was nothing but fillers is left as typed: the pipeline then says it cannot answer it.
  return { question: q || input.trim(), changes };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Spellings one edit away: a letter dropped, doubled wrongly, swapped with its neighbour or replaced (Damerau). */
export function oneEditAway(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + (tail[1] ?? '') + (tail[0] ?? '') + tail.slice(2));
    for (const c of LETTERS) {
      if (tail) out.add(head + c + tail.slice(1));
      out.add(head + c + tail);
    }
  }
  out.delete(word);
  return out;
}

/** Shorter words, mended only where a typo is near certain (see mendShortTypo). */
const SHORT_LATIN_WORD = /(?<![\p{L}\p{N}])[A-Za-z]{3,6}(?![\p{L}\p{N}])/gu;

const EN_QUESTION_WORDS = ['what', 'when', 'where', 'which', 'who', 'why', 'how'];

/**
 * A short word no passage holds is mended only where one edit would rarely make another word: two
 * neighbouring letters swapped ("frist", "teh"), or a question word missing or mistyping a letter
 * ("whn", "wat", "hwo"). Any other short word the corpus lacks is more likely a word it lacks
 * ("parks") than a typo.
 */
export function mendShortTypo(word: string, vocabulary: Vocabulary): string {
  const lower = word.toLowerCase();
  const own = searchTerms(lower)[0];
  if (own === undefined || vocabulary.df(own) > 0) return word;
  if (vocabulary.isWord?.(lower)) return word;
  // A word of five letters or more that is no English word at all ("cluser", "efect") is a typo
  // like a longer one; without the word list nothing tells it from a word the corpus lacks.
  if (vocabulary.isWord && lower.length >= 5) return mendTypo(word, vocabulary);
  const near = oneEditAway(lower);
  // A real verb or adjective one letter from a question word ("hot", "show") is meant as typed.
  const asked = isEnglishPredicate(lower) ? undefined : EN_QUESTION_WORDS.find((q) => near.has(q));
  if (asked) return asked;
  let best = word;
  let bestDf = 0;
  for (let i = 0; i + 1 < lower.length; i++) {
    const swapped = lower.slice(0, i) + (lower[i + 1] ?? '') + (lower[i] ?? '') + lower.slice(i + 2);
    const term = searchTerms(swapped)[0];
    // A function word ("teh" for "the") has no term to count: it is what was meant.
    if (term === undefined && /^[a-z]+$/.test(swapped)) return swapped;
    const df = term === undefined ? 0 : vocabulary.df(term);
    if (df > bestDf) {
      best = swapped;
      bestDf = df;
    }
  }
  return best;
}

/** British and American spellings of one word: -ize/-ise, -yze/-yse ("organization", "analyse"). */
function otherSpellings(word: string): string[] {
  return [...word.matchAll(/[zs](?=e|ing|ation)/g)].map((m) => {
    const at = m.index ?? 0;
    return word.slice(0, at) + (word[at] === 'z' ? 's' : 'z') + word.slice(at + 1);
  });
}

/**
 * An English word no passage holds, mended to the corpus word one edit away that most passages
 * hold. A word the corpus knows, or with no such neighbour ("stockpile"), stays as typed.
 */
export function mendTypo(word: string, vocabulary: Vocabulary): string {
  const lower = word.toLowerCase();
  const own = searchTerms(lower)[0];
  if (own === undefined || vocabulary.df(own) > 0) return word;
  // A real word the corpus lacks ("election", "statute") is what was meant; only its other
  // spelling ("organizations" where the documents write "organisations") is the documents' word.
  const real = vocabulary.isWord?.(lower) ?? false;
  let best = word;
  let bestDf = 0;
  for (const candidate of real ? otherSpellings(lower) : oneEditAway(lower)) {
    const term = searchTerms(candidate)[0];
    if (term === undefined) continue;
    const df = vocabulary.df(term);
    if (df > bestDf) {
      best = candidate;
      bestDf = df;
    }
  }
  return best;
}
