import { detectLang } from '../core/lang.js';
import { Recent } from '../core/recent.js';
import { isCommonKoreanWord } from '../retrieve/glossary.js';
import { EN_MONEY_NOUNS } from '../text/lexicon/en.js';
import { KO_CUSTOMARY_SURNAMES, KO_MONEY_NOUNS } from '../text/lexicon/ko.js';
import type { SentenceSpan } from '../text/sentences.js';
import { englishCounts } from './english-counters.js';
import { MONTHS, YEARS } from './figures.js';
import { counterOrSymbol, UNIT_WORDS } from './unit-symbols.js';

/** What kind of answer the question asks for, from its wording. */
export type AnswerType =
  | 'count'
  | 'date'
  | 'period'
  | 'frequency'
  | 'names'
  | 'person'
  | 'list'
  | 'percent'
  | 'money'
  | 'statement'
  | 'contact'
  | 'document'
  | 'outcome'
  | 'change'
  | 'upcoming'
  | 'result'
  | 'other';

const COUNT = /\bhow (?:many|much)\b|몇\s*(?:개|곳|명|건|차|번|가지)?|얼마/i;
/**
 * Date nouns, alone or closing a compound ("착공시기"), but not the honorific request "알려주시기
 * 바랍니다" (-시- + -기) nor "일자리" (jobs).
 */
const DATE =
  /\bwhen\b|\bwhat (?:year|date|month)\b|언제|몇\s*년|몇\s*월|(?:시기|날짜|시점|일자)(?!리)(?!를?\s*(?:바랍|바라|원합|부탁))|(?<![\uAC00-\uD7AF])날(?:이|은|을|짜)|(?<![\uAC00-\uD7AF])[\uAC00-\uD7AF]{2}(?:일|일자)(?:은|는|이|가|을|를)?(?![\uAC00-\uD7AF])/iu;
/**
 * A span of time asked for ("what years does the plan cover", "언제부터 언제까지", "몇 년부터 몇
 * 년까지"): one date is no span. Answered by a range of dates ("2026~2030", "4월 27일부터 5월
 * 31일까지", "7. 13. ~ 7. 18.", "from 2026 to 2030") or by the several years it lists.
 */
const PERIOD = /\b(?:what|which) years\b|\bfrom (?:what|which) year\b|언제부터\s*언제까지|몇\s*년(?:도)?부터/iu;
const DATE_POINT = `(?:(?:19|20)\\d{2}\\s*년?|\\d{1,2}\\s*월(?:\\s*\\d{1,2}\\s*일)?|\\d{1,2}\\.\\s*\\d{1,2}\\.|\\d{1,2}\\s*일|(?:${MONTHS.join('|')})(?:\\s+\\d{1,2})?)`;
const HAS_SPAN = new RegExp(
  `${DATE_POINT}[^~∼–—\\n]{0,12}?\\s*(?:~|∼|–|—|-|부터|에서|\\bto\\b|\\bthrough\\b|\\buntil\\b)\\s*(?:\\(?\\S{0,4}\\)?\\s*)?${DATE_POINT}|\\bfrom\\s+\\d{1,2}?\\s*${DATE_POINT}\\s+(?:to|until|through)\\b`,
  'iu',
);

/** "Who …", "누구/누가": the answer is someone, a person or a body, named. */
const PERSON = /\bwho(?:m|se)?\b|누구|누가/iu;
const NAMES = /\bwhich\b|\bwho\b|\bwhere\b|\bwhat (?:are|were) the\b|\bname|\blist\b|어디|어느|어떤|누구|무슨|어떠한/i;

/**
 * Asking for every item, not one ("list all", "all seven complexes", "목록", "어디어디"): a sentence
 * naming one is not the answer. Korean names a list with 목록, 명단, 리스트 and 라인업 (표준국어대사전:
 * 라인업, 구성원의 진용), and asks for several by doubling the question word (어디어디, 누구누구,
 * 뭐뭐, 무엇무엇).
 */
const LIST =
  /\bwhich (?:\d+|two|three|four|five|six|seven|eight|nine|ten) [a-z-]+s\b|\d+\s*(?:곳|개)[^?]{0,20}?(?:어디|어느)|\blist\b|\b(?:name|give|tell me|what are|which are)\s+(?:all|every|each)\b|목록|명단|리스트|어디어디|누구누구|뭐뭐|무엇무엇|(?:전부|모두)\s*(?:알려|나열|말해|뭐)/iu;

/**
 * "How often" asks a frequency ("연간", "every five years", "5년마다"), which a document may state
 * without a number. Korean asks it as well by the interval between two times: "얼마 만에 한 번씩",
 * "몇 년에 한 번", "몇 달마다" (만, 표준국어대사전: 동안이 얼마간 계속되었음을 나타내는 말; 한 번씩 a
 * time each).
 */
export const FREQUENCY =
  /얼마나\s*자주|얼마\s*마다|얼마\s*만에\s*한\s*(?:번|차례)|몇\s*(?:년|해|달|개월|주|주일|일|시간)\s*(?:마다|(?:만)?에\s*한\s*(?:번|차례))|\bhow often\b/iu;

const PERCENT = /퍼센트|\bper ?cent(?:age)?\b|\bwhat share\b|\bhow much of\b|비율|비중|%/i;

/** A money noun as a word: English by word boundary, Korean before a particle or the word's end ("총예산은"). */
const MONEY_NOUN = new RegExp(
  `\\b(?:${EN_MONEY_NOUNS.join('|')})\\b|(?:${KO_MONEY_NOUNS.join('|')})(?:은|는|이|가|을|를|도|만|의|으로|로|액)?(?![\\uAC00-\\uD7AF])`,
  'iu',
);
/**
 * "입장료는 얼마", "운영비가 얼마나": a noun ending in a Korean suffix of price or cost (-료 fee,
 * -비 cost, -금 money, -액 sum, -값 price) asked with 얼마 asks for a sum of money; so does the same
 * noun in the genitive before the word for its amount ("상금의 액수는 얼마", "지원금의 규모는 얼마":
 * 액수, 표준국어대사전 "돈의 머릿수"). An adverb may stand between ("상금은 정확히 얼마", "참가비가
 * 대략 얼마"): an adverb of manner or degree ends in -히 or -게, or is one of the common ones of amount.
 */
const KO_PRICE_QUESTION =
  /([\uAC00-\uD7AF]+(?:료|비|금|액|값))(?:의\s*(?:액수|금액|총액|규모))?(?:은|는|이|가|도)?\s*(?:[\uAC00-\uD7AF]+(?:히|게)\s+|(?:대략|대충|약|모두|전부|각각|딱|보통|평균)\s+)?(?:총\s*)?얼마/u;

