import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../core/config.js';
import { loadLocalEmbedder } from '../embed/create-embedder.js';
import type { Embedder } from '../embed/embedder.js';
import { ingest } from '../ingest/ingest.js';
import { slug } from '../ingest/parse-document.js';
import { openRuntime } from '../node/runtime.js';
import { type FtsTokenizer, LanceStore } from '../store/lance-store.js';
import { loadableFiles, uploadFolder } from './index-with-uploads.js';
import {
  type AskedQuestion,
  asAsked,
  BLIND_SETS,
  blindFile,
  FIXTURE_SETS,
  FIXTURES_DIR,
  isFixtureSet,
  loadFixtureQuestions,
  loadQuestions,
  loadSharedSet,
  SHARED_SETS,
  type SharedSet,
  sharedFile,
} from './load-questions.js';
import { buildReport, type EvalRun, failures, formatReport, writeFailures, writeReport } from './report.js';
import { type AnswerMode, docIdsByLang, runQuestions } from './run-questions.js';

const USAGE = `npm run eval -- [--set tune|holdout|blind..blind5|blind5-held|blind6|blind7|blind8|blind9|blind10|blind11|blind12|blind13|blind14|blind15|blind16|blind17|blind18|blind19|blind20|blind21|blind22|blind23|blind24|blind25|blind26|blind27|independent|official|citizens|shared|all|fixtures|fixtures-blind|fixtures-blind-held|fixtures-blind2|fixtures-blind3|fixtures-blind4|fixtures-blind5|fixtures-blind6|fixtures-blind7|fixtures-blind8|fixtures-blind9|fixtures-blind10|fixtures-blind11|fixtures-blind12|fixtures-blind13|fixtures-blind14|fixtures-blind15|fixtures-blind16] [--mode extractive|llm] [--tokenizer bigram|ngram|both] [--write-report]

  --set           which questions to ask (default all: tune, holdout and the shared sets;
                  shared: ../shared/evals/{independent,official,citizens}.jsonl;
                  blind, blind2: evals/questions/blind*.jsonl, written from facts.md alone after the answerer was built;
                  blind5 and blind5-held: one blind set's halves, the one read while designing and the one never read;
                  blind6: a blind set written in the fifth session, never read; blind7: one read while designing;
                  blind8: one written in the sixth session, never read; blind9: one read while designing; blind10: one never read;
                  blind11, blind17, blind18, blind20, blind22, blind23, blind25, blind26: ones read while designing (eighth, twelfth to fifteenth session); blind12 to blind16, blind19, blind21, blind24, blind27: ones never read;
                  fixtures: evals/questions/fixtures.jsonl, with ../shared/fixtures/korean-documents uploaded;
                  fixtures-blind, fixtures-blind-held: a blind set on those documents, its halves likewise;
                  fixtures-blind2: a second blind set on them, never read; fixtures-blind3, fixtures-blind4: a third and a fourth, read;
                  fixtures-blind5, fixtures-blind6: a fifth and a sixth, never read; fixtures-blind7, fixtures-blind8: a seventh and an eighth, read;
                  fixtures-blind9, fixtures-blind11, fixtures-blind14, fixtures-blind16: a ninth, an eleventh, a fourteenth and a sixteenth, never read;
                  fixtures-blind10, fixtures-blind12, fixtures-blind13, fixtures-blind15: a tenth, a twelfth, a thirteenth and a fifteenth, read)
  --mode          answerer (default: llm when OPENAI_BASE_URL and OPENAI_MODEL are set, else extractive)
  --tokenizer     full-text tokenizer(s) to index the corpus with (default: the configured one)
  --index DIR     ask against an existing index in DIR instead of indexing the corpus afresh
  --write-report  also write the tracked evals/report/latest.json and latest.svg
Always writes the per-question failure list to evals/out/failures.json (not tracked).`;

class UsageError extends Error {}

const SETS = ['tune', 'holdout', ...BLIND_SETS, ...SHARED_SETS, 'shared', 'all', ...FIXTURE_SETS] as const;

