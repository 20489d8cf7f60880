import { Recent } from '../core/recent.js';
import type { Citation, Lang } from '../core/types.js';
import { type SentenceSpan, splitSentences } from '../text/sentences.js';
import { unsupportedSpecifics } from './answerability.js';
import type { AnswerEvent, Answerer, AnswerInput } from './answerer.js';
import { seeAlso, toCitation } from './citations.js';
import { contradictedCounts } from './count-claims.js';
import { contradictedYears } from './event-years.js';
import { answerTypes, carries } from './evidence-window.js';
import { isInstructionToAssistant } from './injection-guard.js';
import { contradictedSession } from './meeting-ordinals.js';
import { MESSAGES } from './messages.js';
import { unstatedMonthYears } from './month-years.js';
import { contradictedOfficeHolder } from './office-holders.js';
import { contradictedPerUnit } from './per-unit-claims.js';
import { contradictedPlaceDates } from './place-dates.js';
import { onlyPlanned } from './planned-event.js';
import { aboutOtherEdition, questionSpecifics, withTranslatedHeads } from './question-specifics.js';
import { refusalEvents } from './refusal.js';
import { contradictedFirstRegion, contradictedRegionLists } from './region-lists.js';
import { DEFAULT_THRESHOLDS, type EvidenceThresholds, questionParts, readingOrder, type ScoredSentence, selectEvidence } from './select-evidence.js';
import { contradictedTargetYear } from './target-years.js';
import { contradictedYearNamed } from './year-named.js';

/** How many retrieved passages are read sentence by sentence. */
const PASSAGES_READ = 14;

/**
 * A passage's sentences that may be evidence: a sentence addressed to the assistant is an
 * injection attempt, never evidence. The same passages come back question after question and both
 * depend on the text alone, so the last passages' are kept; the spans are frozen, since every ask
 * that reads the passage shares them.
 */
const passageSpans = new Recent<readonly SentenceSpan[]>(2048);
function evidenceSpans(text: string): readonly SentenceSpan[] {
  return passageSpans.get(text, () =>
    splitSentences(text)
      .filter((span) => !isInstructionToAssistant(span.text))
      .map((span) => Object.freeze(span)),
  );
}

/**
 * The default answerer: no model writes anything. The answer is the best supporting sentences of
 * the top passages, verbatim, each followed by its [n]; weak evidence gives an honest refusal.
 */
export class ExtractiveAnswerer implements Answerer {
  readonly mode = 'extractive' as const;
  constructor(private readonly thresholds: EvidenceThresholds = DEFAULT_THRESHOLDS) {}

