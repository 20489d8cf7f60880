import { cp, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../core/config.js';
import type { VectorEncoding } from '../store/edge-index-format.js';
import { ENGLISH_WORDS_ASSET } from '../text/english-words.js';

// Only light modules are imported above: the model, LanceDB and the ingest pipeline load after the
// arguments parse, so `--help` and usage errors answer at once.

const USAGE = `npm run build:edge -- [--encoding float32|int8] [--out dist/edge-index] [--skip-ingest]

Brings the LanceDB index under DATA_DIR up to date with CORPUS_DIR (unless --skip-ingest), then
exports it as the Worker's static assets (manifest, vector shards, passage shards).`;

interface BuildEdgeArgs {
  encoding: VectorEncoding;
  outDir: string;
  skipIngest: boolean;
}

class UsageError extends Error {}

/** The arguments, or undefined when --help was asked (the usage is printed). */
function parseBuildEdgeArgs(argv: string[]): BuildEdgeArgs | undefined {
  let values: { encoding?: string; out?: string; 'skip-ingest'?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { encoding: { type: 'string' }, out: { type: 'string' }, 'skip-ingest': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return undefined;
  const encoding = values.encoding ?? 'float32';
  if (encoding !== 'float32' && encoding !== 'int8') throw new UsageError(`--encoding must be float32 or int8, not "${encoding}"`);
  if (values.out === '') throw new UsageError('--out needs a folder');
  return { encoding, outDir: values.out ?? 'dist/edge-index', skipIngest: values['skip-ingest'] ?? false };
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

/** The English word list the Node service spells questions with (see src/node/english-words.ts) goes along too. */
async function copyEnglishWords(outDir: string): Promise<{ name: string; bytes: number }[]> {
  const { englishVocabularyFile } = await import('../node/english-words.js');
  const from = englishVocabularyFile();
  const exists = await stat(from).catch(() => undefined);
  if (!exists) {
    console.error(`${from} is absent: the Worker will mend any word the corpus lacks as a typo until "npm run models" has run before build:edge`);
    return [];
  }
  await cp(from, path.join(outDir, ENGLISH_WORDS_ASSET));
  return [{ name: ENGLISH_WORDS_ASSET, bytes: exists.size }];
}

async function main(): Promise<void> {
  const args = parseBuildEdgeArgs(process.argv.slice(2));
  if (!args) {
    console.log(USAGE);
    return;
  }
  const config = loadConfig();
  const { exportEdgeIndex } = await import('../store/export-edge-index.js');
  if (!args.skipIngest) {
    const [{ openRuntime }, { ingest }, { progressReporter }, { formatIngestSummary }] = await Promise.all([
      import('../node/runtime.js'),
      import('../ingest/ingest.js'),
      import('./progress.js'),
      import('./format.js'),
    ]);
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
  const files = [...result.files, ...(await copyWidget(outDir)), ...(await copyEnglishWords(outDir))];
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
  if (error instanceof UsageError) console.error(`error: ${error.message}\n\n${USAGE}`);
  else console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});
