import type OpenAI from 'openai';
import type { ScoredPassage } from '../core/types.js';
import type { AnswerEvent, Answerer, AnswerInput } from './answerer.js';
import { createCitationChecker, splitAnswer, takeCompleteSentences } from './check-citations.js';
import { seeAlso } from './citations.js';
import { isInstructionToAssistant } from './injection-guard.js';
import { LlmFailure, toLlmFailure } from './llm-failure.js';
import { passagesBlock } from './passages-block.js';
import type { AnswerPrompts } from './prompts.js';
import { refusalEvents } from './refusal.js';

export interface LlmAnswererOptions {
  client: OpenAI;
  model: string;
  prompts: AnswerPrompts;
  /** Answers here whenever the model fails or cannot be trusted. */
  fallback: Answerer;
  /** Longest wait for the first token and between two tokens; the whole answer gets four times this. */
  timeoutMs: number;
  /** Passages shown to the model. */
  passagesShown?: number;
  maxTokens?: number;
  /** Where a fallback is reported for the operator; the citizen only sees `fallbackReason`. */
  logger?: { warn(msg: string, fields?: Record<string, unknown>): void };
}

const NOT_IN_DOCUMENTS = /^\W*NOT_IN_DOCUMENTS\W*$/;

/**
 * Answers with a chat model through any OpenAI-compatible endpoint. The model's text is streamed
 * sentence by sentence, and each sentence is shown only once its citations check out against the
 * passages; whatever goes wrong ends in the extractive answer, never in an error.
 */
export class LlmAnswerer implements Answerer {
  readonly mode = 'llm' as const;

  constructor(private readonly options: LlmAnswererOptions) {}

  async *answer(input: AnswerInput): AsyncGenerator<AnswerEvent> {
    const passages = input.passages.slice(0, this.options.passagesShown ?? 6);
    if (passages.length === 0) {
      yield* this.refusal(input);
      return;
    }
    const checker = createCitationChecker({ passages });
    let started = false;
    let raw = '';
    let open = '';
    try {
      for await (const text of this.generate(input, passages)) {
        raw += text;
        const { complete, rest } = takeCompleteSentences(open + text);
        open = rest;
        for (const sentence of complete) {
          const shown = checker.add(sentence);
          if (shown === undefined) continue;
          if (!started) yield { type: 'meta', id: input.id, citations: [] };
          started = true;
          yield { type: 'delta', text: shown };
        }
      }
      if (!started && NOT_IN_DOCUMENTS.test(raw.trim())) {
        yield* this.refusal(input);
        return;
      }
      for (const sentence of splitAnswer(open)) {
        const shown = checker.add(sentence);
        if (shown === undefined) continue;
        if (!started) yield { type: 'meta', id: input.id, citations: [] };
        started = true;
        yield { type: 'delta', text: shown };
      }
      const checked = checker.finish();
      // A model that repeats an instruction planted in a document has been steered: keep none of it.
      if (checked.removed.some((r) => r.reason === 'injected_instruction'))
        throw new LlmFailure('prompt_injection', 'the answer repeated an instruction found in a passage');
      if (!checked.grounded) throw new LlmFailure('no_valid_citations', 'no sentence of the answer was supported by a passage it cited');
      yield {
        type: 'done',
        result: {
          id: input.id,
          answer: checked.answer,
          lang: input.lang,
          grounded: true,
          citations: checked.citations,
          seeAlso: [],
          mode: 'llm',
          ...(checked.removed.length > 0 ? { removed: checked.removed } : {}),
        },
      };
    } catch (error) {
      const failure = toLlmFailure(error, false);
      (this.options.logger ?? consoleWarn).warn('LLM answer replaced by the extractive one', {
        reason: failure.reason,
        detail: failure.message,
        answerId: input.id,
      });
      if (started) yield { type: 'reset', reason: failure.reason };
      yield* withFallbackReason(
        this.options.fallback.answer({ ...input, passages: input.passages.filter((p) => !isInstructionToAssistant(p.text)) }),
        failure.reason,
      );
    }
  }

  private refusal(input: AnswerInput): Generator<AnswerEvent> {
    return refusalEvents({ id: input.id, lang: input.lang, mode: 'llm', seeAlso: seeAlso(input.passages), reason: 'not_in_documents' });
  }

  /** The model's text as it streams; throws LlmFailure for every way the call can go wrong. */
  private async *generate(input: AnswerInput, passages: ScoredPassage[]): AsyncGenerator<string> {
    const { client, model, prompts, timeoutMs } = this.options;
    const user = await prompts.answer[input.lang].template.format({ passages: passagesBlock(passages), question: input.question });
    const system = await prompts.system.template.format({});
    const controller = new AbortController();
    let timedOut = false;
    const abortForTime = () => {
      timedOut = true;
      controller.abort();
    };
    // The client's own timeout stops at the response headers; a stalled stream needs our timers.
    let idle = setTimeout(abortForTime, timeoutMs);
    const cap = setTimeout(abortForTime, timeoutMs * 4);
    try {
      const stream = await client.chat.completions.create(
        {
          model,
          stream: true,
          temperature: 0,
          max_tokens: this.options.maxTokens ?? 600,
          messages: [
            { role: 'system', content: system },
            { role: 'user', content: user },
          ],
        },
        { signal: controller.signal, maxRetries: 0 },
      );
      let finished = false;
      for await (const chunk of stream) {
        clearTimeout(idle);
        idle = setTimeout(abortForTime, timeoutMs);
        if (!Array.isArray(chunk?.choices)) throw new LlmFailure('malformed_stream', 'a stream chunk had no choices');
        const choice = chunk.choices[0];
        if (typeof choice?.delta?.content === 'string' && choice.delta.content) yield choice.delta.content;
        if (choice?.finish_reason) finished = true;
      }
      // An abort by our timer ends the client's stream quietly, without an error.
      if (!finished && timedOut) throw new LlmFailure('timeout', `no token from the model for ${timeoutMs} ms`);
      if (!finished) throw new LlmFailure('malformed_stream', 'the stream ended before the model finished');
    } catch (error) {
      throw toLlmFailure(error, timedOut);
    } finally {
      clearTimeout(idle);
      clearTimeout(cap);
      controller.abort();
    }
  }
}

const consoleWarn = { warn: (msg: string, fields?: Record<string, unknown>) => console.warn(`policy-qa: ${msg}`, fields ?? {}) };

/** The fallback's events, its final result marked as a fallback and why. */
async function* withFallbackReason(events: AsyncGenerator<AnswerEvent>, reason: string): AsyncGenerator<AnswerEvent> {
  for await (const event of events) {
    if (event.type === 'done') yield { type: 'done', result: { ...event.result, mode: 'extractive', fallbackReason: reason } };
    else yield event;
  }
}
