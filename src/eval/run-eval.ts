import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../core/config.js';
import type { Lang } from '../core/types.js';
import { loadLocalEmbedder } from '../embed/create-embedder.js';
import { ingest } from '../ingest/ingest.js';
import { openRuntime } from '../node/runtime.js';
import { type FtsTokenizer, LanceStore } from '../store/lance-store.js';
import { loadQuestions, type Split } from './load-questions.js';
import { buildReport, type EvalRun, formatReport, writeReport } from './report.js';
import { type AnswerMode, runQuestions } from './run-questions.js';

const USAGE = `npm run eval -- [--split tune|holdout|all] [--mode extractive|llm] [--tokenizer bigram|ngram|both]

  --split      which questions to ask (default all)
  --mode       answerer (default: llm when OPENAI_BASE_URL and OPENAI_MODEL are set, else extractive)
  --tokenizer  full-text tokenizer(s) to index the corpus with (default both, to compare them)
Writes evals/report/latest.json and evals/report/latest.svg.`;

class UsageError extends Error {}

function option<T extends string>(args: string[], name: string, values: readonly T[], fallback: T): T {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = args[at + 1];
  if (!value || !(values as readonly string[]).includes(value)) throw new UsageError(`${name} takes one of ${values.join(', ')}; got ${value ?? 'nothing'}.`);
  return value as T;
}

function parseArgs(args: string[]) {
  const known = new Set(['--split', '--mode', '--tokenizer']);
  for (let i = 0; i < args.length; i += 2) {
    if (args[i] === '--help' || args[i] === '-h') throw new UsageError('');
    if (!known.has(args[i] ?? '')) throw new UsageError(`Unknown argument ${args[i]}.`);
  }
  const config = loadConfig();
  const llmConfigured = Boolean(config.openai.baseUrl && config.openai.model);
  return {
    split: option(args, '--split', ['tune', 'holdout', 'all'] as const, 'all') as Split | 'all',
    mode: option(args, '--mode', ['extractive', 'llm'] as const, llmConfigured ? 'llm' : 'extractive') as AnswerMode,
    tokenizers: ((t) => (t === 'both' ? ['bigram', 'ngram'] : [t]))(
      option(args, '--tokenizer', ['bigram', 'ngram', 'both'] as const, 'both'),
    ) as FtsTokenizer[],
    config,
  };
}

/**
 * Indexes the corpus into a fresh temp folder per tokenizer. The corpus is embedded once; the other
 * tokenizer's folder is a copy whose full-text index is rebuilt, so both share identical vectors.
 */
async function buildIndexes(corpusDir: string, tokenizers: FtsTokenizer[]): Promise<{ dirs: Map<FtsTokenizer, string>; root: string }> {
  const root = path.join(os.tmpdir(), `policy-qa-eval-${process.pid}`);
  mkdirSync(root, { recursive: true });
  const embedder = await loadLocalEmbedder();
  const dirs = new Map<FtsTokenizer, string>();
  const [first, ...rest] = tokenizers;
  if (!first) return { dirs, root };
  const firstDir = path.join(root, first);
  const store = await LanceStore.open({ dataDir: firstDir, dimension: embedder.dimension, ftsTokenizer: first });
  const summary = await ingest({ paths: [corpusDir], store, embedder });
  store.close();
  if (summary.failed.length > 0) throw new Error(`corpus failed to ingest: ${JSON.stringify(summary.failed)}`);
  console.error(`indexed ${summary.added.length} documents (${summary.passagesEmbedded} passages) with FTS ${first} in ${(summary.ms / 1000).toFixed(1)} s`);
  dirs.set(first, firstDir);
  for (const tokenizer of rest) {
    const dir = path.join(root, tokenizer);
    cpSync(firstDir, dir, { recursive: true });
    const copy = await LanceStore.open({ dataDir: dir, dimension: embedder.dimension, ftsTokenizer: tokenizer });
    const manifest = await copy.manifest();
    if (!manifest) throw new Error('the corpus index has no manifest');
    const { schemaVersion: _s, updatedAt: _u, ...rest } = manifest;
    await copy.finishBatch({ ...rest, ftsTokenizer: tokenizer });
    copy.close();
    dirs.set(tokenizer, dir);
  }
  return { dirs, root };
}

async function main(argv: string[]): Promise<number> {
  const { split, mode, tokenizers, config } = parseArgs(argv);
  const started = performance.now();
  const { dirs, root } = await buildIndexes(config.corpusDir, tokenizers);
  try {
    const runs: EvalRun[] = [];
    for (const tokenizer of tokenizers) {
      const runStarted = performance.now();
      const runtime = await openRuntime(loadConfig({ ...process.env, DATA_DIR: dirs.get(tokenizer), FTS_TOKENIZER: tokenizer }));
      try {
        const documents = await runtime.store.listDocuments();
        const docIdsByLang: Record<Lang, string[]> = {
          ko: documents.filter((d) => d.lang === 'ko').map((d) => d.id),
          en: documents.filter((d) => d.lang === 'en').map((d) => d.id),
        };
        const questions = await loadQuestions({ split, knownDocIds: new Set(documents.map((d) => d.id)) });
        const observations = await runQuestions({
          services: runtime,
          questions,
          mode,
          docIdsByLang,
          onProgress: (done, total, o) => {
            if (done % 10 === 0 || done === total) console.error(`[${tokenizer}] ${done}/${total} (last: ${o.id}, ${Math.round(o.latencyMs)} ms)`);
          },
        });
        runs.push({ tokenizer, mode, observations, ms: performance.now() - runStarted });
      } finally {
        runtime.close();
      }
    }
    const report = buildReport(runs);
    console.log(formatReport(report));
    const written = await writeReport(report);
    console.log(
      `\nwrote ${path.relative(process.cwd(), written.json)} and ${path.relative(process.cwd(), written.svg)} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    return 0;
  } finally {
    if (existsSync(root)) rmSync(root, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      if (error.message) console.error(error.message);
      console.error(USAGE);
      process.exit(2);
    }
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
