import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export interface ServerProcess {
  url: string;
  /** How the server ran: compiled JavaScript (npm run build) when dist/ has it, else tsx. */
  runtime: 'compiled' | 'tsx';
  pid: number;
  coldStartMs: number;
  /** Peak resident memory of the server process so far (Linux VmHWM), in MB. */
  peakRssMb(): number | null;
  /** Resolves true once the server has written a line matching `pattern` to stderr (false after `timeoutMs`). */
  logged(pattern: RegExp, timeoutMs: number): Promise<boolean>;
  stop(): Promise<void>;
}

/** A free port from the OS: the server is then told to use it, so the URL is known before it is up. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function peakRssMb(pid: number): number | null {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmHWM:\s+(\d+)\s+kB/);
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts `policy-qa serve` as its own Node process (so load generation does not share its event
 * loop) and measures cold start: from spawn until /readyz answers 200.
 */
export async function startServerProcess(options: { env: Record<string, string>; timeoutMs?: number; nodeArgs?: string[] }): Promise<ServerProcess> {
  const port = await freePort();
  const started = performance.now();
  const compiled = existsSync('dist/cli/main.js');
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), ...(compiled ? ['dist/cli/main.js', 'serve'] : ['--import', 'tsx', 'src/cli/main.ts', 'serve'])],
    {
      env: { ...process.env, ...options.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  // Every line, so a caller can wait for one the server writes later (the start-up corpus check's summary).
  const lines: string[] = [];
  let partial = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
    const parts = (partial + chunk.toString()).split(/\r?\n|\r/);
    partial = parts.pop() ?? '';
    lines.push(...parts);
  });
  const logged = async (pattern: RegExp, timeoutMs: number) => {
    const until = performance.now() + timeoutMs;
    while (performance.now() < until && child.exitCode === null) {
      if (lines.some((line) => pattern.test(line))) return true;
      await new Promise((r) => setTimeout(r, 50));
    }
    return lines.some((line) => pattern.test(line));
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = started + (options.timeoutMs ?? 300_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} before it was ready:\n${stderr}`);
    if (performance.now() > deadline) {
      await stopChild(child);
      throw new Error(`the server was not ready within ${options.timeoutMs ?? 300_000} ms:\n${stderr}`);
    }
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const coldStartMs = performance.now() - started;
  const pid = child.pid ?? -1;
  return { url, runtime: compiled ? 'compiled' : 'tsx', pid, coldStartMs, peakRssMb: () => peakRssMb(pid), logged, stop: () => stopChild(child) };
}
