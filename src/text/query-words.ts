import { isEnglishPredicate } from './en-predicate.js';
import { FINAL_SSANG_SIOS, jamoOf } from './hangul.js';
import { looksInflected } from './korean-inflection.js';
import { EN_FUNCTION_WORDS } from './lexicon/en.js';
import {
  KO_AMOUNT_NOUNS,
  KO_COUNT_NOUNS,
  KO_COUNTERS,
  KO_DATE_NOUNS,
  KO_DEICTIC_TIME,
  KO_DISCOURSE_MARKERS,
  KO_FUNCTION_WORDS,
  KO_INTERROGATIVES,
  KO_NATIVE_NUMBERS,
  KO_PERSON_COUNTERS,
} from './lexicon/ko.js';
import { joinThousands } from './normalise.js';
import { searchTerms } from './search-terms.js';

// Endings that carry grammar, not meaning; stripped so "목표는" contributes "목표" only.
const KO_ENDINGS = [
  '이라고',
  '라고',
  '이란',
  '란',
  '입니까',
  '되었나',
  '되었나요',
  '되나',
  '했나',
  '하나',
  '인가요',
  '인가',
  '인지',
  '에서는',
  '에서',
  '으로',
  '로는',
  '에는',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '로',
  '와',
  '과',
  '도',
  '만',
  '요',
  '까',
  // Colloquial and polite sentence endings ("얼마야", "뭐예요", "줄었어", "구성됐나요").
  '야',
  '이야',
  '예요',
  '이에요',
  '에요',
  '어요',
  '아요',
  '었어',
  '았어',
  '였어',
  '했어',
  '됐어',
  '었나',
  '았나',
  '였나',
  '됐나',
  '나요',
  '이고',
  '이며',
  '까지',
  // Colloquial conjunctive particle and the plural suffix ("삼성이랑", "기업들은"), as grammars of spoken Korean list them.
  '이랑',
  '랑',
  '들',
  '들은',
  '들이',
  '들을',
  '들도',
  '부터',
  // Spoken contractions of stacked particles (에는 -> 엔, 에서는 -> 에선) and chat 두 for 도.
  '엔',
  '에선',
  '두',
  '에게',
  '한테',
  '보다',
  '이나',
  '죠',
  '게',
  '었',
  '았',
  '였',
  '했',
  '됐',
  '돼',
  '졌',
];
const KO_QUESTION_WORDS = new Set([
  ...KO_FUNCTION_WORDS,
  ...KO_DISCOURSE_MARKERS,
  ...KO_DEICTIC_TIME,
  ...KO_DATE_NOUNS,
  ...KO_AMOUNT_NOUNS,
  ...KO_COUNT_NOUNS,
  '세',
  '두',
  '네',
  '한',
  '곳',
  '곳은',
  '곳이',
  '개',
  '명',
  '되는',
  '된',
  '하는',
  '한',
  '있는',
  '어느',
  '최근',
  '현재',
  '주요',
  '관련',
  '대해',
  '대한',
  '무엇을',
  '무엇이',
  '무엇',
  '무엇인가',
  '얼마',
  '얼마나',
  '언제',
  '어디',
  '누구',
  '어떤',
  '어떻게',
  '몇',
  '무슨',
  '왜',
  '알려줘',
  '알려주세요',
  // The stem of 알려주다 "let know" before a request ending ("알려 주세요"): it asks for the answer.
  '알려',
  '설명해줘',
  '설명해',
  // Request verbs of written Korean ("… 확인해 주시기 바랍니다"): they ask for the answer.
  '확인해',
  '정리해',
  '요약해',
  '검토해',
  '나열해',
  '위해',
  '위한',
  '위하여',
  '주세요',
  '있나',
  '있나요',
  '있는가',
  '되나요',
  '했나',
  '했나요',
  '인가',
  '뭐',
  '뭔가',
  '뭐야',
  '얼마',
  '어디어디',
  '각각',
  '원래',
  '정확히',
  '지금',
  '지금까지',
  '어때',
  '돼',
  '줘',
  // 중 "among" with its particles ("산업부문 중에선"): a relation, not a topic.
  '중에',
  '중에서',
  '중에선',
  '중에서는',
  // Bound nouns ("뽑힌 데는", "한 것은"): they stand for what is asked, not for a topic.
  '데',
  '데는',
  '데가',
  '것',
  '것은',
  '거',
  '건',
  // Existence verbs ("정의돼 있어", "있습니까"): grammar, not a topic.
  '있어',
  '있어요',
  '있습니까',
  '있지',
  '있니',
  '없어',
  '없나요',
]);
const EN_QUESTION_WORDS = new Set([
  ...EN_FUNCTION_WORDS,
  'many',
  'much',
  'tell',
  'me',
  'please',
  'explain',
  'describe',
  'list',
  'give',
  'know',
  'you',
  'i',
  'we',
  'there',
  'any',
  'some',
  'about',
  // Pronouns, determiners and light verbs: they carry no topic a passage could cover.
  'my',
  'your',
  'our',
  'they',
  'them',
  'he',
  'she',
  'both',
  'each',
  'between',
  'very',
  'back',
  'just',
  'also',
  'still',
  'now',
  'exactly',
  'actually',
  'really',
  'ever',
  'such',
  'so',
  'must',
  'come',
  'comes',
  'came',
  'get',
  'gets',
  'got',
  'say',
  'says',
  'said',
  'called',
  // Prepositions: relations between topics, never a topic a passage could cover.
  'behind',
  'above',
  'below',
  'under',
  'over',
  'after',
  'before',
  'during',
  'since',
  'until',
  'within',
  'without',
  'through',
  'across',
  'against',
  'among',
  'around',
  'via',
  'per',
  // Quantifiers and the adverb particles of phrasal verbs ("list all …", "set out", "eat up"), as
  // English stop-word lists (NLTK's) give them: the verb carries the meaning, the particle none.
  'all',
  'every',
  'out',
  'up',
  'off',
  'down',
  'again',
  'once',
  // The rest of NLTK's English stop words: pronouns, conjunctions, negation and comparison words
  // ("if officials sit on it too long", "government plus private") relate topics, name none.
  'myself',
  'ours',
  'ourselves',
  'yours',
  'yourself',
  'yourselves',
  'him',
  'his',
  'himself',
  'her',
  'hers',
  'herself',
  'itself',
  'theirs',
  'themselves',
  'whom',
  'am',
  'having',
  'doing',
  'but',
  'if',
  'because',
  'while',
  'further',
  'here',
  'few',
  'more',
  'most',
  'other',
  'no',
  'nor',
  'not',
  'only',
  'own',
  'same',
  'too',
]);

