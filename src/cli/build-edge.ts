import { cp, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, loadConfig } from '../core/config.js';
import { ingest } from '../ingest/ingest.js';
import { openRuntime } from '../node/runtime.js';
import type { VectorEncoding } from '../store/edge-index-format.js';
import { exportEdgeIndex } from '../store/export-edge-index.js';
import { formatIngestSummary } from './format.js';
import { progressReporter } from './progress.js';

const USAGE = `npm run build:edge -- [--encoding float32|int8] [--out dist/edge-index] [--skip-ingest]

Brings the LanceDB index under DATA_DIR up to date with CORPUS_DIR (unless --skip-ingest), then
exports it as the Worker's static assets (manifest, vector shards, passage shards).`;

interface BuildEdgeArgs {
  encoding: VectorEncoding;
  outDir: string;
  skipIngest: boolean;
}

function parseBuildEdgeArgs(argv: string[]): BuildEdgeArgs {
  const args: BuildEdgeArgs = { encoding: 'float32', outDir: 'dist/edge-index', skipIngest: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === '--skip-ingest') args.skipIngest = true;
    else if (arg === '--encoding' && (value === 'float32' || value === 'int8')) {
      args.encoding = value;
      i++;
    } else if (arg === '--out' && value) {
      args.outDir = value;
      i++;
    } else throw new Error(`Unknown or incomplete argument "${arg}".\n\n${USAGE}`);
  }
  return args;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}

/** The chat page and widget scripts (npm run build:widget) go along, under widget/, for the Worker to serve. */
async function copyWidget(outDir: string): Promise<{ name: string; bytes: number }[]> {
  const from = path.resolve('dist/widget');
  const files = await readdir(from).catch(() => [] as string[]);
  if (files.length === 0) {
    console.error('dist/widget/ is empty: the Worker will answer 503 for /widget.js until "npm run build:widget" has run before build:edge');
    return [];
  }
  await cp(from, path.join(outDir, 'widget'), { recursive: true });
  return Promise.all(files.map(async (f) => ({ name: `widget/${f}`, bytes: (await stat(path.join(from, f))).size })));
}

async function main(): Promise<void> {
  const args = parseBuildEdgeArgs(process.argv.slice(2));
  const config = loadConfig();
  if (!args.skipIngest) {
    const runtime = await openRuntime(config);
    try {
      const summary = await ingest({ paths: [config.corpusDir], store: runtime.store, embedder: runtime.embedder, onProgress: progressReporter() });
      console.error(`index: ${formatIngestSummary(summary)}`);
    } finally {
      runtime.close();
    }
  }
  const outDir = path.resolve(args.outDir);
  const result = await exportEdgeIndex({ dataDir: config.dataDir, outDir, encoding: args.encoding, onProgress: (m) => console.error(m) });
  const files = [...result.files, ...(await copyWidget(outDir))];
  const width = Math.max(...files.map((f) => f.name.length));
  for (const file of files) console.log(`  ${file.name.padEnd(width)}  ${formatBytes(file.bytes).padStart(10)}`);
  const largest = Math.max(...files.map((f) => f.bytes));
  const total = files.reduce((sum, f) => sum + f.bytes, 0);
  console.log(
    `edge index: ${result.manifest.counts.passages} passages, ${result.manifest.counts.documents} documents, ${result.manifest.vectorEncoding} vectors, ` +
      `${files.length} files, ${formatBytes(total)} total, largest file ${formatBytes(largest)} (limit 25 MiB) -> ${path.relative(process.cwd(), outDir) || outDir}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});
