import type { Citation, Lang, RefusalReason } from '../core/types.js';
import type { AnswerEvent } from './answerer.js';
import { refusalText } from './messages.js';

/** The honest answer when the documents do not answer: the fixed refusal and related passages. */
export function* refusalEvents(input: {
  id: string;
  lang: Lang;
  mode: 'extractive' | 'llm';
  seeAlso: Citation[];
  reason: RefusalReason;
}): Generator<AnswerEvent> {
  const answer = refusalText(input.lang, input.seeAlso.length > 0);
  yield { type: 'meta', id: input.id, citations: [] };
  yield { type: 'delta', text: answer };
  yield {
    type: 'done',
    result: { id: input.id, answer, lang: input.lang, grounded: false, refusalReason: input.reason, citations: [], seeAlso: input.seeAlso, mode: input.mode },
  };
}
