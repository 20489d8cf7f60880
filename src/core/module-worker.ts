import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread on one of our modules, named by its compiled file
 * (a URL made from the caller's import.meta.url, whose file test/build-entries.test.ts checks the build emits).
 * Run from TypeScript sources (tsx, vitest) there is no such file: the .ts beside it runs instead,
 * after registering tsx's loader, since Node 20 does not pass `--import` loaders on to worker threads.
 */
export function startModuleWorker(compiled: URL, options: WorkerOptions): Worker {
  if (existsSync(fileURLToPath(compiled))) return new Worker(compiled, options);
  // The ESM build beside the CommonJS one that require.resolve finds (tsx/esm/api).
  const tsxApi = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const entry = compiled.href.replace(/\.js$/, '.ts');
  return new Worker(`import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`, {
    ...options,
    eval: true,
  });
}
