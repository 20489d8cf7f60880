import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';

/** The write steps a crash is staged at, in the order a document replacement passes them. */
export const CRASH_POINTS = ['replace:after-intent', 'replace:after-passages', 'replace:after-record', 'finish:before-manifest'] as const;
export type CrashPoint = (typeof CRASH_POINTS)[number];

export interface CrashCycleReport {
  point: CrashPoint;
  /** From spawning the writer to its pause at the crash point. */
  msToPause: number;
  /** The restarted writer's run: open (repairing the interrupted write) and the full ingest. */
  msToRecover: number;
  restartExitCode: number | null;
  restartOutput: string;
}

/** `policy-qa ingest <corpusDir>` in its own process, on the same DATA_DIR as the serving process. */
function ingestProcess(input: { corpusDir: string; env: NodeJS.ProcessEnv; pauseAt?: CrashPoint }): ChildProcess {
  const env: NodeJS.ProcessEnv = { ...input.env, LOG_LEVEL: 'warn' };
  if (input.pauseAt) env.POLICY_QA_PAUSE_AT = input.pauseAt;
  else delete env.POLICY_QA_PAUSE_AT;
  return spawn(process.execPath, ['--import', 'tsx', path.resolve('src/cli/main.ts'), 'ingest', input.corpusDir], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function collect(child: ChildProcess): () => string {
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  return () => text;
}

/**
 * One kill -9 / restart cycle during a re-ingest: a separate writer process re-ingests the corpus
 * and stops at `point` (pause-point.ts), where it is killed with SIGKILL, as a power cut or the
 * OOM killer would; then a new writer process is started, which repairs the interrupted write on
 * open and finishes the ingest. The serving process keeps answering throughout, from whatever the
 * index holds.
 */
export async function crashDuringReingest(input: {
  corpusDir: string;
  env: NodeJS.ProcessEnv;
  point: CrashPoint;
  timeoutMs?: number;
}): Promise<CrashCycleReport> {
  const timeoutMs = input.timeoutMs ?? 180_000;
  const started = performance.now();
  const writer = ingestProcess({ corpusDir: input.corpusDir, env: input.env, pauseAt: input.point });
  const output = collect(writer);
  const exited = once(writer, 'exit');
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the writer never reached ${input.point} within ${timeoutMs} ms:\n${output()}`)), timeoutMs);
    const check = () => {
      if (output().includes(`paused at ${input.point}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    writer.stderr?.on('data', check);
    writer.once('exit', () => {
      clearTimeout(timer);
      if (!output().includes(`paused at ${input.point}`)) reject(new Error(`the writer exited before ${input.point}:\n${output()}`));
    });
  });
  const msToPause = performance.now() - started;
  writer.kill('SIGKILL');
  await exited;

  const recoveryStarted = performance.now();
  const restart = ingestProcess({ corpusDir: input.corpusDir, env: input.env });
  const restartOutput = collect(restart);
  const timer = setTimeout(() => restart.kill('SIGKILL'), timeoutMs);
  const [code] = (await once(restart, 'exit')) as [number | null];
  clearTimeout(timer);
  return { point: input.point, msToPause, msToRecover: performance.now() - recoveryStarted, restartExitCode: code, restartOutput: restartOutput() };
}
