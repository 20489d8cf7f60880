// The parts of @cloudflare/vitest-pool-workers' test module these suites use; its own typings need
// @cloudflare/workers-types, which this project does not install.
declare module 'cloudflare:test' {
  export const env: Record<string, unknown> & { ASSETS: { fetch(request: Request): Promise<Response> } };
  export const SELF: { fetch(input: string | Request, init?: RequestInit): Promise<Response> };
  export function createExecutionContext(): { waitUntil(promise: Promise<unknown>): void; passThroughOnException(): void };
}