  async *answer(input: AnswerInput): AsyncGenerator<AnswerEvent> {
    // A sentence about another edition of the plan or round asked about is no evidence for this one.
    const editions = questionSpecifics(input.question)
      .filter((s) => s.kind === 'ordinal')
      .map((s) => withTranslatedHeads(s, input.termPairs ?? []));
    const sentences = input.passages
      .slice(0, PASSAGES_READ)
      .flatMap((passage, rank) => evidenceSpans(passage.text).map((span) => ({ span, passage, passageRank: rank })))
      .filter(({ span, passage }) => editions.length === 0 || !aboutOtherEdition(`${passage.title}\n${passage.sectionPath}\n${span.text}`, editions));
    const select = (question: string, thresholds: EvidenceThresholds) =>
      selectEvidence({ question, ...(input.asked ? { asked: input.asked } : {}), questionLang: input.lang, termPairs: input.termPairs, sentences, thresholds });
    const whole = select(input.question, this.thresholds);
    const { absence } = whole;
    // Each part of a multi-part question gets its own evidence ("when was it approved, and how
    // much is invested"): the whole question's best sentences tend to answer its first part only.
    const selected =
      whole.selected.length > 0
        ? withEveryPart(input.question, whole.selected, (part) => select(part, { ...this.thresholds, answerChars: PART_CHARS }).selected)
        : [];

    // The answer itself must state what the question takes as given ("in 2019", "12 complexes",
    // "제주"): a passage that holds it somewhere else answers another question (the caps for every
    // region are no answer about one region).
    // (Months and editions are judged on the passages, in the answerability step: an answer about
    // "the end of 2018" need not restate "December", nor one about a region the "2nd" round.)
    const answerTexts = selected.map((s) => s.text);
    const read = input.passages.slice(0, PASSAGES_READ);
    // The answer's sentences and every sentence of the passages read, split only for a question a
    // check needs them for (an ordinal meeting, an office holder).
    const sentencesRead = () => [...answerTexts, ...read.flatMap((p) => evidenceSpans(p.text).map((span) => span.text))];
    const planned = selected.length > 0 ? onlyPlanned(input.question, answerTexts, input.termPairs) : undefined;
    const unsupported =
      selected.length > 0
        ? [
            // A follow-up takes as given what it says itself: the specifics its topic carries from the
            // turn before ("2018년 6월" for "그 뒤에 추가로 몇 곳 더 뽑혔어") set the scene, and an answer
            // about what came after that need not restate them.
            ...windowUnsupported(input.asked ?? input.question, selected, input.termPairs),
            // What the answer itself contradicts: a count of the same thing, the year of an event
            // that happens once, a region its lists of the event leave out or whose first another region was, an office another
            // person held at the time, a plan's target year, an event it states only as planned.
            ...contradictedCounts(
              input.question,
              answerTexts,
              read.map((p) => p.text),
            ),
            ...contradictedYears(input.question, answerTexts, read),
            ...contradictedPlaceDates(input.question, answerTexts, read),
            ...contradictedRegionLists(input.question, answerTexts),
            ...contradictedFirstRegion(input.question, answerTexts),
            ...contradictedSession(input.question, sentencesRead),
            ...contradictedOfficeHolder(input.question, sentencesRead),
            ...contradictedTargetYear(input.question, answerTexts),
            ...contradictedYearNamed(input.question, answerTexts),
            ...contradictedPerUnit(input.question, answerTexts),
            ...(planned ? [{ text: planned }] : []),
          ]
        : [];
    if (input.premise && input.premise.length > 0) {
      if (selected.length > 0) yield* falsePremiseEvents(input, selected, input.premise);
      else yield* refusalEvents({ id: input.id, lang: input.lang, mode: this.mode, seeAlso: seeAlso(input.passages), reason: 'false_premise' });
      return;
    }
    if (selected.length === 0) {
      // A passage saying the documents lack this is the most useful pointer a refusal can give.
      const related = seeAlso(absence ? [absence.passage, ...input.passages.filter((p) => p.id !== absence.passage.id)] : input.passages);
      yield* refusalEvents({ id: input.id, lang: input.lang, mode: this.mode, seeAlso: related, reason: 'not_in_documents' });
      return;
    }
    if (unsupported.length > 0) {
      yield* falsePremiseEvents(
        input,
        selected,
        unsupported.map((s) => s.text),
      );
      return;
    }

    const { citations, parts } = compose(selected, input.lang);
    yield { type: 'meta', id: input.id, citations };
    for (const part of parts) yield { type: 'delta', text: part };
    yield {
      type: 'done',
      result: { id: input.id, answer: parts.join(''), lang: input.lang, grounded: true, citations, seeAlso: [], mode: this.mode },
    };
  }
}

/**
 * A false premise is not answered as asked: the answer says, cited, what the documents do state
 * on the matter, then that they do not support what the question took as given.
 */
function* falsePremiseEvents(input: AnswerInput, selected: ScoredSentence[], given: string[]): Generator<AnswerEvent> {
  const m = MESSAGES[input.lang];
  const { citations, parts } = compose(selected, input.lang);
  const answer = `${m.premiseLead} ${parts.join('').trim()} ${m.premiseUnsupported([...new Set(given)].join(', '))}`;
  yield { type: 'meta', id: input.id, citations };
  yield { type: 'delta', text: answer };
  yield {
    type: 'done',
    result: { id: input.id, answer, lang: input.lang, grounded: false, refusalReason: 'false_premise', citations, seeAlso: [], mode: 'extractive' },
  };
}

