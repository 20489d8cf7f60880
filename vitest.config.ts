import { defineConfig } from 'vitest/config';
import { DOWN_ENDPOINT_MESSAGE } from './test/worker/down-endpoint.js';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // test/worker/ runs inside workerd: see vitest.workers.config.ts.
    exclude: ['**/node_modules/**', 'test/worker/**'],
    globalSetup: ['test/support/global-setup.ts'],
    // The embedding model takes a few seconds to load; suites share one per worker.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
    // The Worker's endpoint-down tests expect the fallback notice quoting their fixture's 503; it only
    // repeats what they assert. Any other notice (another endpoint error, a real outage) still shows.
    onConsoleLog: (log) => !log.includes(DOWN_ENDPOINT_MESSAGE),
    // `npm test` runs both: this config as the "node" project, and the Worker's tests in workerd.
    projects: [{ extends: true, test: { name: 'node' } }, './vitest.workers.config.ts'],
  },
});
