import { questionLang } from '../core/lang.js';
import { yieldToEventLoop } from '../core/time-slices.js';
import type { AskResult, Lang } from '../core/types.js';
import type { Embedder } from '../embed/embedder.js';
import { normaliseQuestion, spellingVocabulary, withKnownWords } from '../question/normalise-question.js';
import { corpusKnowledge } from '../retrieve/corpus-stats.js';
import { retrieveForQuestion } from '../retrieve/retrieve-for-question.js';
import { sectionAlignment } from '../retrieve/section-alignment.js';
import type { PassageStore } from '../store/store.js';
import type { EnglishWords } from '../text/english-words.js';
import { chooseAnswerer } from './answer-mode.js';
import { judgeAnswerability } from './answerability.js';
import type { AnswerEvent, Answerer, ChatTurn } from './answerer.js';
import { askedSentences, joinPartAnswers } from './asked-sentences.js';
import { seeAlso, withAlignedSection } from './citations.js';
import { type Condenser, condenseQuestion } from './condense.js';
import { withoutInstructions } from './injection-guard.js';
import { MESSAGES } from './messages.js';
import { refusalEvents } from './refusal.js';
import { StepTimer } from './step-timer.js';
import { namedWords, namesWhatIsAsked, officialLeavesOpen, romanisedUploadNames, type UploadEvidence, uploadEvidence } from './upload-evidence.js';

export interface AskRequest {
  question: string;
  lang?: Lang | 'auto';
  history?: ChatTurn[];
  docIds?: string[];
  mode?: 'auto' | 'extractive' | 'llm';
}

export interface AskServices {
  store: PassageStore;
  embedder: Embedder;
  extractive: Answerer;
  llm?: Answerer;
  /** Rewrites follow-ups with the model when the LLM answers; rules are used otherwise. */
  condenser?: Condenser;
  /** A general English word list, so real words are not mended as typos (absent: any unknown word may be). */
  englishWords?: EnglishWords;
}

/** Passages handed to the answerer. */
export const RETRIEVAL_K = 12;

export type AskEvent = Exclude<AnswerEvent, { type: 'done' }> | { type: 'done'; result: AskResult };

/**
 * The answer pipeline as an ordered list of steps, each timed: language, retrieval, answer.
 * Yields meta / delta / done events; non-streaming callers keep only the last one.
 */
