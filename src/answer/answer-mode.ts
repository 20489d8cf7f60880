import { UserError } from '../core/errors.js';
import type { Answerer } from './answerer.js';

/**
 * "auto" answers with the model when one is configured, "extractive" never does, and "llm" insists:
 * asking for it on a service without a model is the caller's mistake, said plainly (400).
 */
export function chooseAnswerer(services: { extractive: Answerer; llm?: Answerer }, mode: 'auto' | 'extractive' | 'llm' | undefined): Answerer {
  if (mode === 'extractive') return services.extractive;
  if (mode === 'llm' && !services.llm) {
    throw new UserError(
      400,
      'llm_not_configured',
      'mode "llm" needs a language model, and this service has none configured (OPENAI_BASE_URL and OPENAI_MODEL). Use mode "auto" or "extractive".',
    );
  }
  return services.llm ?? services.extractive;
}
