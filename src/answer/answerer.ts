import type { AskResult, Citation, Lang, ScoredPassage } from '../core/types.js';
import type { TermPair } from '../text/term-pairs.js';

export interface ChatTurn {
  role: 'user' | 'assistant';
  content: string;
}

export interface AnswerInput {
  id: string;
  question: string;
  /**
   * A follow-up as the reader typed it, when `question` is its rewrite with the conversation's
   * topic put in front: its own words are what is asked now, the carried ones only the context.
   */
  asked?: string;
  lang: Lang;
  history: ChatTurn[];
  passages: ScoredPassage[];
  questionVector: Float32Array;
  /** The corpus's bilingual term table, for matching the question in the other language. */
  termPairs?: readonly TermPair[];
  /**
   * What the question takes as given and no retrieved passage states (a place, a year): the answer
   * then says what the documents do state and that they do not support it, never answers as asked.
   */
  premise?: string[];
}

/** Events of an answer as it is produced; a non-streaming caller just waits for "done". */
export type AnswerEvent =
  | { type: 'meta'; id: string; citations: Citation[] }
  | { type: 'delta'; text: string }
  /** The text streamed so far is withdrawn (the model failed mid-answer); a fresh meta/delta/done follows. */
  | { type: 'reset'; reason: string }
  | { type: 'done'; result: Omit<AskResult, 'timingsMs' | 'retrieval' | 'source'> & { timingsMs?: Record<string, number> } };

/** Writes an answer from retrieved passages. Two implementations: extractive (default) and LLM. */
export interface Answerer {
  readonly mode: 'extractive' | 'llm';
  answer(input: AnswerInput): AsyncGenerator<AnswerEvent>;
}
