import type { AskResult, Citation, Lang, ScoredPassage } from '../core/types.js';

export interface ChatTurn {
  role: 'user' | 'assistant';
  content: string;
}

export interface AnswerInput {
  id: string;
  question: string;
  lang: Lang;
  history: ChatTurn[];
  passages: ScoredPassage[];
  questionVector: Float32Array;
}

/** Events of an answer as it is produced; a non-streaming caller just waits for "done". */
export type AnswerEvent =
  | { type: 'meta'; id: string; citations: Citation[] }
  | { type: 'delta'; text: string }
  /** The text streamed so far is withdrawn (the model failed mid-answer); a fresh meta/delta/done follows. */
  | { type: 'reset'; reason: string }
  | { type: 'done'; result: Omit<AskResult, 'timingsMs' | 'retrieval'> & { timingsMs?: Record<string, number> } };

/** Writes an answer from retrieved passages. Two implementations: extractive (default) and LLM. */
export interface Answerer {
  readonly mode: 'extractive' | 'llm';
  answer(input: AnswerInput): AsyncGenerator<AnswerEvent>;
}
