import type { Citation, Lang } from '../core/types.js';
import { type Embedder, EmbedderUnavailableError } from '../embed/embedder.js';
import { splitSentences } from '../text/sentences.js';
import type { AnswerEvent, Answerer, AnswerInput } from './answerer.js';
import { seeAlso, toCitation } from './citations.js';
import { isInstructionToAssistant } from './injection-guard.js';
import { MESSAGES } from './messages.js';
import { DEFAULT_THRESHOLDS, type EvidenceThresholds, type ScoredSentence, selectEvidence } from './select-evidence.js';
import { type PassageSentences, SentenceVectorCache } from './sentence-vectors.js';

/** How many retrieved passages are read sentence by sentence. */
const PASSAGES_READ = 14;

/**
 * The default answerer: no model writes anything. The answer is the best supporting sentences of
 * the top passages, verbatim, each followed by its [n]; weak evidence gives an honest refusal.
 */
export class ExtractiveAnswerer implements Answerer {
  readonly mode = 'extractive' as const;
  private readonly sentenceVectors: SentenceVectorCache;

  constructor(
    embedder: Embedder,
    private readonly thresholds: EvidenceThresholds = DEFAULT_THRESHOLDS,
  ) {
    this.sentenceVectors = new SentenceVectorCache(embedder);
  }

  async *answer(input: AnswerInput): AsyncGenerator<AnswerEvent> {
    const read = await readSentences(this.sentenceVectors, input);
    const { selected, absence } = selectEvidence({
      question: input.question,
      questionVector: input.questionVector,
      questionLang: input.lang,
      sentences: read
        .flatMap(({ passage, spans, vectors }, rank) =>
          spans.map((span, i) => ({
            span,
            passage: input.passages[rank] ?? { ...passage, score: 0 },
            passageRank: rank,
            vector: vectors[i] ?? new Float32Array(),
          })),
        )
        // A sentence addressed to the assistant is an injection attempt, never evidence.
        .filter(({ span }) => !isInstructionToAssistant(span.text)),
      thresholds: this.thresholds,
    });

    if (selected.length === 0) {
      const answer = MESSAGES[input.lang].refusal;
      // A passage saying the documents lack this is the most useful pointer a refusal can give.
      const related = seeAlso(absence ? [absence.passage, ...input.passages.filter((p) => p.id !== absence.passage.id)] : input.passages);
      yield { type: 'meta', id: input.id, citations: [] };
      yield { type: 'delta', text: answer };
      yield { type: 'done', result: { id: input.id, answer, lang: input.lang, grounded: false, citations: [], seeAlso: related, mode: this.mode } };
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
 * Without a question vector (keyword-only retrieval) sentences are judged lexically, so they are
 * not embedded either; an embedder that goes down mid-answer degrades the same way.
 */
async function readSentences(sentenceVectors: SentenceVectorCache, input: AnswerInput): Promise<PassageSentences[]> {
  const passages = input.passages.slice(0, PASSAGES_READ);
  const unembedded = () => passages.map((passage) => ({ passage, spans: splitSentences(passage.text), vectors: [] }));
  if (input.questionVector.length === 0) return unembedded();
  try {
    return await sentenceVectors.forPassages(passages);
  } catch (error) {
    if (error instanceof EmbedderUnavailableError) return unembedded();
    throw error;
  }
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