/**
 * "What was the winning bid price?", "what is the total budget for …": what asks the value of a
 * money noun that closes its noun phrase, and that value is a sum ("the tax rate", "the budget
 * items" close on another noun and ask something else). The phrase may keep its prepositional
 * complement before the verb ("what price per square metre did they pay").
 */
const EN_WHAT_SUM = new RegExp(
  `\\bwhat\\s+(?:is|was|are|were|will be|would be)\\s+(?:the\\s+)?(?:[a-z-]+\\s+){0,3}?(?:${EN_MONEY_NOUNS.join('|')})(?=\\s*(?:[?,.]|$|\\b(?:of|for|in|at|on|to|per|under|that|which|was|is|were|are)\\b))|\\bwhat\\s+(?:[a-z-]+\\s+){0,2}?(?:${EN_MONEY_NOUNS.join('|')})(?:\\s+(?:per|for|of|on|in)\\s+(?:[a-z-]+\\s+){0,2}?[a-z-]+)?\\s+(?:did|does|do|was|were|is|are|will|has|have|had)\\b`,
  'i',
);

/** Words for an amount as such: they name no thing the sum is of ("금액은 얼마", "the total amount"). */
const AMOUNT_WORD = /^(?:금액|액수|총액|규모|돈|amount|total|sum|money)$/iu;

/**
 * The thing a money question asks the sum of ("분양대금", "subsidy", "예산"), when it names one; a
 * word for an amount as such ("금액은 얼마") names none.
 */
export function moneyNoun(question: string): string | undefined {
  const text = question.normalize('NFC');
  const price = KO_PRICE_QUESTION.exec(text)?.[1];
  const noun = price ?? MONEY_NOUN.exec(text)?.[0]?.replace(/(?:은|는|이|가|을|를|도|만|의|으로|로)$/u, '');
  return noun && !AMOUNT_WORD.test(noun) ? noun.toLowerCase() : undefined;
}

/** Asking for an amount, not for a description ("보조금 얼마", "how much is the budget", "투자 규모는"). */
const AMOUNT_CUE = /얼마|규모|\bhow much\b(?!\s+of\b)|\bamount\b|\btotal\b|총/i;

/**
 * Asking for what someone said, not for a fact: "what did the minister say", "in her own words",
 * "장관이 뭐라고 했어", "발언 내용", "직접 한 말". A fact the documents state is not an answer to it.
 * Asking someone's position, view or opinion ("what position did the professor take", "어떤 입장")
 * asks the same: facts about them (that they attended) do not give it.
 */
const STATEMENT =
  /\bwhat (?:did|does|has|have)\b[^?]{1,60}?\b(?:say|state|tell|comment)\b|\bown words\b|\bquote[sd]?\b|뭐라고\s*(?:했|말|밝|언급|강조|발언)|발언|한\s*말|언급한\s*(?:내용|말)|\bwhat\s+(?:position|stance|view|views|opinion|opinions)\s+(?:did|does|do|has|have)\s+(?:the\s+|his\s+|her\s+|their\s+)?[\w'-]+(?:\s+[\w'-]+){0,4}?\s+(?:take|takes|taken|express|expressed)\b|(?:어떤|무슨)\s*(?:입장|의견|견해|주장)/iu;

/**
 * Asking whether something succeeded or failed ("발사에 성공했나요", "did the launch succeed", "성패"):
 * the outcome is the fact asked. A document announcing the event ("발사할 예정이다") states its plan,
 * never its outcome, which only a sentence of success or failure gives.
 */
const OUTCOME =
  /성공|실패|성패|잘\s*(?:됐|되었|끝났|마쳤)|\b(?:un)?succe(?:ed|eds|eded|ss|ssful|ssfully)\b|\bfail(?:s|ed|ure)?\b|\b(?:go|goes|went|gone)\s+well\b|\b(?:turn|turned)\s+out\b/iu;
const HAS_OUTCOME = /성공|실패|성패|무산|좌절|\bsucce(?:ed|ss)\w*|\bfail(?:s|ed|ure)?\b|\bunsuccessful\b/iu;

/**
 * Asking what changed from an earlier version ("이전 판과 비교해 뭐가 추가됐어", "예전 판이랑 뭐가
 * 달라졌어", "what was revised compared with the previous edition"): the change is the fact asked, and
 * only a sentence stating one (added, revised, renamed, raised, cut: 표준국어대사전's 추가·변경·개정·
 * 신설·삭제 and the verbs of change) gives it; an item of the current version states none.
 */
