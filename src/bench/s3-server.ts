import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './server-process.js';

/** s3rver's fixed credentials: it checks every request's SigV4 signature against them. */
export const S3_KEY = 'S3RVER';

export interface S3Server {
  endpoint: string;
  /** The environment an instance needs for DATA_DIR=s3://bucket/... on this server. */
  env(prefix: string): Record<string, string>;
  close(): Promise<void>;
}

/**
 * For tests and the bench (s3rver is a dev dependency): a real S3 HTTP server in its own process
 * (s3rver's command line, files under a temporary folder) on a free loopback port, with one
 * bucket. It speaks the S3 API that LanceDB and our own client use, but ignores conditional PUTs
 * (If-None-Match, If-Match), like older S3-compatible stores: the writer lease's weakest case.
 */
export async function startS3Server(bucket = 'policy-qa-test'): Promise<S3Server> {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'policy-qa-s3-'));
  const port = await freePort();
  const cli = path.join(path.dirname(createRequire(import.meta.url).resolve('s3rver/package.json')), 'bin', 's3rver.js');
  const child = spawn(process.execPath, [cli, '-d', directory, '-a', '127.0.0.1', '-p', String(port), '-s', '--configure-bucket', bucket], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const endpoint = `http://127.0.0.1:${port}`;
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(directory, { recursive: true, force: true });
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`s3rver exited before it listened:\n${stderr}`);
    try {
      await fetch(endpoint);
      break;
    } catch {
      if (Date.now() > deadline) {
        await close();
        throw new Error(`s3rver did not listen on ${endpoint} within 30 s:\n${stderr}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    endpoint,
    env: (prefix) => ({
      DATA_DIR: `s3://${bucket}/${prefix}`,
      AWS_ENDPOINT_URL: endpoint,
      AWS_ACCESS_KEY_ID: S3_KEY,
      AWS_SECRET_ACCESS_KEY: S3_KEY,
      AWS_REGION: 'us-east-1',
      AWS_ALLOW_HTTP: 'true',
    }),
    close,
  };
}
