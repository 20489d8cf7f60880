/**
 * What the Worker tests' failing embeddings endpoint answers (edge-fixture.ts). The vitest configs
 * hide the Worker's fallback notice only when it quotes this text, so any other notice still shows.
 */
export const DOWN_ENDPOINT_MESSAGE = 'policy-qa test fixture: embeddings endpoint down';