const CHANGE =
  /(?:이전|예전|지난|기존|종전)\s*(?:판|버전|개정판|표준|기준|계획|안)\S*\s*(?:과|와|이랑|하고|대비|보다)|달라진|달라졌|바뀐\s*(?:점|것|거|내용)|변경된\s*(?:점|것|거|내용|사항)|\bwhat\s+(?:was|were|has|have|is|are)\s+(?:been\s+)?(?:revised|changed|added|amended|updated|dropped|removed)\b|\bcompared\s+(?:with|to)\s+(?:the|its|their)\s+(?:previous|earlier|last|prior|old)\b|\bwhat(?:'s| is| has)\s+(?:changed|new)\b/iu;
const HAS_CHANGE =
  /추가|신설|변경|개정|바뀌|바꾸|바꿨|달라|삭제|폐지|개편|전환|확대|축소|상향|하향|늘|줄|인상|인하|완화|강화|대체|새로\s|\b(?:renamed|revised|amended|changed|added|introduced|replaced|became|increased|decreased|reduced|raised|lowered|extended|expanded|dropped|removed|abolished|new)\b/iu;

/**
 * Asking about the next round of something ("the next call", "다음 공모", "내년 모집은 언제"): a
 * round not yet held, which only a sentence of plan or schedule about such a round gives (예정, 계획,
 * will, scheduled, with the call, 공모, 모집 …); a sentence about a round held already ("the 2025 call
 * ran from …") or a plan for something else answers another question.
 */
const UPCOMING =
  /\b(?:next|upcoming|coming|following)\s+(?:[a-z-]+\s+){0,2}?(?:calls?|rounds?|applications?|selections?|intakes?|cycles?|batch(?:es)?|competitions?|contests?|designations?)\b|(?:다음|차기|내년|이듬해)\s*(?:번\s*|도\s*|회\s*)?(?:공모|모집|선정|지정|접수|신청|차수)/iu;
/** The rounds a plan may schedule, in either language. */
const ROUND_NOUN = /공모|모집|선정|지정|접수|신청|\b(?:calls?|rounds?|applications?|selections?|intakes?|designations?|competitions?)\b/iu;
const HAS_UPCOMING =
  /예정|(?:ㄹ|을|할|될)\s*(?:계획|방침)|겠다|하기로|내년|차기|다음\s*(?:번|공모|모집)|\b(?:will|plans? to|planned|scheduled|expected|upcoming|next)\b|\b(?:is|are) (?:to|due to|set to)\b/iu;

/**
 * Asking what an action brought about once done ("사업 하고 나서 탄소 배출 얼마나 줄었대요", "선정되고 나서
 * 일자리 몇 개 생겼어", "how many jobs were created after it was picked"): the realised change is the
 * fact asked. A target or a plan ("25% 줄이는 것을 목표로", "aims to cut") or a standing figure
 * ("일자리를 제공하고 있다") is no result.
 */
const RESULT =
  /(?:하고|되고|한|된|받고)\s*(?:나서|난\s*(?:뒤|후)|뒤에?|후에?|이후)[^?？]{0,40}?(?:얼마|몇)[^?？]{0,20}?(?:줄었|줄어|늘었|늘어|생겼|생긴|창출|감소|증가|나아졌|좋아졌)|\b(?:since|after)\b[^?]{0,60}?\bhow\s+(?:many|much)\b[^?]{0,60}?\b(?:created|added|cut|reduced|fallen|fell|risen|rose|increased|decreased|generated|saved)\b|\bhow\s+(?:many|much)\b[^?]{0,60}?\b(?:created|cut|reduced|fallen|fell|risen|rose|increased|decreased|generated|saved)\b[^?]{0,40}?\b(?:since|after)\b/iu;
/** A change stated as done, in a sentence that states no target, plan or forecast. */
const HAS_CHANGE_DONE =
  /줄었|감소했|감소하였|늘었|늘어났|증가했|증가하였|생겼|창출했|창출되었|창출됐|\b(?:created|reduced|cut|fell|rose|increased|decreased|generated|saved)\b/iu;
const STATES_AIM = /목표|예정|계획|전망|기대|방침|\b(?:target|aims?|plans?|expected|will|forecast|projected|goal)\b/iu;

/**
 * Asking how to reach someone: a phone number, an e-mail address, a website ("연락처", "문의처", "email
 * or phone"), or whom to call, ask or contact as a verb asking where to turn ("누구한테 연락하면 돼",
 * "어느 번호로 전화해요", "문의하려면", "who should I call", "the contact officer"); a clause about
 * the inquiry itself ("서면으로 문의하는 마감은 언제") asks its date.
 */
const CONTACT =
  /\b(?:e-?mail|phone(?: number)?|telephone|contacts?|website|hotline)\b|\bwho(?:m)?\s+(?:do|should|can|would|could|must)\s+(?:i|we|you|they|people)\s+(?:call|ring|ask)\b|연락처|전화\s?번호|(?:연락|전화|문의)\s?(?:하면|하려면|해야|할\s?(?:곳|데|번호|사람)|드리면|드려야|하나요|해요|할까)|이메일|메일 주소|홈페이지|문의처|상담\s*전화/iu;
/** Asking who answers for a matter: its official, unit or office in charge ("담당자", "소관", "who is in charge"). */
const IN_CHARGE =
  /담당\s?(?:자|부서|과장|공무원|직원)|담당(?:과|관)(?![\uAC00-\uD7AF])|책임자|소관|누구(?:한테|에게|께)\s*(?:물어|여쭤)|\bin charge\b|\bresponsible (?:unit|department|office|official|division|team)\b/iu;

/** Whether a question asks how to reach someone or who is in charge: what an official's number in a release's box is printed for. */
export function asksForContact(question: string): boolean {
  return CONTACT.test(question) || IN_CHARGE.test(question);
}

/** A way to reach someone: a phone number, an e-mail address or a web address. */
const HAS_CONTACT = /(?<!\d)0\d{1,2}[-.)\s]\d{3,4}[-.\s]\d{4}(?!\d)|(?<!\d)1\d{3}-\d{4}(?!\d)|[\w.+-]+@[\w-]+\.[\w.]+|https?:\/\/\S+|\bwww\.\S+/iu;

/**
 * Asking which papers to hand in ("어떤 서류를 내야", "제출서류가 뭐", "what documents do I need"):
 * the answer names them, and Korean names a paper by the noun its kind ends in (표준국어대사전 -서(書)
 * '문서', -증(證) '증명서', 등본, 사본, 양식, 서식); English by its kind (form, certificate …).
 */
const DOCUMENT =
  /(?:어떤|무슨|뭔|어느)\s*(?:[\uAC00-\uD7AF]+\s+)?(?:[\uAC00-\uD7AF]*서류|서식|양식)|(?:[\uAC00-\uD7AF]*서류)(?:는|가|은|이|를|을)?\s*(?:뭐|무엇|뭔|어떤|어떻게)|필요한\s*서류|\b(?:what|which)\s+(?:[a-z-]+\s+)?(?:documents|papers|paperwork|forms|documentation)\b|\b(?:documents|paperwork|documentation)\s+(?:do|does|should|must|are|is)\b/iu;
const HAS_DOCUMENT =
  /(?:신청서|계획서|제안서|확인서|확약서|증명서|명세서|내역서|보고서|동의서|서약서|각서|계약서|진술서|의견서|추천서|이력서|요약서|설명서|협약서|등록증|허가증|인증서|증명원|신고서|검토서|평가서|등본|초본|사본|서류|양식|서식)|\b(?:forms?|certificates?|statements?|letters?|cop(?:y|ies)|licen[cs]es?|registrations?|proposals?|applications?)\b/iu;