/** One citation per passage; its quote spans the passage's selected sentences, verbatim. */
export function compose(selected: ScoredSentence[], lang: Lang): { citations: Citation[]; parts: string[] } {
  const byPassage = new Map<string, ScoredSentence[]>();
  for (const s of selected) byPassage.set(s.passage.id, [...(byPassage.get(s.passage.id) ?? []), s]);
  const numbers = new Map<string, number>();
  const citations: Citation[] = [];
  for (const [passageId, sentences] of byPassage) {
    const passage = sentences[0]?.passage;
    if (!passage) continue;
    const start = Math.min(...sentences.map((s) => s.start));
    const end = Math.max(...sentences.map((s) => s.end));
    numbers.set(passageId, citations.length + 1);
    citations.push(toCitation(citations.length + 1, passage, passage.text.slice(start, end)));
  }
  const sourceLang = selected[0]?.passage.lang ?? lang;
  const lead = MESSAGES[lang].crossLingualLead[sourceLang];
  const parts = selected.map((s, i) => `${i === 0 && lead ? `${lead} ` : i === 0 ? '' : ' '}${s.text} [${numbers.get(s.passage.id)}]`);
  return { citations, parts };
}

/** Characters of evidence one part of a multi-part question adds. */
const PART_CHARS = 300;

function withEveryPart(question: string, selected: ScoredSentence[], selectFor: (part: string) => ScoredSentence[]): ScoredSentence[] {
  const parts = questionParts(question);
  if (parts.length < 2) return selected;
  const out = [...selected];
  const has = (s: ScoredSentence) => out.some((o) => o.passage.id === s.passage.id && o.start === s.start);
  for (const part of parts) for (const s of selectFor(part)) if (!has(s)) out.push(s);
  return readingOrder(out);
}

const WINDOW_KINDS = new Set(['number', 'name', 'place'] as const);
const YEAR = new Set(['year'] as const);

/**
 * What the question takes as given that the answer does not state. A year qualifies what is asked
 * ("which three won in 2026"): it must stand in a passage of the answer that gives the asked value
 * (the list, the count, the date), not merely in another passage beside it; a passage about the
 * 2026 call does not make the 2025 winners an answer about 2026.
 */
function windowUnsupported(question: string, selected: ScoredSentence[], termPairs: AnswerInput['termPairs']) {
  const passages = windowPassages(selected);
  const types = answerTypes(question).filter((t) => t !== 'other');
  const giving = passages.filter((p) => types.some((t) => carries(t, p.text, question)));
  return [
    ...unsupportedSpecifics(question, passages, WINDOW_KINDS, termPairs),
    ...unsupportedSpecifics(question, giving.length > 0 ? giving : passages, YEAR, termPairs),
    // An upload dates by its own release ("1월 2일(화)" in a 2024 press release): only the official
    // documents' sentences are held to a month with its year.
    ...(passages.every((p) => p.trust !== 'upload') ? unstatedMonthYears(question, () => passages.map((p) => `${p.title} ${p.sectionPath} ${p.text}`)) : []),
  ];
}

/** The selected sentences as the passages a reader sees: each passage's title, section and chosen text. */
function windowPassages(selected: ScoredSentence[]) {
  const byPassage = new Map<string, { passage: ScoredSentence['passage']; texts: string[] }>();
  for (const s of selected) {
    const entry = byPassage.get(s.passage.id) ?? { passage: s.passage, texts: [] };
    entry.texts.push(s.text);
    byPassage.set(s.passage.id, entry);
  }
  return [...byPassage.values()].map(({ passage, texts }) => ({ ...passage, text: texts.join(' ') }));
}
