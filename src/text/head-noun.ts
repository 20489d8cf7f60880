const EN_HEAD = /^\s*(?:what|which|who)\s+(?:is|are|was|were)\s+the\s+([a-z]+)\s+of\b/i;
const KO_HEAD = /([\uAC00-\uD7AF]+)(?:은|는)\s+(?:얼마|몇|언제|어디|누구|무엇|뭐|어때)/u;

/** The noun whose value the question asks for: "what is the N of …", "N은 얼마/몇/언제…". */
export function headNoun(question: string): string | undefined {
  const text = question.normalize('NFC');
  const en = EN_HEAD.exec(text);
  if (en?.[1]) return en[1].toLowerCase();
  return KO_HEAD.exec(text)?.[1];
}