function parseOptions(args: string[]) {
  let values: ReturnType<typeof parseCli>['values'];
  try {
    values = parseCli(args).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) throw new UsageError('');
  const config = loadConfig();
  const llmConfigured = Boolean(config.openai.baseUrl && config.openai.model);
  const oneOf = <T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T => {
    if (value === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} takes one of ${allowed.join(', ')}; got ${value}.`);
    return value as T;
  };
  const tokenizer = oneOf('tokenizer', values.tokenizer, ['bigram', 'ngram', 'both'] as const, config.ftsTokenizer);
  return {
    set: oneOf('set', values.set, SETS, 'all'),
    mode: oneOf('mode', values.mode, ['extractive', 'llm'] as const, llmConfigured ? 'llm' : 'extractive') as AnswerMode,
    tokenizers: (tokenizer === 'both' ? ['bigram', 'ngram'] : [tokenizer]) as FtsTokenizer[],
    writeTracked: values['write-report'] === true,
    index: values.index,
    config,
  };
}

function parseCli(args: string[]) {
  return parseArgs({
    args,
    strict: true,
    options: {
      set: { type: 'string' },
      mode: { type: 'string' },
      tokenizer: { type: 'string' },
      'write-report': { type: 'boolean' },
      index: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/** Every question of the requested set(s); a shared set is skipped, with a message, when absent. */
async function questionsFor(set: (typeof SETS)[number], knownDocIds: Set<string>): Promise<AskedQuestion[]> {
  const asked: AskedQuestion[] = [];
  if (isFixtureSet(set)) {
    const loaded = new Set(fixtureFiles().filter((file) => knownDocIds.has(slug(file))));
    const fixtures = await loadFixtureQuestions(loaded, set);
    for (const { id, missing } of fixtures.skipped) console.error(`${id} skipped: ${missing.join(', ')} did not load`);
    return fixtures.asked;
  }
  if (set === 'tune' || set === 'holdout' || set === 'all') {
    asked.push(...(await loadQuestions({ split: set, knownDocIds })).map(asAsked));
  }
  for (const name of BLIND_SETS.filter((s) => set === s || set === 'all')) {
    const blind = await loadSharedSet(name);
    if (blind) asked.push(...blind);
    else console.error(`${blindFile(name)} is absent: the ${name} set is skipped.`);
  }
  const shared: readonly SharedSet[] = set === 'all' || set === 'shared' ? SHARED_SETS : SHARED_SETS.filter((s) => s === set);
  for (const name of shared) {
    const questions = await loadSharedSet(name);
    if (questions) asked.push(...questions);
    else console.error(`${sharedFile(name)} is absent: the ${name} set is skipped.`);
  }
  return asked;
}

/** The fixture documents, by file name (not the folder's README); none when the folder is absent (a clone without ../shared). */
function fixtureFiles(): string[] {
  return loadableFiles(FIXTURES_DIR);
}

async function uploadFixtures(store: LanceStore, embedder: Embedder, dataDir: string, maxUploadMb: number): Promise<void> {
  if (fixtureFiles().length === 0) throw new Error(`no fixture documents in ${FIXTURES_DIR}`);
  await uploadFolder({ store, embedder }, FIXTURES_DIR, dataDir, maxUploadMb);
}

/**
 * Indexes the corpus into a fresh temp folder per tokenizer. The corpus is embedded once; the other
 * tokenizer's folder is a copy whose full-text index is rebuilt, so both share identical vectors.
 */
async function buildIndexes(
  corpusDir: string,
  tokenizers: FtsTokenizer[],
  fixtures?: { maxUploadMb: number },
): Promise<{ dirs: Map<FtsTokenizer, string>; root: string }> {
  const root = path.join(os.tmpdir(), `policy-qa-eval-${process.pid}`);
  mkdirSync(root, { recursive: true });
  const embedder = await loadLocalEmbedder();
  const dirs = new Map<FtsTokenizer, string>();
  const [first, ...rest] = tokenizers;
  if (!first) return { dirs, root };
  const firstDir = path.join(root, first);
  const store = await LanceStore.open({ dataDir: firstDir, dimension: embedder.dimension, ftsTokenizer: first });
  const summary = await ingest({ paths: [corpusDir], store, embedder });
  if (summary.failed.length > 0) throw new Error(`corpus failed to ingest: ${JSON.stringify(summary.failed)}`);
  console.error(`indexed ${summary.added.length} documents (${summary.passagesEmbedded} passages) with FTS ${first} in ${(summary.ms / 1000).toFixed(1)} s`);
  if (fixtures) await uploadFixtures(store, embedder, firstDir, fixtures.maxUploadMb);
  store.close();
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
  const { set, mode, tokenizers, writeTracked, index, config } = parseOptions(argv);
  const started = performance.now();
  const { dirs, root } = index
    ? { dirs: new Map(tokenizers.map((t) => [t, path.resolve(index)] as const)), root: undefined }
    : await buildIndexes(config.corpusDir, tokenizers, isFixtureSet(set) ? { maxUploadMb: config.maxUploadMb } : undefined);
  try {
    const runs: EvalRun[] = [];
    for (const tokenizer of tokenizers) {
      const runStarted = performance.now();
      const runtime = await openRuntime(loadConfig({ ...process.env, DATA_DIR: dirs.get(tokenizer), FTS_TOKENIZER: tokenizer }));
      try {
        const documents = await runtime.store.listDocuments();
        const byLang = docIdsByLang(documents);
        const questions = await questionsFor(set, new Set(documents.map((d) => d.id)));
        const observations = await runQuestions({
          services: runtime,
          questions,
          mode,
          docIdsByLang: byLang,
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
    const failuresFile = await writeFailures(report);
    console.log(`\n${failures(report).length} questions with a problem: ${path.relative(process.cwd(), failuresFile)}`);
    if (writeTracked) {
      const written = await writeReport(report);
      console.log(`wrote ${path.relative(process.cwd(), written.json)} and ${path.relative(process.cwd(), written.svg)}`);
    }
    console.log(`eval took ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } finally {
    if (root && existsSync(root)) rmSync(root, { recursive: true, force: true });
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
