import { searchTerms } from '../text/search-terms.js';
import { restatesClaim } from './claim-words.js';
import type { Specific } from './question-specifics.js';

/**
 * "10곳을 2024년까지 선정", "to pick 10 complexes by 2024": the year a plan is to be done by. When an
 * answer sentence states the question's plan (two or more of its words) with another target year and
 * no sentence of the answer gives the question's, the documents set the plan's end otherwise, and the
 * premise fails. A target year is written "by YYYY", "until YYYY", "YYYY년까지".
 */
const TARGET = /\b(?:by|until|through)\s+(?:the\s+end\s+of\s+)?((?:19|20)\d{2})\b|((?:19|20)\d{2})\s*년\s*(?:말)?\s*까지/giu;

function targetsIn(text: string): string[] {
  return [...text.matchAll(TARGET)].map((m) => (m[1] ?? m[2]) as string);
}

export function contradictedTargetYear(question: string, answerSentences: readonly string[]): Specific[] {
  const text = question.normalize('NFC');
  const [asked, ...others] = targetsIn(text);
  if (asked === undefined || others.length > 0) return [];
  if (answerSentences.some((sentence) => targetsIn(sentence).includes(asked))) return [];
  const plan = searchTerms(text.replace(TARGET, ' ')).filter((term) => !/^\d+$/.test(term) || term.length < 4);
  const contradicts = answerSentences.some((sentence) => targetsIn(sentence).length > 0 && restatesClaim(plan, sentence));
  return contradicts ? [{ kind: 'year', text: asked, forms: [asked] }] : [];
}
