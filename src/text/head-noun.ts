const EN_HEAD = /^\s*(?:what|which|who)\s+(?:is|are|was|were)\s+the\s+([a-z]+)\s+of\b/i;
const KO_HEAD = /([\uAC00-\uD7AF]+)(?:은|는)\s+(?:얼마|몇|언제|어디|누구|무엇|뭐|어때)/u;

/**
 * "How do I apply for a fishing licence?": a how-to question asks the procedure for its verb's
 * object, named by the object's last word (the head of an English noun phrase).
 */
const EN_HOW_TO =
  /^\s*how\s+(?:do|can|could|should|would|may|will)\s+(?:i|we|you|one|they)\s+[a-z]+\s+(?:(?:for|to|into|on|about)\s+)?(?:(?:a|an|the|my|our|their)\s+)?(?:[a-z-]+\s+){0,3}([a-z-]+)\s*\?*\s*$/i;

/**
 * "Were there any accidents at …?", "Is there a special act for …?": an existential question asks
 * whether its noun phrase's thing exists, named by the phrase's last word before a preposition, a
 * relative word or the end.
 */
const EN_EXISTENTIAL =
  /^\s*(?:is|are|was|were|has|have|will)\s+there\s+(?!going\b)(?:been\s+|be\s+)?(?:(?:any|a|an|some|ever)\s+)*(?:[a-z-]+\s+){0,2}?([a-z-]+)(?=\s+(?:at|in|on|for|of|about|from|with|by|to|under|during|since|after|before|between|that|which|who|where|when)\b|\s*[?.!]*\s*$)/i;

/** The noun whose value the question asks for: "what is the N of …", "N은 얼마/몇/언제…", "how do I apply for N", "were there any N". */
export function headNoun(question: string): string | undefined {
  const text = question.normalize('NFC');
  const en = EN_HEAD.exec(text) ?? EN_HOW_TO.exec(text) ?? EN_EXISTENTIAL.exec(text);
  if (en?.[1]) return en[1].toLowerCase();
  return KO_HEAD.exec(text)?.[1];
}

/** "how many N (are|were|did|…)": the counted noun is the last word before the verb or preposition. */
const EN_COUNTED =
  /\bhow many\s+(?:[a-z][\w-]*\s+){0,4}?([a-z][\w-]*)\s+(?:are|were|is|was|do|does|did|has|have|had|will|would|can|could|should|in|at|of|on|for|from|there|got)\b/i;
/**
 * "N(은|는|이|가) 몇 개/곳/명…": the counted noun stands right before 몇 and its counter, or
 * before a quantifier adverb that goes with the count ("응모작은 모두 몇 건", "총 몇 곳").
 */
const KO_QUANTIFIER = '(?:모두|전부|총|다|대략|약|각각)';
const KO_QUANTIFIER_WORD = new RegExp(`^${KO_QUANTIFIER}$`, 'u');
const KO_COUNTED = new RegExp(`([\\uAC00-\\uD7AF]{2,}?)(?:은|는|이|가|을|를|도)?\\s*(?:${KO_QUANTIFIER}\\s*)?몇\\s*(?:개|곳|명|건|기|가지|군데)`, 'u');

const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'staff', 'personnel', 'data']);
/** Words ending in s that are no plural noun: verbs of the third person and function words. */
const NOT_PLURAL = new Set(['was', 'has', 'does', 'is', 'this', 'its', 'his', 'hers', 'ours', 'yours', 'theirs', 'thus', 'plus', 'across', 'unless']);

/** The noun whose count the question asks for ("how many jobs has …", "일자리는 몇 개"). */
export function countedNoun(question: string): string | undefined {
  const text = question.normalize('NFC');
  // What is counted is plural: the first plural noun after "how many" ("how many youth-friendly
  // complexes", "how many people work …"), before falling back to the word before the verb.
  const after = /\bhow many\s+((?:[A-Za-z][\w-]*\s*){1,6})/i.exec(text)?.[1]?.toLowerCase().split(/\s+/) ?? [];
  const plural = after.find((w) => IRREGULAR_PLURALS.has(w) || (/^[a-z][a-z-]{2,}s$/.test(w) && !NOT_PLURAL.has(w)));
  if (plural) return plural;
  const en = EN_COUNTED.exec(text);
  if (en?.[1]) return en[1].toLowerCase();
  return KO_COUNTED.exec(text)?.[1];
}

/** A noun phrase opening the question, its head before of/for/behind: "the stated overall goal of the plan". */
const EN_REQUESTED = /^\s*(?:the|a|an)\s+(?:[a-z-]+\s+){0,3}?([a-z-]+)\s+(?:of|for|behind)\b/i;
/** The object of a request verb (정리, 설명, 알려, 요약, 소개, 말해): "목표를 정리해 주시기 바랍니다". */
const KO_REQUESTED = /([\uAC00-\uD7AF]{2,})(?:을|를)\s*(?:정리|설명|알려|요약|소개|말해)/gu;

/** Korean question words that ask for a value: the phrase right before one names what is asked ("최종 승인 언제", "국비는 얼마"). */
const KO_VALUE_QUESTION = /^(?:언제|어디|누구|몇|얼마|무엇|뭐|뭔)/u;

/**
 * The words of the phrase a Korean question asks the value of: the word just before its question
 * word. Descriptive words elsewhere ("삼성이 들어간다는 … 승인 언제") set the scene; this one is the focus.
 */
export function focusWords(question: string): string[] {
  const text = question.normalize('NFC');
  // English names what it asks by a head noun: "what is the goal of …", and a request whose
  // instruction is gone ("set out the stated overall goal of …" → "the stated overall goal of …").
  if (!/[\uAC00-\uD7AF]/u.test(text)) {
    const head = headNoun(text) ?? EN_REQUESTED.exec(text)?.[1]?.toLowerCase();
    return head ? [head] : [];
  }
  const tokens = text.split(/\s+/).filter(Boolean);
  const focus: string[] = [];
  // A request names what it asks as the object of its verb: "목표를 정리해 주세요", "일정을 알려줘".
  for (const m of text.matchAll(KO_REQUESTED)) focus.push(m[1] as string);
  for (const [i, token] of tokens.entries()) {
    if (i === 0 || !KO_VALUE_QUESTION.test(token)) continue;
    // A quantifier adverb goes with the count ("센터는 모두 몇 곳"): the phrase before it is the focus.
    const skip = i >= 2 && KO_QUANTIFIER_WORD.test(tokens[i - 1] as string) ? 1 : 0;
    const before = tokens[i - 1 - skip] as string;
    if (/[\uAC00-\uD7AF]/u.test(before)) focus.push(before);
  }
  return focus;
}
