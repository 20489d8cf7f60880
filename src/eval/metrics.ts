import { NUMBER_WORDS } from '../answer/figures.js';
import { detectLang } from '../core/lang.js';
import type { Lang } from '../core/types.js';
import { saysDocumentsLack } from '../text/absence.js';
import { joinThousands } from '../text/normalise.js';

/** What one question produced: everything the metrics need, already fetched (no I/O here). */
export interface Observation {
  id: string;
  /** Which question set: tune, holdout or independent. */
  set: string;
  type: string;
  lang: Lang;
  /** False when the right answer is "the documents do not say". */
  answerable: boolean;
  question: string;
  /** Document id of each retrieved passage, best first. */
  retrievedDocIds: string[];
  expectedDocIds: string[][];
  keyFacts: string[][];
  answer: string;
  grounded: boolean;
  citations: { n: number; quote: string; passageText: string }[];
  latencyMs: number;
}

export interface Summary {
  count: number;
  recallAt1: number | null;
  recallAt5: number | null;
  mrr: number | null;
  keyFactRecall: number | null;
  citationPrecision: number | null;
  /** Of the key facts an answer gives, the share its cited passages hold (support judged by facts). */
  citationSupport: number | null;
  citations: number;
  refusalPrecision: number | null;
  refusalRecall: number | null;
  /** Answerable questions declined. */
  falseRefusals: number;
  /** Unanswerable questions declined, and how many there were. */
  refusals: number;
  unanswerable: number;
  /** Answerable questions whose answer text holds every key fact (quotes not counted). */
  keyFactsFound: number;
  /** The same, counting the answer and the quotes shown under it. */
  keyFactsShown: number;
  answerableCount: number;
  /** Median length in characters of the answers given (refusals not counted), [n] markers left out. */
  answerChars: number | null;
  langMatch: number | null;
  latencyP50: number | null;
  latencyP95: number | null;
}

/** NFKC, lower case, "1,330" -> "1330", one space: so a key fact matches however it is typeset. */
export function normalise(text: string): string {
  return joinThousands(text.normalize('NFKC').toLowerCase()).replace(/\s+/g, ' ').trim();
}

/** 0-19 by name; twenty and up as tens with an optional unit ("twenty-one"). */
const UNITS = NUMBER_WORDS.slice(0, 20);
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const NUMBER_WORD = new RegExp(`\\b(?:(${TENS.filter(Boolean).join('|')})(?:[- ](${UNITS.slice(1, 10).join('|')}))?|(${UNITS.join('|')}))\\b`, 'g');

/** "Twenty-one regions" states 21 as much as "21 regions" does. */
function numberWordsAsDigits(text: string): string {
  return text.replace(NUMBER_WORD, (_m, tens?: string, unit?: string, single?: string) =>
    String(single !== undefined ? UNITS.indexOf(single) : TENS.indexOf(tens ?? '') * 10 + (unit ? UNITS.indexOf(unit) : 0)),
  );
}

/**
 * Whether the text states the fact (any alternative). A bare number counts only as a whole number:
 * "21" is not found in "2021" nor "5" in "2025".
 */
export function containsFact(text: string, alternatives: string[]): boolean {
  const haystack = normalise(text);
  const withDigits = numberWordsAsDigits(haystack);
  return alternatives.some((alt) => {
    const needle = normalise(alt);
    if (!/^\d+(?:\.\d+)?$/.test(needle)) return haystack.includes(needle);
    return new RegExp(`(?<![\\d.])${needle.replace('.', '\\.')}(?![\\d]|\\.\\d)`).test(withDigits);
  });
}

/** Share of required sources found in the first k passages (a source is any of its alternatives). */
export function recallAtK(retrieved: string[], expected: string[][], k: number): number | null {
  if (expected.length === 0) return null;
  const top = new Set(retrieved.slice(0, k));
  return expected.filter((alternatives) => alternatives.some((d) => top.has(d))).length / expected.length;
}

export function reciprocalRank(retrieved: string[], expected: string[][]): number | null {
  if (expected.length === 0) return null;
  const relevant = new Set(expected.flat());
  const at = retrieved.findIndex((d) => relevant.has(d));
  return at < 0 ? 0 : 1 / (at + 1);
}

export function keyFactRecall(answer: string, keyFacts: string[][]): number | null {
  if (keyFacts.length === 0) return null;
  return keyFacts.filter((alternatives) => containsFact(answer, alternatives)).length / keyFacts.length;
}

/** What the user reads: the answer and every quote shown under it. */
export function shownText(obs: Pick<Observation, 'answer' | 'citations'>): string {
  return [obs.answer, ...obs.citations.map((c) => c.quote)].join('\n');
}

/** Every key-fact group appears (any alternative) in the answer text itself. */
export function allKeyFacts(obs: Pick<Observation, 'answer' | 'keyFacts'>): boolean {
  return obs.keyFacts.length > 0 && obs.keyFacts.every((alternatives) => containsFact(obs.answer, alternatives));
}

/** Every key-fact group appears in the answer or its quotes. */
export function allKeyFactsShown(obs: Pick<Observation, 'answer' | 'citations' | 'keyFacts'>): boolean {
  const shown = shownText(obs);
  return obs.keyFacts.length > 0 && obs.keyFacts.every((alternatives) => containsFact(shown, alternatives));
}

/** Characters of the answer a reader reads, without the [n] markers. */
export function answerLength(answer: string): number {
  return answer.replace(/\s*\[\d+\]/g, '').trim().length;
}

