import { type ChildProcess, spawn } from 'node:child_process';

/** A `policy-qa serve` process from the TypeScript sources, on a port of its choosing. */
export interface ServeProcess {
  child: ChildProcess;
  /** Everything it has printed so far, stdout and stderr. */
  output: () => string;
  /** Its base URL once it prints "ready on"; rejects when it exits first. */
  url: Promise<string>;
  exit: Promise<number | null>;
}

/** Starts `serve` with `env` over this process's environment (PORT 0, loopback, warn logs). */
export function startServe(env: Record<string, string>): ServeProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready on (http:\/\/localhost:\d+)/.exec(output);
      if (match?.[1]) resolve(match[1].replace('localhost', '127.0.0.1'));
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', () => reject(new Error(`serve exited before it was ready:\n${output}`)));
  });
  // A test that never awaits the URL (it expects a failed start) must not see an unhandled rejection.
  url.catch(() => undefined);
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, url, exit };
}
