/**
 * Text in a document that addresses the assistant instead of the reader: the shape of a prompt
 * injection. A sentence quoting such text is never accepted as a cited fact.
 */
const PATTERNS: RegExp[] = [
  /\b(ignore|disregard|forget|override)\b[^.!?\n]{0,40}\b(instructions?|rules?|prompts?|guidelines?|directions?)\b/i,
  /\b(system|developer)\s+(prompt|message|note|instruction)s?\b/i,
  /\b(ai|a\.i\.|language model|llm|chatbot|assistant)s?\b[^.!?\n]{0,30}\b(must|should|are required to|are instructed to|will now)\b/i,
  /\b(note|message|instruction)s?\s+(to|for)\s+(the\s+)?(ai|assistant|chatbot|language model|llm)s?\b/i,
  /\byou are now\b|\bfrom now on,? you\b|\bact as\b/i,
  /(이전|위의|앞의|기존)\s*(의\s*)?(모든\s*)?(지시|명령|지침|규칙|프롬프트)/,
  /(지시|명령|지침|규칙|프롬프트)(을|를|은|는)?\s*(모두\s*)?(무시|잊)/,
  /(AI|인공지능|챗봇|어시스턴트|언어\s*모델)(는|은|에게|에 대한)\s*[^.!?\n]{0,30}(해야|하십시오|하세요|지시)/,
  /시스템\s*(프롬프트|메시지|지시)/,
];

export function looksLikeInstruction(text: string): boolean {
  return PATTERNS.some((p) => p.test(text));
}