export async function* ask(services: AskServices, request: AskRequest): AsyncGenerator<AskEvent> {
  const timer = new StepTimer();
  // The Web Crypto global, not node:crypto: this module also runs in the Worker.
  const id = globalThis.crypto.randomUUID();
  const chosen = chooseAnswerer(services, request.mode);
  // "(한국어로 답해 주세요)" sets the language and is not part of what is asked.
  const typed = await timer.step('language', () => questionLang(request.question));
  const lang = request.lang && request.lang !== 'auto' ? request.lang : typed.lang;
  // Trust by construction: the official documents are read, searched and judged on their own, with
  // their own statistics, exactly as an index of nothing else would be; ordinary uploads come in
  // only for what they leave open (upload-evidence.ts).
  const official = services.store.official();
  const knowledge = await timer.step('corpus', () => corpusKnowledge(official));
  // Casual wording, abbreviations and typos are read in the documents' register, in the
  // conversation's earlier questions too (a follow-up inherits their words).
  // A romanised name an upload holds is read as typed, not mended to the corpus word one edit away
  // ("Jincheon" is not "Incheon"): the official documents then leave it open to the uploads.
  const romanised = await romanisedUploadNames(services.store, typed.question);
  const spelling = withKnownWords(spellingVocabulary(knowledge.stats, services.englishWords), namedWords(romanised));
  const normalised = normaliseQuestion(typed.question, spelling);
  const asked = { ...typed, question: normalised.question };
  const history = (request.history ?? []).map((t) => (t.role === 'user' ? { ...t, content: normaliseQuestion(t.content, spelling).question } : t));
  const condensed = await timer.step('condense', () =>
    condenseQuestion({ question: asked.question, history, lang, condenser: chosen.mode === 'llm' ? services.condenser : undefined }),
  );
  // Instructions smuggled into a question ("ignore your rules…") are not part of what is asked.
  const question = withoutInstructions(condensed.question);
  const retrieved = await timer.step('retrieve', () =>
    retrieveForQuestion({
      store: official,
      embedder: services.embedder,
      question,
      lang,
      k: RETRIEVAL_K,
      filters: { docIds: request.docIds },
      termPairs: knowledge.termPairs,
    }),
  );
  // The retrieve step's two parts: the query embedding (English questions only) and the engine call.
  timer.timingsMs.embed = round1(retrieved.timingsMs.embed);
  timer.timingsMs.search = round1(retrieved.timingsMs.search);
  // Whether the documents answer at all is decided before any answerer runs, on corpus-wide statistics.
  const judged = await timer.step('answerability', () =>
    judgeAnswerability({ question, lang, passages: retrieved.passages, stats: knowledge.stats, termPairs: knowledge.termPairs }),
  );
  // The model was just found down or overloaded while condensing: do not wait for it a second time.
  const answerer = condensed.outage ? services.extractive : chosen;
  const conversation = {
    ...(question !== request.question ? { standaloneQuestion: question } : {}),
    ...(condensed.outage ? { fallbackReason: condensed.outage } : {}),
  };
  /** The uploads' evidence for the typed question, or for one question of it (`part`, within `docIds`). */
  const searchUploads = (official: typeof judged, part = typed.question, docIds = request.docIds) =>
    timer.step('uploads', () =>
      uploadEvidence({
        store: services.store,
        embedder: services.embedder,
        typed: part,
        ...(services.englishWords ? { englishWords: services.englishWords } : {}),
        ...(condensed.question !== asked.question ? { condensed: question } : {}),
        lang,
        k: RETRIEVAL_K,
        docIds,
        official,
        officialStats: knowledge.stats,
        officialQuery: { question, vector: retrieved.queryVector },
        ...(part === typed.question ? { romanised } : {}),
      }),
    );
  /** An answer from the uploads as the events to send. */
  const uploadEvents = (
    fromUploads: AnswererResult,
    retrieval: AskResult['retrieval'],
    standaloneQuestion: string | undefined,
    answerMs: number,
  ): AskEvent[] => {
    timer.timingsMs.answer = round1(answerMs);
    const result: AskResult = {
      ...fromUploads,
      ...conversation,
      ...(standaloneQuestion !== undefined ? { standaloneQuestion } : {}),
      retrieval,
      source: 'upload',
      timingsMs: { ...timer.finish(), ...(fromUploads.timingsMs ?? {}) },
    };
    return [
      { type: 'meta', id, citations: result.citations },
      { type: 'delta', text: result.answer },
      { type: 'done', result },
    ];
  };
  /** The answer from the uploads as the events to send, or undefined when they give none. */
  const answerFromUploads = async (uploads: UploadEvidence): Promise<AskEvent[] | undefined> => {
    await yieldToEventLoop();
    const answerStarted = performance.now();
    const fromUploads = await uploadAnswer(answerer, uploads, { id, lang, history: request.history ?? [], asked: asked.question });
    if (!fromUploads) return undefined;
    const standalone = uploads.question !== request.question ? uploads.question : undefined;
    return uploadEvents(withUploadLead(fromUploads), uploads.retrieved.retrieval, standalone, performance.now() - answerStarted);
  };
  /**
   * A message asking several questions ("제안서 몇 부 뽑아 가야 돼? 파일은 뭐에 담아서 내?") that the
   * uploads do not answer as a whole is answered question by question, each judged and answered on
   * its own evidence: the whole message's evidence is judged against every word of every question
   * at once, so one question's unmet words refuse the other's answer. Every question must be
   * answered from the uploads, or the whole message's outcome stands. The questions after the first
   * are asked of the documents that answered it: a message is about one matter, and "파일은 뭐에
   * 담아서 내?" leaves to its first question which document it means.
   */
  const answerPartByPart = async (): Promise<AskEvent[] | undefined> => {
    if (condensed.question !== asked.question) return undefined;
    const questions = askedSentences(typed.question);
    if (questions.length < 2) return undefined;
    await yieldToEventLoop();
    const answerStarted = performance.now();
    const answered: { uploads: UploadEvidence; body: UploadAnswerBody }[] = [];
    let docIds = request.docIds;
    for (const part of questions) {
      // The whole message is its own standalone question here (checked above), so no condensed form goes with a part.
      const uploads = await searchUploads(judged, part, docIds);
      const body = uploads ? await uploadAnswer(answerer, uploads, { id, lang, history: request.history ?? [], asked: part }) : undefined;
      if (!uploads || !body) return undefined;
      answered.push({ uploads, body });
      docIds ??= body.cited;
    }
    const passages = new Map(answered.flatMap(({ uploads }) => uploads.retrieved.passages.map((p) => [p.id, p.text] as const)));
    const joined = joinPartAnswers(
      answered.map(({ body }) => body.result),
      (passageId) => passages.get(passageId),
    );
    const first = answered[0] as (typeof answered)[number];
    const titles = [...new Set(answered.flatMap(({ body }) => body.titles))];
    const result = withUploadLead({ result: { ...first.body.result, answer: joined.answer, citations: joined.citations }, titles });
    return uploadEvents(result, first.uploads.retrieved.retrieval, undefined, performance.now() - answerStarted);
  };
  const leftOpen = officialLeavesOpen(judged, knowledge.stats, question);
  const uploads = leftOpen ? await searchUploads(judged) : undefined;
  if (uploads) {
    const events = await answerFromUploads(uploads);
    if (events) {
      yield* events;
      return;
    }
  }
  const byPart = leftOpen ? await answerPartByPart() : undefined;
  if (byPart) {
    yield* byPart;
    return;
  }
  // Answering is a step of its own too (see StepTimer): other requests get a turn before it.
  await yieldToEventLoop();
  const answerStarted = performance.now();
  const input = {
    id,
    question,
    ...(question !== asked.question ? { asked: asked.question } : {}),
    lang,
    history: request.history ?? [],
    passages: retrieved.passages,
    questionVector: retrieved.queryVector,
    termPairs: knowledge.termPairs,
  };
  // A false premise ("서울 본사", "in 2019") is not refused blankly: the documents' own statement on
  // the matter is quoted verbatim, then that they do not support what the question takes as given.
  const premise = !judged.answerable && judged.reason === 'false_premise' ? judged.unsupported.map((s) => s.text) : [];
  const events = judged.answerable
    ? answerer.answer(input)
    : premise.length > 0
      ? services.extractive.answer({ ...input, premise })
      : refusalEvents({ id, lang, mode: answerer.mode, seeAlso: seeAlso(judged.topical), reason: judged.reason ?? 'not_in_documents' });
  // The model judged the official evidence to answer, but the extractive answerer found nothing in
  // it to quote: the official documents leave the question open after all ("음악축제 행사 예산" shares
  // 행사 and 예산 with them, never the festival), so the uploads are asked as when judged so. The
  // extractive answer is whole at once, so holding it back until then costs nothing.
  const mayFallBack = !leftOpen && judged.answerable && answerer.mode === 'extractive';
  const held: AskEvent[] = [];
  for await (const event of events) {
    if (mayFallBack && event.type !== 'done') {
      held.push(event);
      continue;
    }
    if (mayFallBack && event.type === 'done' && !event.result.grounded) {
      const reopened = await searchUploads({ ...judged, answerable: false });
      const fromUploads = reopened ? await answerFromUploads(reopened) : undefined;
      if (fromUploads) {
        yield* fromUploads;
        return;
      }
    }
    yield* held.splice(0);
    if (event.type !== 'done') {
      yield event;
      continue;
    }
    timer.timingsMs.answer = round1(performance.now() - answerStarted);
    // A quote from the other language also points to the same section in the answer's language;
    // the alignment is only computed (once per index snapshot) when an answer needs it.
    const langOf = new Map(retrieved.passages.map((p) => [p.id, p.lang]));
    const crossLingual = event.result.citations.some((c) => (langOf.get(c.passageId) ?? event.result.lang) !== event.result.lang);
    const alignment = crossLingual ? await timer.step('align', () => sectionAlignment(official, knowledge.termPairs)) : undefined;
    const timingsMs = { ...timer.finish(), ...(event.result.timingsMs ?? {}) };
    const citations = alignment ? event.result.citations.map((c) => withAlignedSection(c, alignment, event.result.lang)) : event.result.citations;
    yield { type: 'done', result: { ...event.result, citations, ...conversation, retrieval: retrieved.retrieval, source: 'official', timingsMs } };
  }
}