/**
 * 하다 and 되다 inflected on their own ("했고", "했음", "한다고", "되나"): the light verbs of Korean carry
 * the action of the noun before them, no topic of their own. So do they with an auxiliary verb
 * typed on (보조 용언 after -어: 주다 "for someone", 보다 "try", 놓다/두다 "in advance", 있다 "state",
 * 버리다 "completely": "해준다매", "해주는거", "돼있음", "해놨대"), whatever ending follows.
 */
const KO_LIGHT_VERB_FORM =
  /^(?:했|됐)(?:고|음|어|어요|나|나요|다|다고|는데|지|으며|던)?$|^(?:한|된)다(?:고|는데|며)?$|^(?:하|되)(?:고|며|는데|나요|나)$|^(?:해|돼)요$|^(?:합|됩|했습|됐습|하겠습)니다$|^(?:해|돼|되어|하여)\s?(?:주|줘|준|줄|줬|보|봐|본|봤|놓|놔|놨|두|둬|뒀|있|버리|버린|버렸)[\uAC00-\uD7AF]*$/u;

/** An interrogative with whatever follows it ("몇개고", "얼마씩", "언제였지"), or a counter made "per unit" ("곳당", "개씩"). */
const KO_ASKING = new RegExp(`^(?:${KO_INTERROGATIVES.join('|')})|^(?:한)?(?:${KO_COUNTERS.join('|')})(?:당|씩|마다)$`, 'u');
/**
 * A verb of telling with a request auxiliary (보조 용언 주다 "for me", 보다 "try"): "말해봐", "알려줄래",
 * "정리해 주세요", "읊어봐". It asks for the answer, as the listed request words do, in any of the
 * request endings of spoken and polite Korean.
 */
