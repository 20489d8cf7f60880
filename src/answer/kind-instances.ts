/**
 * Class nouns whose values are names that never repeat the noun: "부서는 어디" is answered by
 * "문화관광체육과", "소관기관은 어디" by "국토교통부", "업체는 어디" by "㈜가나기획". A quote that uses
 * the class noun itself ("점수가 가장 높은 업체를 선정") names no member of the class; one that names a
 * member answers without the noun. Members are told by the suffix Korean law gives each kind of
 * body: units inside an office are 국·과·팀 and 담당관 (행정기관의 조직과 정원에 관한 통칙;
 * 지방자치단체의 행정기구와 정원기준 등에 관한 규정, which adds 본부 and 센터), bodies of government are
 * 부·처·청 and 위원회 (정부조직법), public bodies 공단·공사·재단 and -원 institutes (공공기관의 운영에
 * 관한 법률), local governments 자치단체; a company carries its legal form (상법 제170조: 주식회사,
 * 유한회사, 합자회사, 합명회사, 유한책임회사, written ㈜, (주), (유)).
 */

export type NamedKind = 'unit' | 'body' | 'company';

/** A question noun naming the kind (담당부서, 소관기관, 참여업체 end in it). */
const KIND_NOUNS: readonly [RegExp, NamedKind][] = [
  [/(?:부서|담당과)$/u, 'unit'],
  [/(?:기관|부처|관청)$/u, 'body'],
  [/(?:업체|회사|법인|사업자)$/u, 'company'],
];

/**
 * Units of an office, before a particle or nothing (3+ syllables, so 결과, 전국 and 효과 stay words;
 * Sino-Korean compounds of 果/過/局 left out). A noun before the particle 과 "and" looks the same
 * ("운영계획과 예산"): the check is then as loose as it was without kinds, never stricter.
 */
const UNIT_NAME = /[\uAC00-\uD7AF]{2,}(?:과|국|팀|담당관|본부|센터)(?=(?:은|는|이|가|을|를|의|와|에|에서|으로|로|도|만)?(?![\uAC00-\uD7AF]))/gu;
const NOT_UNIT = /(?:결|효|성|통|초|부|경|사|학|민|한|중|외|전|당|본|각)(?:과|국)$/u;
/** Bodies of government, public bodies, local governments and associations (or a Latin acronym: KOTRA); a unit names its body too. */
const BODY_NAME =
  /[\uAC00-\uD7AF]{2,}(?:부|처|청|위원회|공단|공사|재단|연구원|진흥원|자치단체|협회|연합회|회의소|조합|학교)(?=(?:은|는|이|가|을|를|의|와|과|에|에서|으로|로|도|만)?(?![\uAC00-\uD7AF]))|\b[A-Z]{3,}\b/gu;
/** Words that end like a body and are none: a part (일부, 세부) or a place (접수처, 출처). */
const NOT_BODY = /(?:일부|전부|내부|외부|세부|간부|수처|출처|주처|의처|용처|거처)$/u;
const COMPANY_NAME = /㈜|\((?:주|유|합)\)|주식회사|유한회사|유한책임회사|합자회사|합명회사/u;

/** The kind of named body the question's head noun asks for, when it asks which one (어디, 어느, 누구). */
export function namedKind(head: string, question: string): NamedKind | undefined {
  if (!/어디|어느|누구/u.test(question)) return undefined;
  return KIND_NOUNS.find(([noun]) => noun.test(head))?.[1];
}

/** "어느 업체로 정해졌어", "어느 기관이 제공": the noun 어느 determines, with its particle. */
const WHICH_NOUN = /(?<![\uAC00-\uD7AF])어느\s+([\uAC00-\uD7AF]+?)(?:으로|로|이|가|은|는|을|를|의|에서|에게|에|와|과|도|만)?(?![\uAC00-\uD7AF])/gu;

/**
 * The kind a question asks which member of with the determiner 어느 (관형사, 표준국어대사전: "여럿 가운데
 * 대상이 되는 것이 무엇인지 물을 때 쓰는 말"), wherever the noun it determines stands: "우선협상대상자
 * 어느 업체로 정해졌어" asks a company though its head is another noun. (어떤 asks what sort, a
 * description, and is left alone.)
 */
