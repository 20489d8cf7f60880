import type { Lang } from '../core/types.js';

// "5차 계획안의 목표는?", "기회발전특구란 무엇인가요?": the topic is what comes before the particle.
const KO_QUESTION = /^(.+?)(?:은|는|이|가|란)\s*(?:무엇인가요|무엇인가|무엇입니까|무엇이며|뭔가요|어떻게 되나요|어떻게 되는가)?\s*\?$/;
// "What are the three task areas of the plan?" -> "Three task areas of the plan"
const EN_QUESTION = /^what (?:is|are|was|were) (?:the )?(.+?)\s*\?$/i;

/**
 * A heading for a section the user asked for by question: the question's topic when a rule
 * recognises its shape, else the question itself (the user's own words beat a wrong guess).
 */
export function questionToTopic(question: string, lang: Lang): string {
  const q = question.trim();
  const topic = (lang === 'ko' ? KO_QUESTION : EN_QUESTION).exec(q)?.[1]?.trim();
  if (!topic || /\s(?:어떤|무슨|무엇|얼마)\b/.test(topic)) return q;
  return lang === 'en' ? topic.charAt(0).toUpperCase() + topic.slice(1) : topic;
}