const KO_TELL_REQUEST =
  /^(?:말해|알려|가르쳐|설명해|정리해|요약해|나열해|확인해|읊어|불러)(?:줘|봐|주세요|줄래|주라|주셈|주삼|줘요|봐요|보세요|봐라|주실래요|주시겠어요|주십시오|봐봐)$/u;

/**
 * "출범일", "시행일", "발표일자": a verbal noun with 일(日)/일자 asks for the date of that event; the
 * documents say "출범했다" and give the date, so the event is the word to look for. The suffix
 * -액(額) "amount" does the same for a sum ("지원액", "투자액": 표준국어대사전's 접미사 -액); the
 * documents state the sum ("지원 규모 30억 원"). 금액 and 총액 name only the kind (KO_AMOUNT_NOUNS).
 */
function dateOf(word: string): string {
  const m = /^([\uAC00-\uD7AF]{2})(?:일|일자)$|^([\uAC00-\uD7AF]{2})액$/u.exec(word);
  return m?.[1] ?? m?.[2] ?? word;
}

/** Everyday words mapped to the form the documents use (처음 "at first" is written 첫 "first"). */
const KO_SYNONYMS: ReadonlyMap<string, string> = new Map([['처음', '첫']]);
const KO_SYNONYM_FORMS: ReadonlySet<string> = new Set(KO_SYNONYMS.values());

const ENDINGS_LONGEST_FIRST = [...KO_ENDINGS].sort((a, b) => b.length - a.length);

function stripOnce(token: string): string {
  for (const ending of ENDINGS_LONGEST_FIRST) {
    if (!token.endsWith(ending)) continue;
    const stem = token.slice(0, -ending.length);
    // Stems keep two syllables ("분야" is no "분" + "야"), except before a particle of two
    // syllables ("법에서" -> "법"), which no noun ends with, and a question word ("뭐예요" -> "뭐").
    if (stem.length >= 2 || (stem.length === 1 && (ending.length >= 2 || KO_QUESTION_WORDS.has(stem)))) return stem;
  }
  return token;
}

/** Endings stack ("언제까지였어" = 언제 + 까지 + 였어): strip until nothing more comes off. */
function stripEnding(token: string): string {
  let current = token;
  for (let i = 0; i < 3; i++) {
    const next = stripOnce(current);
    if (next === current || KO_QUESTION_WORDS.has(next)) return next;
    current = next;
  }
  return current;
}

/**
 * A two-syllable word closed by the locative particle 에 or its contraction 엔 (에는) is a
 * one-syllable noun with it ("밑에", "칸엔"; stems otherwise keep two syllables, and no noun ends in
 * 에 or 엔): it reads as the bare noun, which one syllable alone is (a counter or bound noun, dropped).
 */
function withoutLocative(stem: string): string {
  return stem.length === 2 && /[에엔]$/u.test(stem) ? stem.slice(0, 1) : stem;
}

/**
 * The connectives -아서/-어서 and -아도/-어도 fused into a stem ending in a vowel (한글 맞춤법
 * 제35-36항: 모이+어서 → 모여서, 세우+어서 → 세워서, 오+아서 → 와서, 되+어서 → 돼서, 쏘+아도 →
 * 쏴도): the syllable before 서 or 도 has the contracted vowel ㅕ, ㅘ, ㅙ or ㅝ and no final
 * consonant, which no noun ending in 서 (보고서, 계약서, 문서, 순서) or 도 (제도, 지도, 속도) has.
 * So does the polite ending -아요/-어요 (열리+어요 → 열려요, 바꾸+어요 → 바꿔요, 오+아요 → 와요).
 */
const CONTRACTED_VOWELS = new Set([6, 9, 10, 14]);

function contractedConnective(token: string): boolean {
  if (token.length < 2 || !/[서도요]$/u.test(token)) return false;
  const jamo = jamoOf(token.at(-2));
  // ㅕ, ㅘ, ㅙ, ㅝ in the order of the Unicode medials.
  return jamo !== undefined && jamo.final === 0 && CONTRACTED_VOWELS.has(jamo.medial);
}