/** Who is asked about in a statement question: the subject before "say", or the Korean subject before 이/가/은/는/께서. */
const EN_SPEAKER = /\bwhat (?:did|does|has|have)\s+(?:the\s+|a\s+)?((?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:say|state|tell|comment)\b/i;
const KO_SPEAKER = /([\uAC00-\uD7AF]{2,})(?:께서|이|가|은|는)\s/u;

export function statementSpeaker(question: string): string | undefined {
  const en = EN_SPEAKER.exec(question)?.[1]?.split(/\s+/).pop();
  if (en) return en.toLowerCase();
  return KO_SPEAKER.exec(question)?.[1];
}

/**
 * Nouns for a text rather than a speaker: what a law, an article or a plan "says" is its content,
 * stated in the documents in any words, not a quotation to be found.
 */
const TEXT_SPEAKER = /^(?:act|law|article|clause|plan|report|document|rule|regulation|guideline|decree|statute|법|법률|조항|계획|보고서|지침|규정|시행령)$/iu;

/** "What did the government say in the new plan draft": what a text says is its content, whoever issued it (TEXT_SPEAKER's nouns). */
const SAID_IN_TEXT =
  /\b(?:say|state|tell)\s+(?:in|through)\s+(?:the|its|their|this|that|a)\s+(?:[a-z-]+\s+){0,2}?(?:act|law|article|clause|plan|draft|report|document|rule|regulation|guideline|decree|statute)\b/iu;

/**
 * "How much did Samsung pay …", "how much will the government spend", "얼마 냈어", "얼마 들었대": a
 * verb whose object is money by its meaning (pay, spend, cost, charge, invest, earn, owe; 내다,
 * 지불하다, 들다 '돈이 쓰이다', 쓰다, 투자하다) asked with how much or 얼마 asks for a sum, in any of
 * its forms ("how much is Samsung investing"). So does a verb of moving money into a venture, with
 * into (put, pour, pump, sink, plough, dump … into: "how much is it putting into the complex"), when
 * how much asks of the verb itself, not of a noun ("how much land did they put into the bank").
 */
const MONEY_INTO =
  '(?:put|puts|putting|pour|pours|poured|pouring|pump|pumps|pumped|pumping|sink|sinks|sank|sunk|sinking|plough|ploughs|ploughed|ploughing|plow|plows|plowed|plowing|dump|dumps|dumped|dumping)';
const SUM_VERB = new RegExp(
  `\\bhow\\s+much\\b(?:\\s+[\\w'-]+){0,8}?\\s+(?:pay|pays|paid|paying|spend|spends|spent|spending|cost|costs|costing|charge|charges|charged|charging|invest|invests|invested|investing|earn|earns|earned|earning|owe|owes|owed|owing)\\b|\\bhow\\s+much\\s+(?:(?:money|cash|funding|capital)\\s+)?(?:is|are|was|were|did|does|do|will|has|have|had|would|could|should)\\b(?:\\s+[\\w'-]+){0,6}?\\s+${MONEY_INTO}\\s+(?:[\\w'-]+\\s+){0,3}?into\\b|\\b${MONEY_INTO}\\s+how\\s+much\\b(?:\\s+[\\w'-]+){0,4}?\\s+into\\b|얼마(?:를|나|씩)?\\s*(?:냈|내야|내요|지불|들었|드는|들까|썼|쓴|투자)`,
  'iu',
);

/**
 * What a question asks for depends on its text alone, and the answer step asks it of every candidate
 * sentence (asked-kind.ts): the last few questions' types are kept.
 */
const recentTypes = new Recent<readonly AnswerType[]>(64);

export function answerTypes(question: string): readonly AnswerType[] {
  return recentTypes.get(question, () => typesOf(question));
}

function typesOf(question: string): AnswerType[] {
  const types: AnswerType[] = [];
  const speaker = statementSpeaker(question);
  if (STATEMENT.test(question) && !(speaker && TEXT_SPEAKER.test(speaker)) && !SAID_IN_TEXT.test(question)) types.push('statement');
  if (CONTACT.test(question)) types.push('contact');
  if (DOCUMENT.test(question)) types.push('document');
  if (OUTCOME.test(question)) types.push('outcome');
  if (CHANGE.test(question)) types.push('change');
  if (UPCOMING.test(question)) types.push('upcoming');
  if (RESULT.test(question)) types.push('result');
  if (PERCENT.test(question)) types.push('percent');
  if ((MONEY_NOUN.test(question) && AMOUNT_CUE.test(question)) || KO_PRICE_QUESTION.test(question) || EN_WHAT_SUM.test(question) || SUM_VERB.test(question))
    types.push('money');
  if (COUNT.test(question) && !FREQUENCY.test(question)) types.push('count');
  if (FREQUENCY.test(question)) types.push('frequency');
  if (DATE.test(question)) types.push('date');
  if (PERIOD.test(question)) types.push('period');
  if (NAMES.test(question)) types.push('names');
  if (PERSON.test(question) || askedRole(question)) types.push('person');
  if (LIST.test(question)) types.push('list');
  return types.length > 0 ? types : ['other'];
}

/** The unit after 몇: a unit of measure in words whole ("몇 미터"), else one syllable or a Latin symbol. */
const ASKED_UNIT = new RegExp(`몇\\s*(${UNIT_WORDS}|[\\uAC00-\\uD7AF]|[A-Za-z]+)`, 'gu');

/**
 * "몇 명" asks for a number of people, which Korean writes with 명 ("227만여 명", "세 명"): any other
 * figure of the sentence (a date written "1. 2.", "20년", a row number) is no count of people.
 * (Things are counted in many counters that speakers swap freely, "몇 개" for "6곳", so "몇 개" and
 * other counters take any number; "몇 곳" is held to the counters of places below.)
 */
function countsWithCounter(question: string, text: string): boolean {
  if (/몇\s*명/u.test(question)) return counted('명', text);
  // Korean counts people in 명 (표준국어대사전: 사람을 세는 단위), whichever language asks: "how many
  // visitors" is answered in a Korean text by "3만 명", and "5팀" or "10cm" counts something else
  // (an English sentence glossing a term in Hangul is English, and counts in its own words).
  if (EN_HOW_MANY_PEOPLE.test(question) && detectLang(text) === 'ko') return counted('명', text);
  // So it counts places and facilities in 곳, 군데, 개소 or 개, as for "몇 곳" below.
  if (EN_HOW_MANY_PLACES.test(question) && detectLang(text) === 'ko') return counted('(?:곳|군데|개소|개(?![월년]))', text);
  // And the other things a Korean text counts in counters of their own (english-counters.ts):
  // "how many days" in 일, "how many copies" in 부.
  const english = englishCounts(question);
  if (english.length > 0 && detectLang(text) === 'ko') return english.some((c) => c.counters.some((counter) => counted(counterOrSymbol(counter), text)));
  // "몇 곳" asks a number of places or bodies (표준국어대사전: 곳, 군데; 개소 is its Sino-Korean
  // form), which Korean text counts with those or with the general counter 개 ("10곳", "6개
  // 단지"): "12부" counts copies, "11번" a row, "0 입력" nothing. An English passage counts in its
  // own words ("ten complexes").
  if (/몇\s*(?:곳|군데|개소)/u.test(question) && /[\uAC00-\uD7AF]/u.test(text)) return counted('(?:곳|군데|개소|개(?![월년]))', text);
  // "몇 건" counts cases, items or documents (표준국어대사전: 건, 사건·서류·안건 따위를 세는 단위),
  // which Korean text counts with 건 or the general counter 개 ("규제 개선 16건", "16개 과제"): a
  // figure in another unit ("4자리", "0 입력", "12부") counts something else.
  if (/몇\s*건/u.test(question) && /[\uAC00-\uD7AF]/u.test(text)) return counted('(?:건|개(?![월년]))', text);
  // Any other counter names its unit as well (a 단위를 나타내는 의존 명사, 표준국어대사전): "몇 쪽" is
  // answered by "12쪽", "몇 부" by "12부", "몇 m" by "47.2 m", and a figure counted in another unit
  // answers another question. Not the general counters (개, 가지), nor those speakers swap (번 and
  // 회), nor dates, clock times and percentages, which are types of their own.
  // A unit of measure in words is read whole ("몇 미터"), and its symbol answers too ("10m").
  const units = [...question.matchAll(ASKED_UNIT)].map((m) => m[1] as string).filter((u) => !SWAPPED_COUNTERS.test(u));
  if (units.length > 0 && /[\uAC00-\uD7AF]/u.test(text)) return units.some((unit) => counted(counterOrSymbol(unit), text));
  return true;
}

/** "How many visitors/people/athletes …": a count of people (English nouns for people by role or group). */
const EN_HOW_MANY_PEOPLE =
  /\bhow many\s+(?:[a-z-]+\s+)?(?:people|persons|visitors|workers|employees|participants|attendees|applicants|residents|students|athletes|players|spectators|tourists|members|officials|staff|citizens|children|adults|volunteers|guests)\b/i;

/** "How many complexes/centres/sites …": a count of places or facilities. */
const EN_HOW_MANY_PLACES =
  /\bhow many\s+(?:[a-z-]+\s+){0,2}?(?:complexes|centres|centers|sites|zones|facilities|stations|locations|places|venues|parks|estates|districts)\b/i;

/**
 * Counters a count may be given in others of (개, 가지, 번/회, and 건 "item, case", which speakers
 * and documents swap with 개 for tasks and measures: "규제 개선 16건" and "16개 규제 개선"), and
 * date, time and percentage words.
 */
const SWAPPED_COUNTERS = /^(?:개|가|건|번|회|년|월|일|시|퍼|프|명|곳|군)$/u;

/** Compiled once per counter (the last few: a question's counter is any word it types after 몇). */
const countPatterns = new Recent<RegExp>(64);

/**
 * A figure or a Korean count word with the counter given (a regular-expression source), or a
 * figure labelled by a name that ends in the counter, as a table's column gives the unit of its
 * cells once ("배점: 4.2" is 4.2점, "인원(명): 30" 30명; see labelledFigure).
 */
function counted(counter: string, text: string): boolean {
  const pattern = countPatterns.get(
    counter,
    () => new RegExp(`\\d[\\d,.]*\\s*(?:만|천|백)?\\s*여?\\s*${counter}|(?<![\\uAC00-\\uD7AF])(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\\s?${counter}`, 'u'),
  );
  return pattern.test(text) || labelledFigure(counter, text);
}

const labelledPatterns = new Recent<RegExp>(64);

/**
 * "배점: 4.2", "인원(명): 30": a labelled item or table cell (`label: value`, as the loaders write
 * them) whose label ends in the counter, bare or in parentheses, and whose value is a figure.
 */
export function labelledFigure(counter: string, text: string): boolean {
  const pattern = labelledPatterns.get(counter, () => new RegExp(`(?:^|\\n|\\|)\\s*[^:|\\n]{0,20}(?:${counter}|\\(${counter}\\))\\s*:\\s*\\d`, 'u'));
  return pattern.test(text);
}

/**
 * A number that is not a year ("in 2030", "2025년"): a year answers "when", not "how many". A
 * Korean count word stands as a word with its counter ("세 곳이"), not inside others ("부두 개장식").
 */
const HAS_COUNT =
  /(?<![\d.,])(?!(?:19|20)\d{2}(?:\s*년|(?![\d,.]*\s*(?:%|개|곳|명|건|기|억|만|조|천|원|㎡|m²|km|ha|companies|complexes|firms|people|won))))\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)\b|(?<![\uAC00-\uD7AF])(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?(?:개|곳|명|기|건|가지)(?:이|가|은|는|을|를|의|에|에서|씩|만|도|와|과|로|으로)?(?![\uAC00-\uD7AF])/iu;
/**
 * A date or clock time ("9월 7일(금)", "2024. 1. 2.", "17:30") and a table row's number ("NO: 6",
 * "연번 3") are figures that count nothing: read for a count, they are left out.
 */
function withoutDatesAndRowNumbers(text: string): string {
  return text
    .replace(/\d{1,2}\s*월(?:\s*\d{1,2}\s*일)?|(?:\d{4}\.\s*)?\d{1,2}\.\s*\d{1,2}\.|\d{1,2}:\d{2}/gu, ' ')
    .replace(/(?:\bNo\.?|\bNO|번호|연번|순번)\s*[:.]?\s*\d+/gu, ' ');
}

/**
 * An ordinal counts nothing: with the prefix 제- ("제2차관", "제3조": 표준국어대사전, 제- "그 숫자에
 * 해당되는 차례") or an English ordinal suffix ("the 5th Basic Plan", "its 2nd round").
 */
function withoutOrdinals(text: string): string {
  return text.replace(/(?<![\uAC00-\uD7AF])제\s?\d+|\b\d+(?:st|nd|rd|th)\b/giu, ' ');
}

/**
 * Whether the sentence counts something: a figure that is no date, row number or 제- ordinal, in
 * the counter the question asks with. (carries('count') keeps 제- ordinals for a 몇 question,
 * which may ask one; a count the question's noun must stand beside is never one.)
 */
export function statesCount(text: string, question: string): boolean {
  return HAS_COUNT.test(withoutOrdinals(withoutDatesAndRowNumbers(text))) && countsWithCounter(question, text);
}

const HAS_DATE =
  /\b(?:19|20)\d{2}\b|(?:19|20)\d{2}\s*년|\d{1,2}\s*월|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/i;
/** Three or more items separated by commas, "·" or "、", named items joined by "and"/"및"/"와", or two bullet lines. */
const HAS_LIST =
  /(?:[^,·、]+[,·、]\s*){2,}[^,·、]+|[A-Z][\w-]+(?:,\s*[A-Z][\w-]+)*,?\s+and\s+[A-Z][\w-]+|(?:^|\n)\s*(?:[-•*▪]|\d+[.)])\s+\S[^\n]*\n\s*(?:[-•*▪]|\d+[.)])\s+\S/u;

