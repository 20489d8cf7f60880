import type OpenAI from 'openai';
import type { Lang } from '../core/types.js';
import { contentWords } from '../text/query-words.js';
import type { ChatTurn } from './answerer.js';
import type { FallbackReason } from './llm-failure.js';
import { toLlmFailure } from './llm-failure.js';
import type { LoadedPrompt } from './prompts.js';

/** Rewrites a follow-up into a question that can be searched on its own. */
export interface Condenser {
  condense(input: { question: string; history: ChatTurn[]; lang: Lang }): Promise<string>;
}

const EN_DEICTIC =
  /\b(it|its|they|them|their|this|these|those|ones|former|latter|second|third|fourth|fifth|last|other|others|same)\b|\bwhat about\b|\bhow about\b|\bat that time\b|\bat the time(?=\s*[?.!]?$)|\bback then\b|^(and|then|so)\b|\bthere\s*[?.!]*$|\bthat\s+(?!(?:the|a|an|it|they|he|she|we|you|i|this|these|those|there|is|was|are|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did)\b)[a-z]+/i;
const KO_DEICTIC =
  /그\s*중|이\s*중|그것|그거|이것|이거|저것|그곳|거기|여기|그들|그분|해당|위의|앞의|첫\s*번째|두\s*번째|세\s*번째|네\s*번째|다섯\s*번째|마지막|나머지|그럼|그러면|그건|그게|그때|그\s*당시|^당시|(?:^|\s)(?:그|이|저)\s/;

/**
 * A question that leans on the conversation (elliptical): it points back with a pronoun, a
 * demonstrative ("that money", not the "that" of "says that the …"), "there", an ordinal or
 * "그럼/then", or has no content word of its own. A complete question, however short
 * ("내년 최저임금은 얼마인가요?"), is answered as asked.
 */
export function looksLikeFollowUp(question: string): boolean {
  return EN_DEICTIC.test(question) || KO_DEICTIC.test(question) || contentWords(question).length === 0;
}

/**
 * Without a model: a follow-up gets the content words of the previous user question put in front,
 * so retrieval finds the topic again ("그 중 두 번째는?" → "문화선도산단 선정 그 중 두 번째는?").
 */
export function condenseByRules(input: { question: string; history: ChatTurn[] }): string {
  const previous = [...input.history].reverse().find((t) => t.role === 'user')?.content;
  if (!previous || !looksLikeFollowUp(input.question)) return input.question;
  const own = new Set(contentWords(input.question).map((w) => w.toLowerCase()));
  const carried = contentWords(previous).filter((w) => !own.has(w.toLowerCase()));
  return carried.length === 0 ? input.question : `${carried.join(' ')} ${input.question}`;
}

/** Turns of the conversation the condense prompt shows: the latest few, each cut to a readable length. */
export function formatHistory(history: ChatTurn[], maxTurns = 6, maxChars = 600): string {
  return history
    .slice(-maxTurns)
    .map((t) => `${t.role === 'user' ? 'User' : 'Assistant'}: ${t.content.length > maxChars ? `${t.content.slice(0, maxChars)}…` : t.content}`)
    .join('\n');
}

/** The condense prompt sent to the configured chat model (not streamed). */
export class LlmCondenser implements Condenser {
  constructor(private readonly options: { client: OpenAI; model: string; prompt: LoadedPrompt; timeoutMs: number; maxChars: number }) {}

  async condense(input: { question: string; history: ChatTurn[] }): Promise<string> {
    const content = await this.options.prompt.template.format({ history: formatHistory(input.history), question: input.question });
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.options.timeoutMs);
    try {
      const response = await this.options.client.chat.completions.create(
        { model: this.options.model, messages: [{ role: 'user', content }], temperature: 0, max_tokens: 200 },
        { signal: controller.signal, maxRetries: 0 },
      );
      const text = response.choices?.[0]?.message?.content ?? '';
      const line = text
        .split('\n')
        .map((l) =>
          l
            .trim()
            .replace(/^(standalone question|question|질문)\s*[:：]\s*/i, '')
            .replace(/^["'“”‘’]+|["'“”‘’]+$/g, ''),
        )
        .find((l) => l.length > 0);
      if (!line || line.length > this.options.maxChars) throw new Error('the model gave no usable standalone question');
      return line;
    } catch (error) {
      throw toLlmFailure(error, timedOut);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Availability failures of the model: when condensing hit one, answering would hit it too. */
export function isOutage(reason: FallbackReason): boolean {
  return reason === 'unreachable' || reason === 'timeout' || reason === 'rate_limited';
}

/**
 * The `condense` step of ask(): no history, no change; with the model, its rewrite; without it, or
 * when it fails, the rules. An outage is reported so the answer step does not wait for it again.
 */
export async function condenseQuestion(input: {
  question: string;
  history: ChatTurn[];
  lang: Lang;
  condenser?: Condenser;
}): Promise<{ question: string; outage?: FallbackReason }> {
  // A complete question is answered as asked, by the model's condenser too.
  if (!input.history.some((t) => t.role === 'user') || !looksLikeFollowUp(input.question)) return { question: input.question };
  if (input.condenser) {
    try {
      return { question: await input.condenser.condense(input) };
    } catch (error) {
      const reason = toLlmFailure(error, false).reason;
      return { question: condenseByRules(input), ...(isOutage(reason) ? { outage: reason } : {}) };
    }
  }
  return { question: condenseByRules(input) };
}