/** Korean endings that only a predicate (verb or adjective) takes: past tense, connective, polite. */
const KO_PREDICATE_ENDING = /(?:었|았|였|했|됐|졌|게|나요|어요|아요|는가|나|까|어|야|죠)$/;
/** English verb and adverb forms. */
const EN_PREDICATE_FORM = /^[a-z]{3,}(?:ed|ing|ly)$/i;
/**
 * Verb forms by their ending alone: adnominal past of a passive or 되다 ("뽑힌", "선정된"), a
 * conditional ("들어가면"), a request ("깎아줘"), a connective ("늘려서", "받으려면"), hearsay
 * ("한다던데", "간다는"), the plain present ("들어간다"), the past in 음슴체 ("끝났음"), reported
 * speech ("들어간다고", "늘린대", "한대": 간접 인용 -다고 and its contraction -ㄴ대), an adnominal with the
 * bound noun 데 or 거 typed onto it ("뽑힌데", "고친거"), an embedded question ("쓰는지"), an
 * intention ("인용하고자"), the infinitive of 하다/되다 before an auxiliary ("지정되어 있는",
 * "제출하여야": -어/-여 of 표준국어대사전's 연결 어미), the concessive -어도/-아도 of a permission
 * question ("보내도 되냐": 표준국어대사전 -어도), the plain interrogative -냐 ("되냐", "주냐"), the
 * obligation -어야 ("해야 돼", "써야"), spoken endings on a nominalised clause and hearsay ("하는거임",
 * "한다더라", "한다네", "한대요"), the conditional -다면, 음슴체 after a vowel stem ("해줌", "나옴"),
 * the retrospective adnominal -던 ("하던", "있던", "했던") and the adnominal past of an -어/-아
 * compound verb ("늘어난", "줄어든", "들어선"). Nouns rarely end so.
 */
const KO_VERB_FORM =
  /(?:된|되어|하여|힌|린|(?:가|오|하|되|이|보|주|내|으)면|(?:아|어|해|와|워)줘|(?:아|어|해)서|려면|려고|는데|던데|다는|라는|는다|다고|냐고|자고|(?:었|았|였|했|됐|났|갔|왔|졌|있|없)음)$|[간난단란만산한된잡]다$|^[\uAC00-\uD7AF]+(?:[린긴친인간한된는운])대$|^[\uAC00-\uD7AF]+[힌린된인한던친운]데$|^[\uAC00-\uD7AF]+[힌린된인한던친운](?:거|건|게)$|(?:는지|던지)(?:도|를|가|는)?$|고자$|[\uAC00-\uD7AF](?:어|아|해)도$|^[\uAC00-\uD7AF]+냐$|(?:해|어|아|여|져|워|와|봐|줘|돼)야(?:돼|됨|함|해|지)?$|(?:거임|더라|다네|대요|다면)$|(?:해줌|나옴|어옴|려줌)$|(?:하|되|있|없|[았었였했됐])던$|^[\uAC00-\uD7AF]+(?:어|아)(?:난|든|선|간|진|온|준|본|둔)$/u;
/** A one-syllable verb stem with an ending only a predicate takes ("맡게", "줄었어"): too short to strip, still a verb. */
const KO_SHORT_PREDICATE = /^[\uAC00-\uD7AF](?:었어|았어|였어|했어|됐어|었나|았나|였나|됐나|나요|어요|아요|게)$/;
/**
 * "How much ... do complexes consume?": after a do-auxiliary and its subject comes the main verb,
 * in base form. A noun subject is read to the end ("do industrial complexes consume"); a pronoun
 * subject is one word, so the verb is the next one and what follows is its object ("How do I
 * apply for a work visa": the verb is "apply", "visa" is a noun).
 */
