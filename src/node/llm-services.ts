import OpenAI from 'openai';
import type { Answerer } from '../answer/answerer.js';
import { type Condenser, LlmCondenser } from '../answer/condense.js';
import { LlmAnswerer } from '../answer/llm-answerer.js';
import { loadAnswerPrompts } from '../answer/prompts.js';
import type { Config } from '../core/config.js';
import { createLogger } from '../core/logger.js';
import { LIMITS } from '../http/schemas.js';

/**
 * The LLM answerer and follow-up condenser, when OPENAI_BASE_URL and OPENAI_MODEL are both set;
 * nothing otherwise (answers are then extractive). Prompts are read here, so a missing prompt file
 * stops start-up instead of the first question.
 */
export function createLlmServices(config: Config, extractive: Answerer): { llm?: Answerer; condenser?: Condenser } {
  const { baseUrl, apiKey, model, timeoutMs } = config.openai;
  if (!baseUrl || !model) return {};
  // No retries: a citizen is better served by the extractive answer now than by a retry later.
  const client = new OpenAI({ baseURL: baseUrl, apiKey: apiKey ?? 'not-needed', timeout: timeoutMs, maxRetries: 0 });
  const prompts = loadAnswerPrompts();
  return {
    llm: new LlmAnswerer({ client, model, prompts, fallback: extractive, timeoutMs, logger: createLogger({ level: config.logLevel }) }),
    condenser: new LlmCondenser({ client, model, prompt: prompts.condense, timeoutMs, maxChars: LIMITS.questionChars }),
  };
}
