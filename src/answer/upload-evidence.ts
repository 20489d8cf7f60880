import { trustOf } from '../core/document-trust.js';
import type { DocumentRecord, Lang } from '../core/types.js';
import type { Embedder } from '../embed/embedder.js';
import { normaliseQuestion } from '../question/normalise-question.js';
import { type CorpusKnowledge, corpusKnowledge, type TermStats } from '../retrieve/corpus-stats.js';
import { retrieveForQuestion } from '../retrieve/retrieve-for-question.js';
import type { PassageStore } from '../store/store.js';
import { type Answerability, judgeAnswerability } from './answerability.js';
import { withoutInstructions } from './injection-guard.js';
import { allTerms } from './question-units.js';

/** What the ordinary uploads offer for a question the official documents do not answer. */
export interface UploadEvidence {
  question: string;
  knowledge: CorpusKnowledge;
  retrieved: Awaited<ReturnType<typeof retrieveForQuestion>>;
  judged: Answerability;
  /** The uploads searched, by id. */
  uploads: Map<string, DocumentRecord>;
}

/**
 * Whether the official evidence leaves the question to the uploads: it does not answer, or a rare
 * word of the question that the official documents do use is missing from it (the evidence is
 * about something else and merely shares the rest). A rare word the official documents never use
 * is left to the answerability model, which weighs it already (a paraphrase, like "혜택" for
 * "감면", or a topic they lack): an upload repeating it does not take the question over.
 */
export function officialLeavesOpen(official: Answerability, stats: TermStats): boolean {
  if (!official.answerable) return true;
  const uncovered = new Set(official.uncovered);
  return official.units.some((u) => uncovered.has(u.word) && allTerms(u).some((term) => stats.df(term) > 0));
}

/**
 * The uploads' evidence when they answer what the official documents leave open, else undefined.
 * Searched and judged with the whole index's statistics (an upload's own terms are known there),
 * over the uploads alone; they answer when the answerability model says their evidence answers
 * and it covers more of the question's rare words than the official evidence did. A harmless
 * upload that shares words with an official answer therefore never comes into play: the official
 * judgment it would have to beat was made without it.
 */
export async function uploadEvidence(input: {
  store: PassageStore;
  embedder: Embedder;
  /** The question as typed (language cue removed), to read with the whole index's vocabulary. */
  typed: string;
  /** The question the official documents were asked, when the conversation rewrote it; else undefined. */
  condensed?: string;
  lang: Lang;
  k: number;
  docIds?: string[];
  official: Answerability;
  /** The official documents' statistics the official judgment was made with. */
  officialStats: TermStats;
  /** The question the official documents were searched with and its vector (empty when keyword-only). */
  officialQuery?: { question: string; vector: Float32Array };
}): Promise<UploadEvidence | undefined> {
  if (!officialLeavesOpen(input.official, input.officialStats)) return undefined;
  const wanted = input.docIds && input.docIds.length > 0 ? new Set(input.docIds) : undefined;
  const uploads = new Map(
    (await input.store.listDocuments()).filter((d) => trustOf(d) === 'upload' && (!wanted || wanted.has(d.id))).map((d) => [d.id, d] as const),
  );
  if (uploads.size === 0) return undefined;
  const knowledge = await corpusKnowledge(input.store);
  const question = input.condensed ?? withoutInstructions(normaliseQuestion(input.typed, knowledge.stats).question);
  // The same text embeds to the same vector: the official search's is reused rather than computed again.
  const known = input.officialQuery?.question === question && input.officialQuery.vector.length > 0 ? input.officialQuery.vector : undefined;
  const retrieved = await retrieveForQuestion({
    store: input.store,
    embedder: input.embedder,
    question,
    lang: input.lang,
    k: input.k,
    filters: { docIds: [...uploads.keys()] },
    termPairs: knowledge.termPairs,
    ...(known ? { queryVector: known } : {}),
  });
  const judged = judgeAnswerability({ question, lang: input.lang, passages: retrieved.passages, stats: knowledge.stats, termPairs: knowledge.termPairs });
  const better = !input.official.answerable || judged.features.uncoveredRare < input.official.features.uncoveredRare;
  return judged.answerable && better ? { question, knowledge, retrieved, judged, uploads } : undefined;
}