/** Share of the key facts shown that a cited passage holds; null when no key fact is shown. */
export function citationSupport(obs: Pick<Observation, 'answer' | 'citations' | 'keyFacts'>): number | null {
  const shown = shownText(obs);
  const given = obs.keyFacts.filter((alternatives) => containsFact(shown, alternatives));
  if (given.length === 0) return null;
  return given.filter((alternatives) => obs.citations.some((c) => containsFact(c.passageText, alternatives))).length / given.length;
}

const MARKER = /\[(\d+)\]/g;

/** The claim each [n] marker closes: the text since the previous marker (shared by "[1][2]"). */
export function claimsByCitation(answer: string): Map<number, string[]> {
  const claims = new Map<number, string[]>();
  let cursor = 0;
  let last = '';
  for (const match of answer.matchAll(MARKER)) {
    const segment = answer.slice(cursor, match.index).trim();
    if (segment !== '') last = segment;
    cursor = (match.index ?? 0) + match[0].length;
    const n = Number(match[1]);
    claims.set(n, [...(claims.get(n) ?? []), last]);
  }
  return claims;
}

/** Whether the passage holds the claim verbatim; a lead-in before a sentence break may differ. */
function passageHoldsClaim(passage: string, claim: string): boolean {
  const text = normalise(passage);
  const candidates = [claim, ...claim.split(/(?<=[.:!?。])\s+/u).map((_, i, parts) => parts.slice(i + 1).join(' '))];
  return candidates.some((c) => normalise(c).length >= 10 && text.includes(normalise(c)));
}

export interface CitationCheck {
  n: number;
  verbatim: boolean;
  supported: boolean;
}

/** A citation is precise when its quote is verbatim and its passage holds a key fact or the claim. */
export function checkCitations(obs: Pick<Observation, 'answer' | 'citations' | 'keyFacts'>): CitationCheck[] {
  const claims = claimsByCitation(obs.answer);
  return obs.citations.map((c) => ({
    n: c.n,
    verbatim: c.quote.trim() !== '' && c.passageText.includes(c.quote),
    supported:
      obs.keyFacts.some((alternatives) => containsFact(c.passageText, alternatives)) ||
      (claims.get(c.n) ?? []).some((claim) => passageHoldsClaim(c.passageText, claim)),
  }));
}

/**
 * The service declined: it said it cannot answer, or every sentence it gave says the documents do
 * not cover the matter (an extractive answer may quote a document's "not covered" note).
 */
export function declined(obs: Pick<Observation, 'answer' | 'grounded'>): boolean {
  if (!obs.grounded) return true;
  const segments = obs.answer
    .split(MARKER)
    .filter((_, i) => i % 2 === 0)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return segments.length > 0 && segments.every((s) => saysDocumentsLack(s));
}

export function answerLanguageMatches(obs: Pick<Observation, 'answer' | 'lang'>): boolean {
  return detectLang(obs.answer.replace(MARKER, ' ')) === obs.lang;
}

export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? null;
}

function mean(values: (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0) / present.length;
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export function summarise(observations: Observation[]): Summary {
  const answerable = observations.filter((o) => o.answerable);
  const checks = observations.flatMap((o) => checkCitations(o));
  const shouldRefuse = observations.filter((o) => !o.answerable);
  const refused = observations.filter((o) => declined(o));
  const rightlyRefused = refused.filter((o) => !o.answerable);
  const keyFactsFound = answerable.filter((o) => allKeyFacts(o)).length;
  const keyFactsShown = answerable.filter((o) => allKeyFactsShown(o)).length;
  const given = observations.filter((o) => !declined(o)).map((o) => answerLength(o.answer));
  const latencies = observations.map((o) => o.latencyMs);
  return {
    count: observations.length,
    recallAt1: mean(answerable.map((o) => recallAtK(o.retrievedDocIds, o.expectedDocIds, 1))),
    recallAt5: mean(answerable.map((o) => recallAtK(o.retrievedDocIds, o.expectedDocIds, 5))),
    mrr: mean(answerable.map((o) => reciprocalRank(o.retrievedDocIds, o.expectedDocIds))),
    keyFactRecall: ratio(keyFactsFound, answerable.length),
    citationPrecision: ratio(checks.filter((c) => c.verbatim && c.supported).length, checks.length),
    citationSupport: mean(answerable.map((o) => citationSupport(o))),
    citations: checks.length,
    refusalPrecision: ratio(rightlyRefused.length, refused.length),
    refusalRecall: ratio(rightlyRefused.length, shouldRefuse.length),
    falseRefusals: answerable.filter((o) => declined(o)).length,
    refusals: rightlyRefused.length,
    unanswerable: shouldRefuse.length,
    keyFactsFound,
    keyFactsShown,
    answerableCount: answerable.length,
    answerChars: percentile(given, 50),
    langMatch: ratio(observations.filter((o) => answerLanguageMatches(o)).length, observations.length),
    latencyP50: percentile(latencies, 50),
    latencyP95: percentile(latencies, 95),
  };
}

/** Summaries for the whole set and for each value of `key` (split, type, ...), in first-seen order. */
export function summariseBy(observations: Observation[], key: (o: Observation) => string): { group: string; summary: Summary }[] {
  const groups = new Map<string, Observation[]>();
  for (const o of observations) groups.set(key(o), [...(groups.get(key(o)) ?? []), o]);
  return [...groups].map(([group, members]) => ({ group, summary: summarise(members) }));
}
