import OpenAI from 'openai';

/** Why an LLM answer was replaced by the extractive one; sent to the client as `fallbackReason`. */
export type FallbackReason = 'unreachable' | 'timeout' | 'rate_limited' | 'upstream_error' | 'malformed_stream' | 'no_valid_citations' | 'prompt_injection';

export class LlmFailure extends Error {
  constructor(
    readonly reason: FallbackReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'LlmFailure';
  }
}

/** Maps whatever the client or the stream threw to a reason; `timedOut` is set when our own timer aborted the call. */
export function toLlmFailure(error: unknown, timedOut: boolean): LlmFailure {
  if (error instanceof LlmFailure) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (timedOut || error instanceof OpenAI.APIConnectionTimeoutError)
    return new LlmFailure('timeout', `the model did not answer in time (${message})`, { cause: error });
  if (error instanceof OpenAI.RateLimitError) return new LlmFailure('rate_limited', `the model endpoint is rate limiting (429): ${message}`, { cause: error });
  if (error instanceof OpenAI.APIConnectionError) return new LlmFailure('unreachable', `the model endpoint is unreachable: ${message}`, { cause: error });
  // Status-less APIErrors come from an `error` object inside the stream; JSON errors from garbage in it.
  if (error instanceof OpenAI.APIError && error.status !== undefined)
    return new LlmFailure('upstream_error', `the model endpoint answered ${error.status}: ${message}`, { cause: error });
  if (error instanceof SyntaxError || error instanceof OpenAI.APIError)
    return new LlmFailure('malformed_stream', `the model's stream could not be read: ${message}`, { cause: error });
  // undici reports a connection cut mid-body as a TypeError ("terminated").
  if (error instanceof TypeError) return new LlmFailure('malformed_stream', `the model's stream broke off: ${message}`, { cause: error });
  return new LlmFailure('upstream_error', message, { cause: error });
}