/**
 * A proper name: capitalised words run together, past the sentence's first word ("the Advanced
 * Strategic Industry Committee", "Presidential Committee on Local Era"), or a Korean name in quotes
 * or ending in a body's or law's title word.
 */
const HAS_NAME =
  /.\b[A-Z][\w-]+(?:\s+(?:of|on|and|for|the)?\s*[A-Z][\w-]+)+|['‘「『][^'’」』]{2,}['’」』]|[\uAC00-\uD7AF]*(?:위원회|공단|공사|연구원|특별법|법률)/u;

/** Titles a Korean name stands before ("장미란 제2차관", "안덕근 장관", "홍길동 씨"). */
const KO_TITLES = '제\\d차관|장관|차관|원장|청장|처장|대표|회장|위원장|의원|대통령|총리|시장|도지사|지사|군수|구청장|씨|박사|교수|이사장|사장|국장|과장|팀장';

/**
 * Someone named: a Korean name with its title or 씨 ("장미란 제2차관", "안덕근 장관"), a body by the
 * suffix of its kind (부·처·청, 공단·공사, 위원회, 센터, 재단, 협회, 연구원·진흥원, 대학교, 시청·구청·도청;
 * a particle may follow), or an acronym ("KICOX", "MOTIE").
 */
const HAS_PERSON = new RegExp(
  `[\\uAC00-\\uD7AF]{2,4}\\s?(?:${KO_TITLES})(?![\\uAC00-\\uD7AF]{2})|[\\uAC00-\\uD7AF]+(?:부|처|청|공단|공사|위원회|센터|재단|협회|연구원|진흥원|대학교|시청|구청|도청|군청)(?![\\uAC00-\\uD7AF]{2})|\\b[A-Z]{2,}\\b`,
  'u',
);

/** A line-up after a label ("섭외팀: 김연우, 10cm, 양희은"): names, whatever their role. */
const LINE_UP = /[:：]\s*([^,\n:|]{2,12})(?:\s*,\s*[^,\n:|]{2,12}){2,}/gu;

/**
 * Asking for people by name, not for a kind of person: the doubled question word (누구누구, "who
 * and who", 표준국어대사전) or the word for a name (이름, 성함, 성명, names). "위원은 누가 돼" may be
 * answered by a kind ("고령자"); "선수들은 누구누구" only by names.
 */
const NAMES_OF_PEOPLE = /누구\s?누구|이름|성함|성명|\bnames?\b/iu;
/**
 * A person by name: a Korean name before a title or a role ("장미란 제2차관", "백승엽 학생", "김 선수"),
 * a name in the cell after a role's title in a contact table ("담당자 | 사무관 | 이기태"), an English
 * name of capitalised words past the sentence's first, or a line-up after a label ("섭외팀: 김연우, 10cm, 양희은").
 */
const PERSON_NAMES = [
  new RegExp(
    `(?<![\\uAC00-\\uD7AF])([\\uAC00-\\uD7AF]{2}[\\uAC00-\\uD7AF](?<![고며을를의에]))\\s?(?:${KO_TITLES}|선수|학생|감독|코치|작가|가수|사무관|주무관|서기관)(?=(?:에게|께서|에|으로|로|와|과|이|가|은|는|을|를|의|도|만){0,2}(?![\\uAC00-\\uD7AF]))`,
    'gu',
  ),
  /(?:담당자|책임자|담당과장|성명|이름)\s*[:|]\s*(?:(?:과장|팀장|사무관|주무관|서기관|연구원|국장)\s*\|?\s*)?([\uAC00-\uD7AF]{2,4})(?![\uAC00-\uD7AF])/gu,
  /.\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+(?:-[a-z]+)?){1,2})\b/gu,
  LINE_UP,
];

