import { detectLang } from '../core/lang.js';
import type { Lang, Passage } from '../core/types.js';
import type { Embedder } from '../embed/embedder.js';
import { hybridSearch } from '../retrieve/hybrid-search.js';
import type { PassageStore } from '../store/store.js';
import { searchTerms } from '../text/search-terms.js';
import type { AlignedSections } from './aligned-sections.js';
import type { SubQuestion } from './types.js';

export interface PlanQuestionsInput {
  store: PassageStore;
  embedder: Embedder;
  topic: string;
  lang: Lang;
  docIds?: string[];
  maxQuestions?: number;
  /** The section pairs: a heading is a key one when either version's heading says so. */
  aligned?: AlignedSections;
}

export interface QuestionPlan {
  questions: SubQuestion[];
  /** The documents judged to be about the topic, best first; empty when none is. */
  documents: string[];
}

/** Share of the topic's terms a document must contain to count as being about the topic. */
export const MIN_TOPIC_COVERAGE = 0.6;
const DEFAULT_MAX_QUESTIONS = 8;
const MAX_RELATED_DOCUMENTS = 3;
const MAX_FOLLOW_UPS = 5;

// Sections that describe the document itself rather than the policy: never turned into questions.
const META_HEADING = /^(출처|참고\s*문헌|sources?|references?)\b|다루지 않는|does not cover|not covered/i;
// Headings a director reads first: the goal, the tasks, the measures, the diagnosis, the figures.
export const KEY_HEADING =
  /목표|비전|과제|전략|방안|배경|진단|통계|지원|성과|goal|vision|task|strateg|measure|background|diagnos|statistic|figure|support|target/i;

// The section a briefing opens with.
const OVERVIEW_HEADING = /개요|overview|at a glance/i;

/**
 * Sub-questions for a topic, taken from the section structure of the documents that match it:
 * the main headings of the best-matching document, then the matching section of a few related
 * documents. A topic no document is about yields no questions (the briefing says so).
 */
export async function planQuestions(input: PlanQuestionsInput): Promise<QuestionPlan> {
  const max = input.maxQuestions ?? DEFAULT_MAX_QUESTIONS;
  const hits = await searchPreferringLang(input);
  const topicTerms = [...new Set(searchTerms(input.topic))];
  const order = [...new Set(hits.map((p) => p.docId))];

  const matching: { docId: string; passages: Passage[] }[] = [];
  for (const docId of order.slice(0, 8)) {
    if (matching.length > MAX_RELATED_DOCUMENTS) break;
    const passages = await input.store.passagesOfDocument(docId);
    if (topicCoverage(topicTerms, passages.map((p) => p.text).join('\n')) >= MIN_TOPIC_COVERAGE) matching.push({ docId, passages });
  }
  // The document whose title names the topic leads (the plan itself rather than a programme
  // that mentions it); the others follow in search order as related documents.
  const titleScore = (m: { passages: Passage[] }) => topicCoverage(topicTerms, m.passages[0]?.title ?? '');
  const lead = matching.reduce<(typeof matching)[number] | undefined>((best, m) => (!best || titleScore(m) > titleScore(best) ? m : best), undefined);
  if (!lead) return { questions: [], documents: [] };
  const primary = lead;
  const related = matching.filter((m) => m !== lead);

  const relatedQuestions = related.map(({ docId, passages }) => {
    const best = hits.find((p) => p.docId === docId);
    const leaf = best?.sectionPath.split(' > ').at(-1) ?? '';
    const title = passages[0]?.title ?? docId;
    const heading = leaf && !META_HEADING.test(leaf) ? leaf : title;
    // A programme's section may not name the programme ("Target in the Draft 5th Basic Plan"):
    // the question then says whose section it is.
    const subject = title.replace(/\s*\([^)]*\)\s*$/, '');
    const named = heading === title || heading.toLowerCase().includes(subject.toLowerCase());
    const question = toSubQuestion({ heading, ...(named ? {} : { subject }), docId, lang: input.lang, documentText: passages.map((p) => p.text).join('\n') });
    return { ...question, heading: relatedHeading(subject, input.lang), kind: 'related' as const };
  });

  const headings = mainHeadings(primary.passages);
  // The topic's own sections are chosen as the same pairs whatever the briefing's language: by
  // both versions' headings, within a budget that does not depend on how many related documents
  // this language's search found (related policies take what is left).
  const key = new Set<string>();
  for (const h of headings) {
    const other = await input.aligned?.counterpartHeading(primary.docId, h);
    if (KEY_HEADING.test(h) || (other && KEY_HEADING.test(other))) key.add(h);
  }
  const chosen = pickHeadings(headings, Math.max(1, max - 1), (h) => key.has(h));
  const documentText = primary.passages.map((p) => p.text).join('\n');
  const primaryQuestions = chosen.map((heading) => {
    const question = toSubQuestion({ heading, docId: primary.docId, lang: input.lang, documentText });
    const narrower = [...headingParts(heading), ...subheadings(primary.passages, heading)].slice(0, MAX_FOLLOW_UPS);
    const followUps = narrower.map((part) => headingToQuestion({ heading: part, lang: input.lang, documentText })).filter((q) => q !== question.question);
    const kind = OVERVIEW_HEADING.test(heading) ? ('overview' as const) : ('content' as const);
    return { ...question, heading, kind, withinSection: heading, ...(followUps.length > 0 ? { followUps } : {}) };
  });

  return { questions: [...primaryQuestions, ...relatedQuestions].slice(0, max), documents: matching.map((m) => m.docId) };
}

