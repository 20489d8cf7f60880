import { type AskServices, askOnce, RETRIEVAL_K } from '../answer/ask.js';
import type { DocumentRecord, Lang } from '../core/types.js';
import { hybridSearch } from '../retrieve/hybrid-search.js';
import type { AskedQuestion } from './load-questions.js';
import type { Observation } from './metrics.js';

export type AnswerMode = 'extractive' | 'llm';

/** Document ids per language: cross-lingual questions are scored by which language they were answered from. */
export function docIdsByLang(documents: DocumentRecord[]): Record<Lang, string[]> {
  return {
    ko: documents.filter((d) => d.lang === 'ko').map((d) => d.id),
    en: documents.filter((d) => d.lang === 'en').map((d) => d.id),
  };
}

export interface RunQuestionsInput {
  services: AskServices;
  questions: AskedQuestion[];
  mode: AnswerMode;
  /** Document ids per language, for questions that search one language only (corpusLang). */
  docIdsByLang: Record<Lang, string[]>;
  onProgress?: (done: number, total: number, observation: Observation) => void;
}

/**
 * Asks every question through the real pipeline (askOnce). For questions that name their expected
 * documents, the hybrid search the pipeline starts with is run too, for recall@k.
 */
export async function runQuestions({ services, questions, mode, docIdsByLang, onProgress }: RunQuestionsInput): Promise<Observation[]> {
  if (mode === 'llm' && !services.llm) {
    throw new Error('--mode llm needs an LLM answerer: set OPENAI_BASE_URL, OPENAI_API_KEY and OPENAI_MODEL.');
  }
  const passageTexts = new Map<string, string>();
  const passageText = async (id: string): Promise<string> => {
    const cached = passageTexts.get(id);
    if (cached !== undefined) return cached;
    const text = (await services.store.getPassage(id))?.text ?? '';
    passageTexts.set(id, text);
    return text;
  };

  const observations: Observation[] = [];
  for (const q of questions) {
    const docIds = q.corpusLang ? docIdsByLang[q.corpusLang] : undefined;
    const retrieved =
      q.expectedDocIds.length > 0
        ? await hybridSearch({ store: services.store, embedder: services.embedder, query: q.question, k: Math.max(RETRIEVAL_K, 5), filters: { docIds } })
        : { passages: [] };
    const started = performance.now();
    const result = await askOnce(services, { question: q.question, lang: 'auto', history: q.history, docIds, mode });
    const latencyMs = performance.now() - started;
    const observation: Observation = {
      id: q.id,
      set: q.set,
      type: q.type,
      lang: q.lang,
      answerable: q.answerable,
      question: q.question,
      retrievedDocIds: retrieved.passages.map((p) => p.docId),
      expectedDocIds: q.expectedDocIds,
      keyFacts: q.keyFacts,
      answer: result.answer,
      grounded: result.grounded,
      citations: await Promise.all(result.citations.map(async (c) => ({ n: c.n, quote: c.quote, passageText: await passageText(c.passageId) }))),
      latencyMs,
    };
    observations.push(observation);
    onProgress?.(observations.length, questions.length, observation);
  }
  return observations;
}
