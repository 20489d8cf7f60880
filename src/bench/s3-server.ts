import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';

/** s3rver's fixed credentials: it checks every request's SigV4 signature against them. */
export const S3_KEY = 'S3RVER';

export interface S3Server {
  endpoint: string;
  /** The environment an instance needs for DATA_DIR=s3://bucket/... on this server. */
  env(prefix: string): Record<string, string>;
  close(): Promise<void>;
}

/**
 * For tests and the bench (s3rver is a dev dependency): a real S3 HTTP server (s3rver, files under a temporary folder) on a free loopback port, with
 * one bucket. It speaks the S3 API LanceDB and our own client use, but ignores conditional PUTs
 * (If-None-Match, If-Match), like older S3-compatible stores: the writer lease's weakest case.
 */
export async function startS3Server(bucket = 'policy-qa-test'): Promise<S3Server> {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'policy-qa-s3-'));
  const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory, configureBuckets: [{ name: bucket }] });
  const address = (await server.run()) as { port: number };
  const endpoint = `http://127.0.0.1:${address.port}`;
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
    close: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
