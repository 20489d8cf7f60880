import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PromptTemplate } from '@langchain/core/prompts';
import type { Lang } from '../core/types.js';

/** The prompts folder at the root of the package; prompts are versioned files, never inline strings. */
export const PROMPTS_DIR = fileURLToPath(new URL('../../prompts/', import.meta.url));

export interface LoadedPrompt {
  /** File name without extension, e.g. "answer.v1.ko": recorded so an answer can be traced to its prompt. */
  id: string;
  template: PromptTemplate;
}

/**
 * Loads `<name>.v<version>.<lang>.md`, or `<name>.v<version>.md` when the wording does not depend
 * on the language. Templates use `{variable}` placeholders; values are inserted verbatim.
 */
export function loadPrompt(input: { name: string; version: number; lang?: Lang; dir?: string }): LoadedPrompt {
  const dir = input.dir ?? PROMPTS_DIR;
  const candidates = [...(input.lang ? [`${input.name}.v${input.version}.${input.lang}`] : []), `${input.name}.v${input.version}`];
  for (const id of candidates) {
    const file = path.join(dir, `${id}.md`);
    if (existsSync(file)) return { id, template: PromptTemplate.fromTemplate(readFileSync(file, 'utf8').trim()) };
  }
  throw new Error(`Prompt not found: none of ${candidates.map((c) => `${c}.md`).join(', ')} in ${dir}`);
}

/** Every prompt the LLM answerer needs, loaded once at start-up so a missing file fails early. */
export interface AnswerPrompts {
  system: LoadedPrompt;
  answer: Record<Lang, LoadedPrompt>;
  condense: LoadedPrompt;
}

export function loadAnswerPrompts(dir?: string): AnswerPrompts {
  return {
    system: loadPrompt({ name: 'system', version: 1, dir }),
    answer: { ko: loadPrompt({ name: 'answer', version: 1, lang: 'ko', dir }), en: loadPrompt({ name: 'answer', version: 1, lang: 'en', dir }) },
    condense: loadPrompt({ name: 'condense', version: 1, dir }),
  };
}
