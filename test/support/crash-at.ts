import { spawn } from 'node:child_process';
import { expect } from 'vitest';
import { loadConfig } from '../../src/core/config.js';
import { openRuntime, type Runtime } from '../../src/node/runtime.js';

/** Opens the service's runtime on `dataDir`, runs `use`, and closes it whatever happens. */
export async function withRuntime<T>(dataDir: string, use: (runtime: Runtime) => Promise<T>): Promise<T> {
  const runtime = await openRuntime(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
  try {
    return await use(runtime);
  } finally {
    // close() releases the writer lease asynchronously: a test that goes on before it lands races it.
    await runtime.close();
  }
}

/**
 * Runs test/support/crash-child.ts on `dataDir` until it reports the pause point
 * (POLICY_QA_PAUSE_AT), then kills it with a real SIGKILL.
 */
export async function crashAt(dataDir: string, point: string, args: string[]): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/crash-child.ts', ...args], {
    env: { ...process.env, DATA_DIR: dataDir, POLICY_QA_PAUSE_AT: point, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exit = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`paused at ${point}`)) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', () => reject(new Error(`child ended before reaching ${point}:\n${output}`)));
  });
  child.kill('SIGKILL');
  expect(await exit).toBe('SIGKILL');
}
