import { joinThousands } from '../text/normalise.js';
import { SUM_SCALES } from './figures.js';

/**
 * A sum the question gives each of something ("한 곳당 1400억씩", "each complex gets KRW 140
 * billion"): when an answer sentence gives that sum as the total ("총 1,400억 원", "KRW 140 billion
 * in total") and another as each one's share ("산업단지당 140억 원씩"), the documents contradict the
 * premise: the question took the whole for the part.
 */
export interface PerUnitClaim {
  amount: number;
  text: string;
}

/** Korean sums: a figure and its unit of 조, 억 or 만 (원 optional): "1400억", "1,400억 원", "3조". */
const KO_AMOUNT = /(\d+(?:\.\d+)?)\s*(조|억|만)\s*(?:원)?/gu;
/** English sums: "KRW 140 billion", "140 billion won", "₩14 billion". */
const EN_AMOUNT = /(?:KRW|₩)\s*(\d+(?:\.\d+)?)\s*(trillion|billion|million)|(\d+(?:\.\d+)?)\s*(trillion|billion|million)\s+won/giu;

interface Amount {
  value: number;
  text: string;
  /** The words just before and after it, where "총", "씩", "당", "each" and "in total" stand. */
  before: string;
  after: string;
}

function amounts(text: string): Amount[] {
  const t = joinThousands(text.normalize('NFKC'));
  const at = (m: RegExpMatchArray, value: number): Amount => {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    return { value, text: m[0], before: t.slice(Math.max(0, start - 32), start), after: t.slice(end, end + 16) };
  };
  const out: Amount[] = [];
  for (const m of t.matchAll(KO_AMOUNT)) out.push(at(m, Number(m[1]) * (SUM_SCALES[m[2] as string] ?? 1)));
  for (const m of t.matchAll(EN_AMOUNT)) {
    const [figure, unit] = m[1] ? [m[1], m[2]] : [m[3], m[4]];
    out.push(at(m, Number(figure) * (SUM_SCALES[(unit as string).toLowerCase()] ?? 1)));
  }
  return out;
}

/** Each one's share: "140억 원씩", "단지당 140억", "each … KRW 14 billion", "KRW 14 billion each / per complex". */
function perUnit(a: Amount): boolean {
  return /^\s*씩|^\s*(?:each|per|apiece)\b/iu.test(a.after) || /당\s*$|\b(?:each|per)\b[^,.]*$/iu.test(a.before);
}

/** The whole: "총 1,400억 원", "a total of KRW 140 billion", "KRW 140 billion in total". */
function total(a: Amount): boolean {
  return /총\s*$|\b(?:a total of|total(?:ling)?|in all)\s*$/iu.test(a.before) || /^\s*(?:in total|in all|altogether|overall)\b/iu.test(a.after);
}

export function perUnitClaims(question: string): PerUnitClaim[] {
  return amounts(question)
    .filter(perUnit)
    .map((a) => ({ amount: a.value, text: a.text }));
}

/** The question's per-unit sums that an answer sentence gives as the total beside another share. */
export function contradictedPerUnit(question: string, answerSentences: readonly string[]): PerUnitClaim[] {
  const claims = perUnitClaims(question);
  if (claims.length === 0) return [];
  return claims.filter((claim) =>
    answerSentences.some((sentence) => {
      const found = amounts(sentence);
      return found.some((a) => a.value === claim.amount && total(a) && !perUnit(a)) && found.some((a) => a.value !== claim.amount && perUnit(a));
    }),
  );
}
