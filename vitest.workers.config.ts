import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';
import { DOWN_ENDPOINT_MESSAGE } from './test/worker/down-endpoint.js';

/**
 * The Worker's tests, run inside workerd by @cloudflare/vitest-pool-workers. The global setup (in
 * Node) exports a small edge index and serves the Node app's /v1/embeddings on loopback; the Worker
 * gets both through the same bindings wrangler.toml declares.
 */
export default defineConfig({
  plugins: [
    cloudflareTest(({ inject }) => ({
      main: './src/worker/index.ts',
      miniflare: {
        compatibilityDate: '2025-09-01',
        compatibilityFlags: ['nodejs_compat'],
        bindings: {
          EMBEDDINGS_URL: inject('embeddingsUrl'),
          EMBEDDINGS_TIMEOUT_MS: '20000',
          RATE_LIMIT_PER_MIN: '100000',
          LOG_LEVEL: 'warn',
        },
        // As in wrangler.toml: the Worker runs first, so the index files are never served directly.
        assets: {
          directory: inject('edgeIndexDir'),
          binding: 'ASSETS',
          routerConfig: { has_user_worker: true, invoke_user_worker_ahead_of_assets: true },
        },
      },
    })),
  ],
  test: {
    name: 'workers',
    include: ['test/worker/**/*.test.ts'],
    globalSetup: ['test/worker/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Also when this config runs alone: see vitest.config.ts.
    onConsoleLog: (log) => !log.includes(DOWN_ENDPOINT_MESSAGE),
  },
});
