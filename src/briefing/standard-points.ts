import type { Lang } from '../core/types.js';

/**
 * The points a director's briefing on a policy is expected to cover whatever its documents hold
 * (the 보고서 items of government report-writing guides: 예산, 추진 일정, 기대 효과, 추진 주체).
 * A briefing on a topic asks each; one the documents do not answer is listed under "not covered",
 * so the reader learns what is missing instead of not noticing it.
 */
const POINTS: Record<Lang, ((topic: string) => string)[]> = {
  ko: [
    (topic) => `${topic} 총예산은 얼마인가요?`,
    (topic) => `${topic} 추진 일정은 언제까지인가요?`,
    (topic) => `${topic}의 기대 효과는 무엇인가요?`,
    (topic) => `${topic}${topicParticle(topic)} 어느 기관이 추진하나요?`,
  ],
  en: [
    (topic) => `What is the total budget of ${topic}?`,
    (topic) => `Until when does ${topic} run?`,
    (topic) => `What effects are expected from ${topic}?`,
    (topic) => `Which body carries out ${topic}?`,
  ],
};

/** 은 after a final consonant, 는 after a vowel (a Latin or digit ending reads as its Korean sound would; 은 is the safe default). */
function topicParticle(word: string): string {
  const last = word.trim().charCodeAt(word.trim().length - 1) - 0xac00;
  if (last < 0 || last >= 11172) return '은';
  return last % 28 === 0 ? '는' : '은';
}

export function standardPoints(topic: string, lang: Lang): string[] {
  return POINTS[lang].map((point) => point(topic));
}