export function whichKind(question: string): NamedKind | undefined {
  for (const match of question.normalize('NFC').matchAll(WHICH_NOUN)) {
    const kind = KIND_NOUNS.find(([noun]) => noun.test(match[1] as string))?.[1];
    if (kind) return kind;
  }
  const english = EN_WHICH_KIND.exec(question)?.[1]?.toLowerCase();
  return english === undefined ? undefined : EN_KIND_NOUNS.find(([noun]) => noun.test(english))?.[1];
}

/**
 * The same kinds asked in English with "which" or "what" before the noun, a word or two of
 * description between ("which events company", "what government agency"): the answer over a
 * Korean upload names the member as Korean writes it.
 */
const EN_WHICH_KIND =
  /\b(?:which|what)\s+(?:[a-z-]+\s+){0,2}?(compan(?:y|ies)|firms?|contractors?|vendors?|suppliers?|departments?|divisions?|teams?|bureaus?|ministr(?:y|ies)|agenc(?:y|ies)|bod(?:y|ies)|institutions?|organi[sz]ations?|authorit(?:y|ies))\b/i;
const EN_KIND_NOUNS: readonly [RegExp, NamedKind][] = [
  [/^(?:compan|firm|contractor|vendor|supplier)/, 'company'],
  [/^(?:department|division|team|bureau)/, 'unit'],
  [/^(?:ministr|agenc|bod|institution|organi|authorit)/, 'body'],
];

/** Whether the text names a member of the kind. */
export function namesMember(kind: NamedKind, text: string): boolean {
  const any = (pattern: RegExp, not: RegExp) => [...text.normalize('NFC').matchAll(pattern)].some((m) => !not.test(m[0]));
  if (kind === 'company') return COMPANY_NAME.test(text);
  if (kind === 'unit') return any(UNIT_NAME, NOT_UNIT);
  return any(BODY_NAME, NOT_BODY) || any(UNIT_NAME, NOT_UNIT);
}

/**
 * Nouns of degree and extent (정도, 크기, 규모, …): "어느 정도", "어느 크기" ask how much, a value,
 * not which member of a class.
 */
const MEASURE_NOUN = /^(?:정도|크기|규모|수준|범위|만큼|비중|분량|길이|높이|넓이|면적|기간|시간|날짜|시기)/u;
/**
 * Nouns for a number or a code (번호, 전화번호, 코드, 연락처): "어느 번호로 전화해" is answered by the
 * digits ("044-203-3185", "04"), which never write the class noun.
 */
const NUMBER_NOUN = /(?:번호|코드|연락처)$/u;

/** Whether a question's noun asks for a number or a code, which digits give without the noun. */
export function asksNumberNoun(noun: string): boolean {
  return NUMBER_NOUN.test(noun) || /\b(?:numbers?|codes?)$/iu.test(noun);
}

/**
 * The class a question asks which member of with 어느 ("어느 위원회에서 심의했어", "어느 발사장에서"),
 * as the head of its phrase, when it is no kind of body told by its suffix (whichKind) and no
 * measure. A member is named as one of the class, its name ending in the class noun
 * ("국가데이터정책위원회", "경상대학교"), so an answer that never writes the noun names none.
 */
export function whichClassNoun(question: string): string | undefined {
  const text = question.normalize('NFC');
  for (const match of text.matchAll(WHICH_NOUN)) {
    const noun = match[1] as string;
    if (noun.length < 2 || MEASURE_NOUN.test(noun) || asksNumberNoun(noun) || KIND_NOUNS.some(([kind]) => kind.test(noun))) continue;
    // "어느 종목 훈련장", "어느 학교 학생": a noun with no particle before another word classifies
    // that word, and the answer names the member as a modifier ("양궁 훈련장"), without the class noun.
    const bare = match[0].endsWith(noun);
    if (bare && /^\s+[\uAC00-\uD7AF]/u.test(text.slice((match.index ?? 0) + match[0].length))) continue;
    return noun;
  }
  return undefined;
}
