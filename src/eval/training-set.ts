import { trustOf } from '../core/document-trust.js';
import type { Passage } from '../core/types.js';
import type { Runtime } from '../node/runtime.js';
import { type CorpusKnowledge, corpusKnowledge } from '../retrieve/corpus-stats.js';
import { type TrainingQuestion, trainingQuestions } from './answerability-questions.js';
import { loadQuestions, REFUSAL_TYPES } from './load-questions.js';

export interface TrainingSet {
  knowledge: CorpusKnowledge;
  corpusIds: string[];
  uploadIds: string[];
  corpusPassages: Passage[];
  uploadPassages: Passage[];
  /** Generated from the official documents' passages. */
  corpus: TrainingQuestion[];
  /** Generated from the uploaded documents' passages (judged on the uploads, as an upload answer is). */
  uploads: TrainingQuestion[];
  /** The team's tune split, real wording; follow-ups left out, since the conversation is not replayed. */
  tune: TrainingQuestion[];
}

/**
 * The questions both fits learn from: generated from the index's official and uploaded passages,
 * and the tune split. The holdout split, the blind sets, the fixture questions and the shared sets
 * are never read.
 */
export async function trainingSet(runtime: Runtime, options: { synonyms?: (word: string) => string[] } = {}): Promise<TrainingSet> {
  const documents = await runtime.store.listDocuments();
  if (documents.length === 0) throw new Error('the index is empty: run npm run ingest first, or pass --index');
  const uploadIds = documents.filter((d) => trustOf(d) === 'upload').map((d) => d.id);
  const corpusIds = documents.filter((d) => !uploadIds.includes(d.id)).map((d) => d.id);
  const passagesOf = async (ids: string[]) => (await Promise.all(ids.map((id) => runtime.store.passagesOfDocument(id)))).flat();
  const corpusPassages = await passagesOf(corpusIds);
  const uploadPassages = await passagesOf(uploadIds);
  const knowledge = await corpusKnowledge(runtime.store);
  const common = { stats: knowledge.stats, termPairs: knowledge.termPairs, ...(options.synonyms ? { synonyms: options.synonyms } : {}) };
  const tune = (await loadQuestions({ split: 'tune' }))
    .filter((q) => !q.history?.length && !q.corpusLang)
    .map((q): TrainingQuestion => ({ question: q.question, lang: q.lang, answerable: !REFUSAL_TYPES.includes(q.type), kind: 'tune', docId: q.id }));
  return {
    knowledge,
    corpusIds,
    uploadIds,
    corpusPassages,
    uploadPassages,
    corpus: trainingQuestions({ ...common, passages: corpusPassages, source: 'corpus' }),
    uploads: trainingQuestions({ ...common, passages: uploadPassages, source: 'upload' }),
    tune,
  };
}
