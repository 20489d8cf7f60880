import { randomUUID } from 'node:crypto';
import { detectLang } from '../core/lang.js';
import type { AskResult, Lang } from '../core/types.js';
import type { Embedder } from '../embed/embedder.js';
import { hybridSearch } from '../retrieve/hybrid-search.js';
import type { PassageStore } from '../store/store.js';
import type { AnswerEvent, Answerer, ChatTurn } from './answerer.js';
import { StepTimer } from './step-timer.js';

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
}

/** Passages handed to the answerer. */
export const RETRIEVAL_K = 8;

export type AskEvent = Exclude<AnswerEvent, { type: 'done' }> | { type: 'done'; result: AskResult };

/**
 * The answer pipeline as an ordered list of steps, each timed: language, retrieval, answer.
 * Yields meta / delta / done events; non-streaming callers keep only the last one.
 */
export async function* ask(services: AskServices, request: AskRequest): AsyncGenerator<AskEvent> {
  const timer = new StepTimer();
  const id = randomUUID();
  const lang = await timer.step('language', () => (request.lang && request.lang !== 'auto' ? request.lang : detectLang(request.question)));
  const retrieved = await timer.step('retrieve', () =>
    hybridSearch({ store: services.store, embedder: services.embedder, query: request.question, k: RETRIEVAL_K, filters: { docIds: request.docIds } }),
  );
  const answerer = request.mode === 'llm' || (request.mode !== 'extractive' && services.llm) ? (services.llm ?? services.extractive) : services.extractive;
  const answerStarted = performance.now();
  for await (const event of answerer.answer({
    id,
    question: request.question,
    lang,
    history: request.history ?? [],
    passages: retrieved.passages,
    questionVector: retrieved.queryVector,
  })) {
    if (event.type !== 'done') {
      yield event;
      continue;
    }
    timer.timingsMs.answer = Math.round((performance.now() - answerStarted) * 10) / 10;
    const timingsMs = { ...timer.finish(), ...(event.result.timingsMs ?? {}) };
    yield { type: 'done', result: { ...event.result, timingsMs } };
  }
}

/** Runs the pipeline to completion and returns the final answer. */
export async function askOnce(services: AskServices, request: AskRequest): Promise<AskResult> {
  let result: AskResult | undefined;
  for await (const event of ask(services, request)) if (event.type === 'done') result = event.result;
  if (!result) throw new Error('the answer pipeline ended without a result');
  return result;
}