const EN_DO_QUESTION = /\b(?:do|does|did)\b/i;
const EN_DO_PRONOUN_VERB = /\b(?:do|does|did)\s+(?:i|you|we|they|he|she|it)\s+([a-z]+)/i;
/** "the country's energy": a lower-case possessor after "the" points back at what the reader knows (the country = Korea), it names no new topic. */
const EN_DEFINITE_POSSESSOR = /\bthe\s+([a-z]+)['’]s\b/g;

/**
 * 음슴체 ("남음", "받음", "많음"): a stem ending in a consonant, then 음. The nouns made so are
 * themselves verbal nouns ("믿음", "웃음"), so a paraphrase is as likely as for any verb.
 */
function nominalisedPredicate(token: string): boolean {
  if (token.length < 2 || !token.endsWith('음')) return false;
  const stem = jamoOf(token.at(-2));
  return stem !== undefined && stem.final !== 0;
}

/**
 * The counter after 몇 ("몇 부를", "몇 명이", "몇부") or after a native numeral ("두 분이", see
 * COUNTER_AFTER_NATIVE): Korean counts with a numeral and a bound counter noun of one or two
 * syllables and a particle, so the counter is the unit of the answer's figure ("12부"), not a
 * topic the evidence must name on its own.
 */
export function counterTokens(question: string): Set<string> {
  const counters = new Set<string>();
  for (const m of question.normalize('NFC').matchAll(COUNTER_AFTER_MYEOT)) counters.add(`${m[1] ? '' : '몇'}${m[2]}${m[3] ?? ''}`);
  for (const m of question.normalize('NFC').matchAll(COUNTER_AFTER_NATIVE)) counters.add(`${m[2] ? '' : m[1]}${m[3]}${m[4] ?? ''}`);
  return counters;
}

/**
 * A native numeral and a one-syllable counter with the particle it takes ("교수 두 분이", "세 곳이"):
 * a bound noun no passage term matches, as the count of what the question names. A counter of two
 * syllables is a word the documents write too ("세 가지 추진과제"), and a numeral before a noun
 * ("두 기관") counts that noun: both stay.
 */
const COUNTER_AFTER_NATIVE = new RegExp(
  `(?<![\\uAC00-\\uD7AF])(${KO_NATIVE_NUMBERS.filter(Boolean).join('|')})(\\s*)(${[...KO_COUNTERS, ...KO_PERSON_COUNTERS].filter((c) => c.length === 1).join('|')})(을|를|이|가|은|는|도|씩|만|의)?(?![\\uAC00-\\uD7AF])`,
  'gu',
);

/**
 * 몇, its counter, and the particle or the copula's ending the counter takes ("몇 군데야", "몇 곳이었지",
 * "몇 개였더라": 이다 after a noun, 였 its contraction after a vowel).
 */
const COUNTER_AFTER_MYEOT =
  /(?<![\uAC00-\uD7AF])몇(\s*)([\uAC00-\uD7AF]{1,2}?)((?:을|를|이|가|은|는|도|씩|만)|이?(?:야|었|였|에요|예요|인가|인지|일까|입니|이에|죠|지|냐|래)[\uAC00-\uD7AF]*)?(?![\uAC00-\uD7AF])/gu;

/** The word stands right before the noun 때 ("부를 때"). */
function beforeTime(token: string, question: string): boolean {
  return new RegExp(`(?<![\\uAC00-\\uD7AF])${token}\\s+때(?![\\uAC00-\\uD7AF])`, 'u').test(question);
}

/**
 * A prospective adnominal before 때 ("뽑을 때", "신청할 때", "지정될 때": -ㄹ/-을 때, 표준국어대사전 때
 * '어떤 시기' after an adnominal): the word before is the clause's verb, however short. Only -을,
 * -할 and -될: an event noun takes 때 too ("명절 때", "선거 때").
 */
function beforeTimeNoun(token: string, question: string): boolean {
  return /(?:을|할|될)$/u.test(token) && beforeTime(token, question);
}

/**
 * The obligation form "-아야/어야 하다/되다" ("내야 하나요", "들어야 하는", spoken "써야 됨"): a verb stem,
 * however short, before 야 and a form of 하다 or 되다.
 */
function obligation(token: string, question: string): boolean {
  // Read in the question itself: the 하다 that follows is grammar and is no token of its own.
  return /[\uAC00-\uD7AF]야$/u.test(token) && new RegExp(`(?<![\\uAC00-\\uD7AF])${token}\\s*(?:하|되|돼|했|됐|됨|함)`, 'u').test(question);
}

/**
 * Past tense is a ㅆ final consonant inside the word ("열렸고", "골랐어", "바뀌었나"): the one
 * marker every Korean past form carries, whatever the stem fused it into. No noun ends a syllable
 * in ㅆ before more syllables.
 */
function pastTense(token: string): boolean {
  for (let i = 0; i < token.length - 1; i++) if (jamoOf(token[i])?.final === FINAL_SSANG_SIOS) return true;
  return false;
}

/**
 * A verbal noun of two syllables or more and a form of 하다, 되다 or 시키다 typed onto it
 * ("출퇴근하냐", "폐업한", "지정되었나요", "활성화시킨"): the 기능동사 construction of Korean grammar,
 * where the light verb carries tense and mood and the noun the event. Formal documents name events
 * by such nouns (선정, 지정, 착공), so the noun is the word to look for, and weighs as a noun.
 */
const KO_LIGHT_VERB = '(?:하|해|했|한|할|함|합|되|돼|됐|된|될|됨|됩|시키|시켜|시켰|시킨)';
const KO_LIGHT_VERB_SUFFIX = new RegExp(`^([\\uAC00-\\uD7AF]{2,}?)${KO_LIGHT_VERB}[\\uAC00-\\uD7AF]*$`, 'u');
const KO_LIGHT_VERB_START = new RegExp(`^${KO_LIGHT_VERB}`, 'u');

/** The verbal noun of the token, whether the endings list took the light verb off or it is still on. */
function lightVerbSplit(token: string, stripped: string): string | undefined {
  if (stripped !== token && stripped.length >= 2 && KO_LIGHT_VERB_START.test(token.slice(stripped.length))) return stripped;
  const noun = KO_LIGHT_VERB_SUFFIX.exec(stripped)?.[1];
  return noun && stripEnding(noun) === noun ? noun : undefined;
}

/**
 * "누리라는 이름", "산단이라는 말", "AX라는 사업": a noun with the quoting copula -(이)라는 (-(이)라고 하는,
 * 표준국어대사전) is the name or term quoted, not a verb. A verb quoted so has a one-syllable stem
 * ("하라는", "가라는": the imperative reported), which is left to the verb readings.
 */
function quotedName(token: string): string | undefined {
  const m = /^(.+?)(?:이라는|라는)$/u.exec(token);
  const stem = m?.[1];
  if (!stem || [...stem].length < 2) return undefined;
  // 이라는 follows a consonant, 라는 a vowel: "산단이라는" is 산단, "누리라는" is 누리.
  if (token.endsWith('이라는') && jamoOf(stem.at(-1))?.final === 0 && /[\uAC00-\uD7AF]$/u.test(stem)) return undefined;
  return stem;
}

/**
 * One syllable and the particle its sound takes (은/을 after a final consonant, 는/를 after a
 * vowel: "쪽은", "땅을", "뽑은", "가는"), or a counter with 씩 ("번씩"): a bound noun, a one-syllable
 * noun or stem with its particle or adnominal ending, a counter. Its word is one syllable, which no
 * passage term matches, as a bare one-syllable word does not. Two-syllable nouns ending so break the
 * sound rule ("가을", "마을"). A prospective adnominal before 때 ("뽑을 때", "부를 때") stays: it is
 * the clause's verb (beforeTimeNoun).
 */
function oneSyllableWithParticle(token: string): boolean {
  if (!/^[\uAC00-\uD7AF]{2}$/u.test(token)) return false;
  // The distributive 씩 (표준국어대사전 -씩 '그 수량이나 크기로 나뉘거나 되풀이됨') follows a counter:
  // "한 번씩", "두 명씩".
  if (token.endsWith('씩')) return true;
  const final = jamoOf(token[0])?.final ?? 0;
  return final !== 0 ? /[은을]$/u.test(token) : /[는를]$/u.test(token);
}

/** -(이)라는, -(이)라고 and -(이)란 alone (표준국어대사전: 인용의 '-(이)라는' = '-(이)라고 하는'). */
const QUOTING_COPULA = /^(?:이)?(?:라는|라고|란)$/u;

/** A content word of a question, and whether it is a predicate (a verb or adverb form). */
export interface QuestionWord {
  word: string;
  /** Verbs paraphrase freely ("picked" / "selected"), so a predicate the corpus lacks says little. */
  predicate: boolean;
  /** Read as a stem and an ending, though a noun could be spelt so (see looksInflected). */
  inflected?: boolean;
  /** A verbal noun made a verb by 하다/되다/시키다 ("폐업한", "지정되었나요"): the noun names the event. */
  verbalNoun?: boolean;
}

/** The question's content words: what remains after question words, particles and endings go. */
export function questionWords(question: string): QuestionWord[] {
  const words: QuestionWord[] = [];
  const tokens = joinThousands(question.normalize('NFC'))
    // "소재·부품·장비": words joined by a middle dot name one compound concept, weighed once.
    .split(/(?!(?<=[\uAC00-\uD7AF])[·ㆍ](?=[\uAC00-\uD7AF]))[^\p{L}\p{N}]+/u)
    // A lone Latin letter is a possessive or contraction fragment ("Korea's" -> "s"), never a topic.
    .filter(
      (w) =>
        w &&
        !/^[a-z]$/i.test(w) &&
        !KO_QUESTION_WORDS.has(w) &&
        !KO_ASKING.test(w) &&
        !KO_TELL_REQUEST.test(w) &&
        !KO_LIGHT_VERB_FORM.test(w) &&
        !EN_QUESTION_WORDS.has(w.toLowerCase()),
    );
  const lastToken = tokens[tokens.length - 1];
  const pronounVerb = EN_DO_PRONOUN_VERB.exec(question)?.[1];
  // The do-question's main verb: the word after a pronoun subject, else the question's last word.
  const mainVerb = EN_DO_QUESTION.test(question) ? (pronounVerb ?? lastToken) : undefined;
  const possessors = new Set([...question.matchAll(EN_DEFINITE_POSSESSOR)].map((m) => m[1]));
  const counters = counterTokens(question);
  for (const raw of tokens) {
    if (counters.has(raw)) continue;
    // The quoting copula after a closing quote ("'누리'라는 이름") is a token of its own: grammar.
    if (QUOTING_COPULA.test(raw)) continue;
    if (oneSyllableWithParticle(raw) && !beforeTime(raw, question)) continue;
    const named = quotedName(raw);
    if (named) {
      words.push({ word: named, predicate: false });
      continue;
    }
    const token = raw;
    const hangul = /[\uAC00-\uD7AF]$/.test(token);
    const stripped = hangul ? withoutLocative(stripEnding(token)) : token;
    const word = KO_SYNONYMS.get(stripped) ?? dateOf(stripped);
    if (KO_QUESTION_WORDS.has(word) || KO_ENDINGS.includes(word) || searchTerms(word).length === 0) continue;
    // A one-syllable Korean word is a counter or a bound noun ("곳", "법"): no passage term matches it.
    if (hangul && /^[\uAC00-\uD7AF]$/.test(word) && !KO_SYNONYM_FORMS.has(word)) continue;
    const predicate = hangul
      ? obligation(token, question) ||
        beforeTimeNoun(token, question) ||
        (stripped !== token && KO_PREDICATE_ENDING.test(token.slice(0, stripped.length + 1))) ||
        KO_SHORT_PREDICATE.test(token) ||
        KO_VERB_FORM.test(token) ||
        contractedConnective(token) ||
        pastTense(token) ||
        nominalisedPredicate(token)
      : EN_PREDICATE_FORM.test(token) ||
        (token === mainVerb && /^[a-z]+$/.test(token)) ||
        possessors.has(token) ||
        (/^[a-z]+$/.test(token) && isEnglishPredicate(token));
    const light = hangul ? lightVerbSplit(token, stripped) : undefined;
    if (light) {
      // A request verb in any form ("정리해줘", "확인해 주시기") asks for the answer, like its listed form.
      if (!KO_QUESTION_WORDS.has(light) && !KO_QUESTION_WORDS.has(`${light}해`)) words.push({ word: light, predicate, verbalNoun: true });
      continue;
    }
    words.push({ word, predicate, ...(hangul && !predicate && looksInflected(token) ? { inflected: true } : {}) });
  }
  return words;
}

/** An English word of grammar or of the question frame (pronouns, auxiliaries, stop words, "tell", "many"): no topic. */
export function isEnglishFunctionWord(word: string): boolean {
  const lower = word.toLowerCase();
  return EN_QUESTION_WORDS.has(lower) || searchTerms(lower).length === 0;
}

export function contentWords(question: string): string[] {
  return questionWords(question).map((w) => w.word);
}

export function isHangulTerm(term: string): boolean {
  return /[\uAC00-\uD7AF]/.test(term);
}

export function isNumberTerm(term: string): boolean {
  return /^\d+$/.test(term);
}
