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

/** "그 법에는", "이 사업은", "that act": a demonstrative and the head noun of what it points back at. */
const KO_DEMONSTRATIVE_NOUN =
  /(?<![\uAC00-\uD7AF])(?:그|이|저|해당)\s+([\uAC00-\uD7AF]{1,4}?)(?=(?:에는|에서|에게|에|은|는|이|가|을|를|의|도|과|와|으로|로)?(?:\s|$|[?.!,]))/u;
const EN_DEMONSTRATIVE_NOUN = /\b(?:that|this|the same)\s+([a-z]{2,})\b/i;

/**
 * The name a demonstrative points back at, from the latest turns: "그 법" after an answer naming
 * "지역균형투자촉진특별법" is that law (a Korean compound ends in its head noun), "that act" after
 * one naming "the Special Act on X" is that act. Undefined when no earlier word ends so.
 */
export function referent(question: string, history: ChatTurn[]): { phrase: string; name: string } | undefined {
  const recent = [...history]
    .reverse()
    .slice(0, 2)
    .map((t) => t.content);
  const ko = KO_DEMONSTRATIVE_NOUN.exec(question);
  if (ko?.[1]) {
    const head = ko[1];
    const pattern = new RegExp(`[\\uAC00-\\uD7AF·]{1,20}${head}(?![\\uAC00-\\uD7AF])|[\\uAC00-\\uD7AF·]{1,20}${head}(?=[은는이가을를의에도과와]|으로|로)`, 'u');
    for (const text of recent) {
      const found = pattern.exec(text.replace(/['‘’"“”「」『』]/g, ' '));
      if (found) return { phrase: ko[0], name: found[0] };
    }
  }
  const en = EN_DEMONSTRATIVE_NOUN.exec(question);
  if (en?.[1]) {
    const head = en[1].toLowerCase();
    // Capitalised words before the head noun, which may itself be capitalised ("Special Act").
    const pattern = new RegExp(`(?:[A-Z][\\w-]*\\s+(?:(?:of|on|for|and|the)\\s+)?){1,8}[${head[0]?.toUpperCase()}${head[0]}]${head.slice(1)}\\b`, 'u');
    for (const text of recent) {
      const found = pattern.exec(text);
      if (found) return { phrase: en[0], name: found[0] };
    }
  }
  return undefined;
}

/**
 * Without a model: a follow-up whose demonstrative names what it points at ("그 법") gets that
 * name from the conversation; any other gets the content words of the previous user question put
 * in front, so retrieval finds the topic again ("그 중 두 번째는?" → "문화선도산단 선정 그 중 두 번째는?").
 */
export function condenseByRules(input: { question: string; history: ChatTurn[] }): string {
  const previous = [...input.history].reverse().find((t) => t.role === 'user')?.content;
  if (!previous || !looksLikeFollowUp(input.question)) return input.question;
  const named = referent(input.question, input.history);
  if (named) return input.question.replace(named.phrase, (m) => m.replace(/^(\s*).*$/s, `$1${named.name}`));
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
