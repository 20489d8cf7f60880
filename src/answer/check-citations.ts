import { detectLang } from '../core/lang.js';
import type { Citation, ScoredPassage } from '../core/types.js';
import { searchTerms } from '../text/search-terms.js';
import { SENTENCE_END, splitSentences } from '../text/sentences.js';
import { toCitation } from './citations.js';
import { digitFigures, sourceFigures } from './figures.js';
import { isInstructionToAssistant } from './injection-guard.js';

/** Why a sentence of a generated answer was not shown. */
export type RemovalReason = 'no_citation' | 'unknown_citation' | 'not_supported' | 'number_mismatch' | 'unverifiable_cross_lingual' | 'injected_instruction';

export interface RemovedSentence {
  text: string;
  reason: RemovalReason;
}

export interface CheckedAnswer {
  /** The answer as shown: only supported sentences, markers renumbered 1..k in order of first use. */
  answer: string;
  citations: Citation[];
  grounded: boolean;
  removed: RemovedSentence[];
}

export interface AnswerSentence {
  /** Whitespace that preceded the sentence in the model's text. */
  separator: string;
  text: string;
}

export interface SupportThresholds {
  /** Share of a sentence's lexical terms that its cited passage must contain (same language). */
  minOverlap: number;
}

export const DEFAULT_SUPPORT: SupportThresholds = { minOverlap: 0.45 };

// A run of citation markers: "[1]", "[1, 2]", "[1][2]", " [1] [3]".
const MARKER_RUN = /(?:\s*\[\d+(?:\s*,\s*\d+)*\])+/g;
const ONLY_MARKERS = /^(?:\s*\[\d+(?:\s*,\s*\d+)*\])+\s*$/;
// A boundary after sentence punctuation, optionally followed by citation markers ("… 2025. [1] Next").
const BOUNDARY = new RegExp(String.raw`(?<=${SENTENCE_END}(?:\s*\[\d+(?:\s*,\s*\d+)*\])*)\s+|\n+`, 'g');
const LIST_MARKER = /^(?:[-*•·]\s+|\d+[.)]\s+)/;
// Korean endings and particles that say nothing about content but would lower the overlap of a
// polite-style answer ("…되었습니다") against a plain-style source ("…되었다").
const FUNCTION_BIGRAMS = new Set(
  '습니 니다 입니 됩니 합니 했습 었습 였습 있습 하였 되었 으로 에서 에게 이다 한다 된다 었다 였다 했다 하는 되는 있는 하고 또한 따르 르면 따라 라고 이라 에는 에도 부터 까지 으며 하며 였으 었으 것으 것이 이며 니까 였고 었고'.split(
    ' ',
  ),
);

/** Splits model output into sentences; citation markers after a full stop stay with their sentence. */
export function splitAnswer(text: string): (AnswerSentence & { offset: number })[] {
  const pieces: (AnswerSentence & { offset: number })[] = [];
  const cuts = [0, ...[...text.matchAll(BOUNDARY)].map((m) => m.index ?? 0), text.length];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const offset = cuts[i] ?? 0;
    const raw = text.slice(offset, cuts[i + 1]);
    const separator = raw.match(/^\s*/)?.[0] ?? '';
    const body = raw.slice(separator.length).trimEnd();
    if (!body) continue;
    const previous = pieces[pieces.length - 1];
    if (previous && ONLY_MARKERS.test(body)) previous.text += ` ${body.trim()}`;
    else pieces.push({ separator, text: body, offset });
  }
  return pieces;
}

/**
 * For streaming: the sentences of `buffer` that can no longer change, and the text still open.
 * A sentence is final once real text (not just more citation markers) follows it.
 */
export function takeCompleteSentences(buffer: string): { complete: AnswerSentence[]; rest: string } {
  const pieces = splitAnswer(buffer);
  const open = /^[\s[\]\d,]*$/.test(pieces[pieces.length - 1]?.text ?? '') ? 2 : 1;
  const firstOpen = pieces[pieces.length - open];
  if (pieces.length <= open || !firstOpen) return { complete: [], rest: buffer };
  return { complete: pieces.slice(0, pieces.length - open), rest: buffer.slice(firstOpen.offset) };
}

interface Support {
  ok: boolean;
  reason?: RemovalReason;
  span?: { start: number; end: number };
}

function contentTerms(text: string): string[] {
  return [...new Set(searchTerms(text).filter((t) => t.length > 1 && !FUNCTION_BIGRAMS.has(t)))];
}

function latinAnchors(text: string): string[] {
  return [...new Set((text.match(/[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]/g) ?? []).map((w) => w.toLowerCase()))].filter((w) => w.length > 1);
}