type AnswererResult = Extract<AnswerEvent, { type: 'done' }>['result'];

/** An answer quoted from the uploads (not yet led by the sentence naming them) and the uploads it cites. */
interface UploadAnswerBody {
  result: AnswererResult;
  cited: string[];
  titles: string[];
}

/**
 * The answer quoted from the uploads, or undefined when the answerer finds nothing there to quote
 * (the official outcome stands then). Collected whole before any of it is sent: an answer that
 * turns out not to quote an upload must never have been streamed.
 */
async function uploadAnswer(
  answerer: Answerer,
  uploads: UploadEvidence,
  input: { id: string; lang: Lang; history: ChatTurn[]; asked: string },
): Promise<UploadAnswerBody | undefined> {
  let result: AnswererResult | undefined;
  for await (const event of answerer.answer({
    id: input.id,
    question: uploads.question,
    ...(uploads.question !== input.asked ? { asked: input.asked } : {}),
    lang: input.lang,
    history: input.history,
    passages: uploads.retrieved.passages,
    questionVector: uploads.retrieved.queryVector,
    termPairs: uploads.knowledge.termPairs,
  })) {
    if (event.type === 'done') result = event.result;
  }
  const cited = [...new Set(result?.citations.map((c) => c.docId) ?? [])].filter((docId) => uploads.uploads.has(docId));
  if (!result?.grounded || cited.length === 0 || !namesWhatIsAsked(uploads, result.citations)) return undefined;
  return { result, cited, titles: cited.map((docId) => uploads.uploads.get(docId)?.title ?? docId) };
}

/** The upload answer led by a sentence naming the uploads it quotes. */
function withUploadLead({ result, titles }: Pick<UploadAnswerBody, 'result' | 'titles'>): AnswererResult {
  return { ...result, answer: `${MESSAGES[result.lang].uploadLead(titles)} ${result.answer}` };
}

/** Runs the pipeline to completion and returns the final answer. */
export async function askOnce(services: AskServices, request: AskRequest): Promise<AskResult> {
  let result: AskResult | undefined;
  for await (const event of ask(services, request)) if (event.type === 'done') result = event.result;
  if (!result) throw new Error('the answer pipeline ended without a result');
  return result;
}

function round1(ms: number): number {
  return Math.round(ms * 10) / 10;
}