/**
 * The role the people asked for hold ("선수들 이름이 누구누구", "격려한 선수는 누구였어", "which
 * athletes"), among the roles a Korean name stands with ("김 선수", "가수 양희은"): only a name with
 * that role answers, and the vice-minister who met the athletes is none of them.
 */
const KO_ROLES = '선수|학생|감독|코치|작가|가수|교수';
const KO_ASKED_ROLE = new RegExp(
  `(${KO_ROLES})(?:님)?(?:들)?(?:의)?\\s*(?:이름|성함|명단)?(?:은|는|이|가)?\\s*(?:[\\uAC00-\\uD7AF]+적으로\\s*)?(?:누구|누가)`,
  'u',
);
const EN_ROLES: readonly [RegExp, string][] = [
  [/^(?:athletes?|players?|sportspeople)$/, '선수'],
  [/^students?$/, '학생'],
  [/^(?:coach(?:es)?|managers?)$/, '감독|코치'],
  [/^(?:writers?|authors?)$/, '작가'],
  [/^(?:singers?|musicians?)$/, '가수'],
  [/^professors?$/, '교수'],
];
const EN_ASKED_ROLE = /\b(?:which|what)\s+([a-z]+)\b|\bwho\s+(?:were|are|was|is)\s+the\s+([a-z]+)\b|\bnames?\s+of\s+the\s+([a-z]+)\b/gi;

/** The role of the people a question asks to be named (as a pattern of Korean titles), if any. */
export function askedRole(question: string): string | undefined {
  // Asked of every candidate sentence of a who-question (carries): kept per question ('' for none).
  return recentRoles.get(question, () => roleOf(question) ?? '') || undefined;
}

const recentRoles = new Recent<string>(64);

function roleOf(question: string): string | undefined {
  const korean = KO_ASKED_ROLE.exec(question)?.[1];
  if (korean) return korean;
  for (const m of question.matchAll(EN_ASKED_ROLE)) {
    const noun = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
    const role = EN_ROLES.find(([pattern]) => pattern.test(noun))?.[1];
    if (role) return role;
  }
  return undefined;
}

/** The commonest surnames in Hangul (통계청; see KO_CUSTOMARY_SURNAMES). */
const SURNAMES = new Set(Object.values(KO_CUSTOMARY_SURNAMES));

/** Compiled once per role (a question's role is one of a few). */
const rolePatterns = new Recent<RegExp>(16);

/**
 * A person's name with the role, before or after it ("김우진 선수", "남기범(Nam Ki-beom) 서울시립대
 * 교수", "양궁 선수 김우진"), that the question does not name: three syllables opening with a common
 * surname, and no common noun of the shared vocabulary ("장애인 선수", "국가대표 선수" name a kind of
 * athlete, not one). Words between are an affiliation, without a particle: "김 차관은 조하늘 선수와"
 * names 조하늘.
 */
function namedWithRole(text: string, role: string, question: string): boolean {
  const asked = question.replace(/\s+/g, '');
  const pattern = rolePatterns.get(role, () => rolePattern(role));
  return [...text.matchAll(pattern)].some((m) => {
    const name = (m[1] ?? m[2]) as string;
    return SURNAMES.has(name.charAt(0)) && !asked.includes(name) && !isCommonKoreanWord(name);
  });
}