/** Does passage `passage` support `claim`? Also finds the passage sentence that does. */
export function supportOf(claim: string, passage: ScoredPassage, thresholds: SupportThresholds = DEFAULT_SUPPORT): Support {
  const spans = splitSentences(passage.text, 1);
  if (spans.length === 0) spans.push({ start: 0, end: passage.text.length, text: passage.text });
  const claimLang = detectLang(claim);
  let best = { score: -1, span: spans[0] };
  let ok: boolean;
  let reason: RemovalReason | undefined;
  if (claimLang === passage.lang) {
    const terms = contentTerms(claim);
    const have = new Set(searchTerms(`${passage.title} ${passage.sectionPath} ${passage.text}`));
    const share = terms.length === 0 ? 0 : terms.filter((t) => have.has(t)).length / terms.length;
    ok = share >= thresholds.minOverlap;
    if (!ok) reason = 'not_supported';
    for (const span of spans) {
      const inSpan = new Set(searchTerms(span.text));
      const score = terms.filter((t) => inSpan.has(t)).length;
      if (score > best.score) best = { score, span };
    }
  } else {
    // Across languages words cannot be compared; figures and Latin names/acronyms can.
    const figures = digitFigures(claim);
    const latin = latinAnchors(claim);
    const anchorsIn = (text: string) => {
      const figs = sourceFigures(text);
      const words = new Set(latinAnchors(text));
      return figures.filter((f) => figs.has(f)).length + latin.filter((w) => words.has(w)).length;
    };
    ok = anchorsIn(passage.text) > 0;
    if (!ok) reason = 'unverifiable_cross_lingual';
    for (const span of spans) {
      const score = anchorsIn(span.text);
      if (score > best.score) best = { score, span };
    }
  }
  if (ok && best.span && isInstructionToAssistant(best.span.text)) return { ok: false, reason: 'injected_instruction' };
  return { ok, reason, span: best.span ? { start: best.span.start, end: best.span.end } : undefined };
}

/**
 * Checks a generated answer sentence by sentence against the passages it cites, as the sentences
 * arrive. Pure: the same passages and sentences always give the same result.
 */
export function createCitationChecker(input: { passages: ScoredPassage[]; thresholds?: SupportThresholds }) {
  const { passages } = input;
  const thresholds = input.thresholds ?? DEFAULT_SUPPORT;
  const numbering = new Map<number, number>();
  const spans = new Map<number, { start: number; end: number }>();
  const shown: string[] = [];
  const removed: RemovedSentence[] = [];

  function add(sentence: AnswerSentence): string | undefined {
    const cited = [...sentence.text.matchAll(MARKER_RUN)].flatMap((m) => (m[0].match(/\d+/g) ?? []).map(Number));
    const claim = sentence.text.replace(MARKER_RUN, '').replace(LIST_MARKER, '').trim();
    if (!/[\p{L}\p{N}]/u.test(claim)) return undefined;
    const reject = (reason: RemovalReason) => {
      removed.push({ text: sentence.text, reason });
      return undefined;
    };
    if (isInstructionToAssistant(claim)) return reject('injected_instruction');
    if (cited.length === 0) return reject('no_citation');
    const valid = [...new Set(cited)].filter((n) => Number.isInteger(n) && n >= 1 && n <= passages.length);
    if (valid.length === 0) return reject('unknown_citation');
    const supports = valid.map((n) => ({ n, support: supportOf(claim, passages[n - 1] as ScoredPassage, thresholds) }));
    const supporting = supports.filter((s) => s.support.ok);
    if (supporting.length === 0) {
      const reasons = supports.map((s) => s.support.reason);
      return reject(reasons.includes('injected_instruction') ? 'injected_instruction' : (reasons[0] ?? 'not_supported'));
    }
    const known = new Set<string>();
    for (const s of supporting) for (const f of sourceFigures((passages[s.n - 1] as ScoredPassage).text)) known.add(f);
    if (digitFigures(claim).some((f) => !known.has(f))) return reject('number_mismatch');

    for (const { n, support } of supporting) {
      if (!numbering.has(n)) numbering.set(n, numbering.size + 1);
      const span = support.span;
      const seen = spans.get(n);
      if (span) spans.set(n, seen ? { start: Math.min(seen.start, span.start), end: Math.max(seen.end, span.end) } : span);
    }
    const keep = new Set(supporting.map((s) => s.n));
    const text = sentence.text
      .replace(MARKER_RUN, (run) => {
        const kept = [...new Set((run.match(/\d+/g) ?? []).map(Number))].filter((n) => keep.has(n));
        const lead = run.match(/^\s*/)?.[0] ?? '';
        return kept.length === 0 ? '' : `${lead}${kept.map((n) => `[${numbering.get(n)}]`).join('')}`;
      })
      .trim();
    const piece = shown.length === 0 ? text : `${sentence.separator.includes('\n') ? '\n' : ' '}${text}`;
    shown.push(piece);
    return piece;
  }

  function finish(): CheckedAnswer {
    const citations = [...numbering.entries()]
      .sort((a, b) => a[1] - b[1])
      .map(([n, out]) => {
        const passage = passages[n - 1] as ScoredPassage;
        const span = spans.get(n) ?? { start: 0, end: passage.text.length };
        return toCitation(out, passage, passage.text.slice(span.start, span.end));
      });
    return { answer: shown.join(''), citations, grounded: citations.length > 0, removed };
  }

  return { add, finish };
}

/** Checks a whole answer at once. */
export function checkCitations(input: { text: string; passages: ScoredPassage[]; thresholds?: SupportThresholds }): CheckedAnswer {
  const checker = createCitationChecker(input);
  for (const sentence of splitAnswer(input.text)) checker.add(sentence);
  return checker.finish();
}
