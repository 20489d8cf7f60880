import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import type { EdgeFixture } from './edge-fixture.js';

declare module 'vitest' {
  export interface ProvidedContext extends EdgeFixture {}
}

/** Waits for the fixture's one JSON line on stdout; its progress goes to stderr, passed through. */
function readFixture(child: ChildProcess): Promise<EdgeFixture> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      buffered += chunk;
      const line = buffered.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve(JSON.parse(line) as EdgeFixture);
    });
    child.once('exit', (code) => reject(new Error(`the edge test fixture exited with code ${code} before it was ready`)));
  });
}

/**
 * Starts test/worker/edge-fixture.ts in a plain Node process (this file is loaded through the
 * Worker project's resolver, which picks browser builds of Node packages) and hands its exported
 * index directory, embeddings URL and Node rankings to the tests.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('test/worker/edge-fixture.ts')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const fixture = await readFixture(child);
  project.provide('edgeIndexDir', fixture.edgeIndexDir);
  project.provide('embeddingsUrl', fixture.embeddingsUrl);
  project.provide('downEmbeddingsUrl', fixture.downEmbeddingsUrl);
  project.provide('nodeRankings', fixture.nodeRankings);
  return async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
}