function rolePattern(role: string): RegExp {
  return new RegExp(
    `(?<![\\uAC00-\\uD7AF])([\\uAC00-\\uD7AF]{3})(?:\\s?\\([^)]{1,30}\\))?(?:\\s+[^\\s,.]{1,12}(?<![은는이가을를의에와과도])){0,2}?\\s?(?:${role})(?![\\uAC00-\\uD7AF]{2})|(?:${role})\\s([\\uAC00-\\uD7AF]{3})(?![\\uAC00-\\uD7AF])`,
    'gu',
  );
}

/** Someone named in the text whom the question does not name already: the asker knows who asks. */
export function namesAnotherPerson(text: string, question: string): boolean {
  return PERSON_NAMES.some((pattern) => namesAnotherPersonBy(pattern, text, question));
}

function namesAnotherPersonBy(pattern: RegExp, text: string, question: string): boolean {
  const asked = question.replace(/\s+/g, '');
  return [...text.matchAll(pattern)].some((m) => !asked.includes((m[1] as string).replace(/\s+/g, '')));
}

/** A list of items for a question asking for all of them: bullet lines, or three or more short items in a row (clauses between commas are no list). */
const HAS_ITEMS =
  /(?:^|\n)\s*(?:[-•*▪]|\d+[.)])\s+\S[^\n]*\n\s*(?:[-•*▪]|\d+[.)])\s+\S|(?:(?:^|[\s:(])[^,·、:\s][^,·、:.]{0,30}[,·、]\s*){2,}[^,·、.]{1,40}|(?:^|[\s:(])[^,·、:\s][^,·、:.]{0,30},\s*[^,.]{1,30},?\s+and\s+[^,.]{1,30}|[A-Z][\w-]+(?:\s[A-Z][\w-]+)*\s(?:and|&)\s[A-Z][\w-]+|[\uAC00-\uD7AF]{2,}[·ㆍ][\uAC00-\uD7AF]{2,}/u;

const HAS_PERCENT = /\d\s*(?:%|퍼센트|per ?cent\b)/i;

/**
 * A frequency as documents state it: a period with 매/마다/별/간/주기 ("매년", "5년마다", "분기별",
 * "연간", "5년 주기"), a count per period ("연 2회", "월 1회"), or its English forms ("every five
 * years", "on a five-year cycle", "annually").
 */
const HAS_FREQUENCY =
  /매\s*(?:년|월|주|일|분기|반기)|(?:연|월|주|일)\s*\d+\s*회|(?:년|개월|월|주|일|분기|반기)\s*(?:마다|단위|주기)|(?:분기|반기|월|연도|년도)별|(?<![\uAC00-\uD7AF])(?:연간|월간|주간|수시|상시)(?![\uAC00-\uD7AF])|\bevery\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|quarters?)\b|\b[\w]+[- ](?:year|month|week)\s+(?:cycles?|intervals?)\b|\b(?:annual(?:ly)?|yearly|monthly|quarterly|weekly|biennial(?:ly)?)\b|\b(?:once|twice)\s+a\s+(?:year|month|week)\b/iu;

/**
 * A sum in a currency: "3조 원", "330억원", "5천만원" (Korean stacks its units of ten thousand and
 * their multiples: 천만, 백억), "KRW 360 trillion", "33 billion won", "$5 million"; or a
 * sum stated as a share of another ("입찰금액의 5%", "10% of the contract price"), as bid bonds,
 * deposits and penalties are.
 */
const HAS_MONEY =
  /\d[\d,.]*\s*(?:(?:조|억|만|천|백)\s*)*(?:원|달러)|(?:KRW|USD|US\$|\$|₩)\s*\d|\d[\d,.]*\s*(?:trillion|billion|million|thousand)?\s*(?:won|dollars)\b|(?:금액|가격|비용|예산|사업비|대금)의?\s*\d[\d.]*\s*(?:%|퍼센트)|\d[\d.]*\s*%\s*of\s+the\s+(?:[a-z]+\s+)?(?:price|cost|budget|amount|sum|value)\b/i;

/**
 * Reported speech: a quotation, or a verb of saying ("said", "밝혔다", "…라고 강조했다", "발언"). A
 * quotation of several sentences is cut by the sentence splitter: its first sentence opens it
 * ("장미란 차관은 “올해는 … 해이다.") and names the speaker, its last closes it ("…응원하겠다.”라고 밝혔다.").
 */
const HAS_STATEMENT =
  /["“][^"”]{6,}(?:["”]|$)|\b(?:said|says|stated|told|remarked|stressed|emphasi[sz]ed|announced)\b|(?:라고|다고|자고)\s*(?:말|밝|강조|언급|설명|전했|덧붙)|발언/iu;

/**
 * Whether a sentence carries what the answer type asks for. A statement must be the asked
 * speaker's: "the ministry said …" does not say what the minister said.
 */
export function carries(type: AnswerType, text: string, question = ''): boolean {
  if (type === 'statement') {
    const speaker = statementSpeaker(question);
    return HAS_STATEMENT.test(text) && (speaker === undefined || text.toLowerCase().includes(speaker.toLowerCase()));
  }
  if (type === 'percent') return HAS_PERCENT.test(text);
  if (type === 'money') return HAS_MONEY.test(text);
  if (type === 'count') {
    // Korean asks for an ordinal with a count word ("몇 조에 근거"), so only a question without 몇
    // ("how many athletes") leaves them out.
    const figures = withoutDatesAndRowNumbers(text);
    return HAS_COUNT.test(/몇/u.test(question) ? figures : withoutOrdinals(figures)) && countsWithCounter(question, text);
  }
  if (type === 'date') return HAS_DATE.test(text);
  if (type === 'period') return HAS_SPAN.test(text) || new Set(text.match(YEARS) ?? []).size >= 2;
  if (type === 'frequency') return HAS_FREQUENCY.test(text);
  if (type === 'names') return HAS_LIST.test(text) || HAS_NAME.test(text);
  if (type === 'person') {
    // Held to the role in Korean text, where the name stands with it; English text names people otherwise.
    const role = askedRole(question);
    if (role && detectLang(text) === 'ko') return namedWithRole(text, role, question) || namesAnotherPersonBy(LINE_UP, text, question);
    return NAMES_OF_PEOPLE.test(question) ? namesAnotherPerson(text, question) : HAS_NAME.test(text) || HAS_PERSON.test(text);
  }
  if (type === 'list') return HAS_ITEMS.test(text);
  if (type === 'contact') return HAS_CONTACT.test(text);
  if (type === 'document') return HAS_DOCUMENT.test(text);
  if (type === 'outcome') return HAS_OUTCOME.test(text);
  if (type === 'change') return HAS_CHANGE.test(text);
  if (type === 'upcoming') return HAS_UPCOMING.test(text) && ROUND_NOUN.test(text);
  if (type === 'result') return HAS_CHANGE_DONE.test(text) && !STATES_AIM.test(text);
  return false;
}

/** A sentence that continues the one before it: it points back at what that one introduced. */
const CONTINUES =
  /^(?:These|This|They|Those|It|Its|Their|Of (?:these|them|which)|Among (?:them|these)|Together|In addition|The (?:first|second|third|others?|rest|remaining|same)|Both|All of them)\b|^(?:이\s*가운데|이\s*중|그\s*중|그\s*가운데|이들|이는|이에|이로써|이 밖에|나머지|해당|같은\s|동일한\s)/u;
/**
 * A connective inside the sentence that refers back to what the one before it said ("the Act
 * thereby seeks"), or a Korean demonstrative determiner (관형사 이, 그, 이러한, 그러한) before a noun:
 * written apart from its noun, "이 목표를 이루기 위해" names the goal the sentence before stated.
 */
const REFERS_BACK =
  /\b(?:thereby|therefore|thus|hence|as a result)\b|이를\s*통해|이를\s*위해|이에\s*따라|따라서|그\s*결과|(?<![\p{L}\p{N}])(?:이|그|이러한|그러한)\s+(?!중|가운데|밖에|외에|후|뒤|전|때)[\uAC00-\uD7AF]/iu;

/** The same, after an opening adverbial ("As of end-2024, these comprised ..."). */
const CONTINUES_AFTER_OPENER = /^[^,.;:]{1,40},\s*(?:these|this|they|those|it|its|their)\b/iu;

export function continuesPrevious(text: string): boolean {
  const trimmed = text.trim();
  return CONTINUES.test(trimmed) || CONTINUES_AFTER_OPENER.test(trimmed) || REFERS_BACK.test(trimmed);
}

/** An intro that announces what follows ("...were selected as follows", "...: ", "다음과 같다"). */
const ANNOUNCES = /(?::|as follows|the following|다음과 같)\s*\.?$/i;
/** A sentence that says a text defines something without giving the definition ("Article 2(6) defines X."). */
const ANNOUNCES_DEFINITION = /\bdefines?\b(?![^.]*\b(?:as|means?|to be)\b)[^.]*\.?$|(?:을|를)\s*정의(?:한다|하고 있다)\.?$/iu;

/** The answer types the question asks for that none of the given sentences carries. */
export function missingTypes(question: string, texts: string[]): AnswerType[] {
  return answerTypes(question).filter((type) => type !== 'other' && !texts.some((t) => carries(type, t, question)));
}

/**
 * A quotation opened and not closed in the sentence: the splitter cut a quotation of several
 * sentences, which go on until one closes it ("…응원하겠다.”라고 밝혔다.").
 */
export function opensQuotation(text: string): boolean {
  return /[“"][^”"]*$/u.test(text);
}

export function closesQuotation(text: string): boolean {
  return /[”"]/u.test(text);
}

/** The chosen sentence points back at the one before it ("This description...", "이 가운데..."). */
export function takesPrevious(chosen: SentenceSpan): boolean {
  return continuesPrevious(chosen.text);
}

/**
 * The next sentence of the same passage belongs in the answer when it continues the chosen one
 * ("These comprised...", "이 가운데...") or carries the count, date or names the question asks for
 * and the chosen sentence does not.
 */
export function takesNext(question: string, chosen: SentenceSpan, next: SentenceSpan): boolean {
  if (continuesPrevious(next.text) || ANNOUNCES.test(chosen.text.trim()) || ANNOUNCES_DEFINITION.test(chosen.text.trim())) return true;
  return answerTypes(question).some((type) => type !== 'other' && !carries(type, chosen.text, question) && carries(type, next.text, question));
}

/**
 * Answer types evidence must carry for the answer to count at all: a question asking for a
 * percentage is not answered by a sentence without one ("법인세율은 몇 퍼센트" answered with a
 * company count), nor one asking for a sum of money by one without an amount in a currency, nor one
 * asking what someone said by facts without their words, nor one asking for every item ("which
 * three complexes won") by a sentence that names none, nor one asking how to reach someone by a
 * sentence without a phone number, an e-mail or a web address, nor one asking which papers to hand
 * in by one that names none, nor one asking how often by one without a period or rate ("연간",
 * "5년마다"). Counts and dates are looser (a list answers "how many", a period "when").
 */
export const REQUIRED_TYPES: readonly AnswerType[] = [
  'percent',
  'money',
  'statement',
  'list',
  'contact',
  'document',
  'outcome',
  'change',
  'upcoming',
  'result',
  'count',
  'date',
  'period',
  'frequency',
  'person',
];

/** "What is X?", "What are X?", "X란?", "X는 무엇인가요?": what something is, and X. */
const EN_DEFINITION =
  /^\s*what\s+(?:is|are)\s+(?!(?:an?\s+|the\s+)?(?:number|share|date|goal|budget|name|purpose|period)\b)(?:an?\s+|the\s+)?([^?]{2,80}?)\s*\?*\s*$/iu;
const KO_DEFINITION = /^\s*(.{2,40}?)(?:이란|란|은|는)\s*(?:무엇|뭐)[^\s]*\s*\??\s*$|^\s*(.{2,40}?)(?:이란|란)\s*\??\s*$/u;
/** A sentence that says what its subject is: "X are a government program…", "X는 … 사업이다." */
const DEFINES = /\s(?:is|are)\s+(?:an?|the|one)\s|(?:이다|말한다|가리킨다|뜻한다)\.?$/iu;

/** The X of a definition question, or undefined when the question asks something else. */
export function definitionSubject(question: string): string | undefined {
  const en = EN_DEFINITION.exec(question);
  if (en?.[1]) return en[1].trim();
  const ko = KO_DEFINITION.exec(question);
  return (ko?.[1] ?? ko?.[2])?.trim();
}

/**
 * Whether a sentence defines the subject: it opens with the subject's first word (glosses in
 * parentheses aside) and says what it is. "노후 산업단지의 기준은 …" defines "노후 산업단지의 기준";
 * "2025년 기준 노후산단 수 520개는 … 숫자이다" does not.
 */
export function definesSubject(sentence: string, subject: string): boolean {
  const text = sentence
    .replace(/\([^)]*\)/g, '')
    .trim()
    .toLowerCase();
  const first = subject.toLowerCase().split(/\s+/)[0] ?? '';
  return first.length >= 2 && text.startsWith(first) && DEFINES.test(text);
}