/** "관련 정책: 기회발전특구" / "Related policy: Opportunity Development Zones". */
export function relatedHeading(subject: string, lang: Lang): string {
  return lang === 'ko' ? `관련 정책: ${subject}` : `Related policy: ${subject}`;
}

/** Search the briefing's language first; fall back to every language when it has nothing. */
async function searchPreferringLang(input: PlanQuestionsInput) {
  const base = { store: input.store, embedder: input.embedder, query: input.topic, k: 15 };
  const same = await hybridSearch({ ...base, filters: { docIds: input.docIds, lang: input.lang } });
  if (same.passages.length > 0) return same.passages;
  return (await hybridSearch({ ...base, filters: { docIds: input.docIds } })).passages;
}

export function topicCoverage(topicTerms: string[], text: string): number {
  if (topicTerms.length === 0) return 0;
  const have = new Set(searchTerms(text));
  return topicTerms.filter((t) => have.has(t)).length / topicTerms.length;
}

/** Top-level headings in reading order, without the title section and the meta sections. */
export function mainHeadings(passages: Passage[]): string[] {
  const seen = new Set<string>();
  for (const p of passages) {
    const top = p.sectionPath.split(' > ')[0]?.trim() ?? '';
    if (!top || top === p.title || META_HEADING.test(top)) continue;
    seen.add(top);
  }
  return [...seen];
}

/** "목표와 3대 추진과제" -> ["목표", "3대 추진과제"]; "Goal and Three Task Areas" -> ["Goal", "Three Task Areas"]. */
export function headingParts(heading: string): string[] {
  const parts = heading
    .split(/(?<=[가-힣])(?:와|과)\s+|\s+and\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length > 1 ? parts : [];
}

/** The second-level headings under a main heading, in reading order. */
export function subheadings(passages: Passage[], heading: string): string[] {
  const found = new Set<string>();
  for (const p of passages) {
    const [top, sub] = p.sectionPath.split(' > ').map((s) => s.trim());
    if (top === heading && sub && !META_HEADING.test(sub)) found.add(sub);
  }
  return [...found];
}

/** Key headings first, then the others, up to `count`; the result keeps the document's order. */
export function pickHeadings(headings: string[], count: number, isKey: (heading: string) => boolean = (h) => KEY_HEADING.test(h)): string[] {
  const key = headings.filter(isKey);
  const rest = headings.filter((h) => !isKey(h));
  const keep = new Set([...key, ...rest].slice(0, count));
  return headings.filter((h) => keep.has(h));
}

function toSubQuestion(input: { heading: string; subject?: string; docId: string; lang: Lang; documentText: string }): SubQuestion {
  const question = headingToQuestion(input);
  return {
    question: input.subject ? `${input.subject}: ${input.lang === 'en' ? question.replace(/^What\b/, 'what') : question}` : question,
    docIds: [input.docId],
    origin: { docId: input.docId, heading: input.heading },
  };
}

/**
 * A heading phrased as a short question in the briefing's language ("목표와 3대 추진과제는?",
 * "What are the proposed measures?"). Short on purpose: the answerer weighs how many of the
 * question's words a sentence contains, and filler words would only dilute that.
 */
export function headingToQuestion(input: { heading: string; lang: Lang; documentText?: string }): string {
  const heading = input.heading.trim();
  const headingLang = detectLang(heading);
  if (input.lang === 'ko') {
    if (headingLang !== 'ko') return `'${heading}'의 주요 내용은?`;
    return `${heading}${topicParticle(heading)}?`;
  }
  if (headingLang !== 'en') return `What do the documents say about “${heading}”?`;
  if (/^(how|what|why|when|who|where|which)\b/i.test(heading)) {
    const [first = '', ...rest] = heading.split(' ');
    return `${first} ${lowerCommonWords(rest.join(' '), input.documentText ?? '')}?`;
  }
  if (heading.includes(':')) return `What do the documents say about “${heading}”?`;
  const phrase = lowerCommonWords(heading.replace(/^the\s+/i, ''), input.documentText ?? '');
  return `What ${isPlural(phrase) ? 'are' : 'is'} the ${phrase}?`;
}

/** 은 after a final consonant, 는 after a vowel; brackets at the end ("산단(문화선도산단)") are skipped. */
export function topicParticle(word: string): '은' | '는' | '은(는)' {
  let core = word.trim();
  while (/\([^()]*\)$/.test(core)) core = core.replace(/\s*\([^()]*\)$/, '').trim();
  const last = core.at(-1) ?? '';
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28 === 0 ? '는' : '은';
  if (/[013678]/.test(last)) return '은';
  if (/[2459]/.test(last)) return '는';
  return '은(는)';
}

function isPlural(phrase: string): boolean {
  if (/\band\b/i.test(phrase)) return true;
  const last = phrase.split(/\s+/).at(-1) ?? '';
  return /[^s]s$/i.test(last) && !/(is|us|ss)$/i.test(last);
}

/**
 * Title-case words of a heading become lower-case unless the document also writes them capitalised
 * inside sentences (names: "Basic Plan", "Opportunity Development Zones").
 */
function lowerCommonWords(heading: string, documentText: string): string {
  return heading
    .split(' ')
    .map((word) => {
      if (!/^[A-Z][a-z]+$/.test(word)) return word;
      const lower = word.toLowerCase();
      return new RegExp(`[a-z,] ${word}\\b`).test(documentText) ? word : lower;
    })
    .join(' ');
}
