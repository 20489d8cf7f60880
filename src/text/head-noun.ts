const EN_HEAD = /^\s*(?:what|which|who)\s+(?:is|are|was|were)\s+the\s+([a-z]+)\s+of\b/i;
const KO_HEAD = /([\uAC00-\uD7AF]+)(?:은|는)\s+(?:얼마|몇|언제|어디|누구|무엇|뭐|어때)/u;

/** The noun whose value the question asks for: "what is the N of …", "N은 얼마/몇/언제…". */
export function headNoun(question: string): string | undefined {
  const text = question.normalize('NFC');
  const en = EN_HEAD.exec(text);
  if (en?.[1]) return en[1].toLowerCase();
  return KO_HEAD.exec(text)?.[1];
}

/** "how many N (are|were|did|…)": the counted noun is the last word before the verb or preposition. */
const EN_COUNTED =
  /\bhow many\s+(?:[a-z][\w-]*\s+){0,4}?([a-z][\w-]*)\s+(?:are|were|is|was|do|does|did|has|have|had|will|would|can|could|should|in|at|of|on|for|from|there|got)\b/i;
/** "N(은|는|이|가) 몇 개/곳/명…": the counted noun stands right before 몇 and its counter. */
const KO_COUNTED = /([\uAC00-\uD7AF]{2,}?)(?:은|는|이|가|을|를|도)?\s*몇\s*(?:개|곳|명|건|기|가지|군데)/u;

/** The noun whose count the question asks for ("how many jobs has …", "일자리는 몇 개"). */
export function countedNoun(question: string): string | undefined {
  const text = question.normalize('NFC');
  const en = EN_COUNTED.exec(text);
  if (en?.[1]) return en[1].toLowerCase();
  return KO_COUNTED.exec(text)?.[1];
}
