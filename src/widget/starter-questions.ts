/**
 * Starter questions for the chat (server side, GET /api/starter-questions): made by rule from the
 * documents themselves, so they change when the corpus does and are always answerable from it.
 */
import { KEY_HEADING, mainHeadings, topicParticle } from '../briefing/plan-questions.js';
import type { DocumentRecord, Lang, Passage } from '../core/types.js';

export const STARTER_COUNT = 4;
const MAX_CHARS = 80;

/** A document's name without the abbreviation in brackets: "문화선도산업단지(문화선도산단)" -> "문화선도산업단지". */
function subjectOf(title: string): string {
  return title.replace(/\s*\([^()]*\)\s*$/, '').trim() || title;
}

// A heading that reads as a topic of its own: no dates or article numbers, no "A: B" sub-titles.
const PLAIN_HEADING = /^[^\d:()]{2,24}$/;

/**
 * One question per document, newest documents first: its first plain key heading (goal, tasks,
 * support, ...) asked about the document's subject, or else what the subject is.
 */
export function starterQuestions(documents: { record: DocumentRecord; passages: Passage[] }[], lang: Lang, count = STARTER_COUNT): string[] {
  const ordered = documents
    .filter((d) => d.record.lang === lang && d.passages.length > 0)
    .sort((a, b) => b.record.publishedAt.localeCompare(a.record.publishedAt) || a.record.title.localeCompare(b.record.title));
  const questions: string[] = [];
  for (const { record, passages } of ordered) {
    const subject = subjectOf(record.title);
    const heading = mainHeadings(passages).find((hd) => KEY_HEADING.test(hd) && PLAIN_HEADING.test(hd));
    const question = heading ? aboutSubject(heading, subject, lang) : whatIs(subject, lang);
    if (question.length <= MAX_CHARS && !questions.includes(question)) questions.push(question);
    if (questions.length >= count) break;
  }
  return questions;
}

function aboutSubject(heading: string, subject: string, lang: Lang): string {
  if (lang === 'ko') return `${subject}의 ${heading}${topicParticle(heading)}?`;
  return `What ${isPlural(heading) ? 'are' : 'is'} the ${heading.toLowerCase()} of ${subject}?`;
}

function whatIs(subject: string, lang: Lang): string {
  if (lang === 'ko') return `${subject}${topicParticle(subject)} 무엇인가요?`;
  const ofPhrase = /^([A-Z][a-z]+) of (.+)$/.exec(subject);
  if (ofPhrase) return `What is the ${ofPhrase[1]?.toLowerCase()} of ${ofPhrase[2]}?`;
  return `What ${isPlural(subject.split(/ (?:in|of|for) /)[0] ?? subject) ? 'are' : 'is'} ${subject.replace(/^The /, 'the ')}?`;
}

function isPlural(phrase: string): boolean {
  const last = phrase.trim().split(/\s+/).at(-1) ?? '';
  return /\band\b/i.test(phrase) || (/[^s]s$/i.test(last) && !/(is|us)$/i.test(last));
}
