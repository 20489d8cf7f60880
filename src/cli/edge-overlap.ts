import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../core/config.js';
import type { PassageStore } from '../store/store.js';

// Only light modules are imported above: the model, LanceDB and retrieval load after the arguments
// parse, so `--help` and usage errors answer at once.

const USAGE = `npm run edge:overlap -- [--index dist/edge-index] [--questions evals/questions] [--k 5]

Ranks every eval question with the Node service's retrieval (LanceDB under DATA_DIR) and with the
Worker's (the exported index), both with the local model, and prints how many of the top k agree.`;

interface OverlapArgs {
  indexDir: string;
  questionsDir: string;
  k: number;
}

class UsageError extends Error {}

/** The arguments, or undefined when --help was asked. */
function parseOverlapArgs(argv: string[]): OverlapArgs | undefined {
  let values: { index?: string; questions?: string; k?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { index: { type: 'string' }, questions: { type: 'string' }, k: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return undefined;
  const k = Number(values.k ?? 5);
  if (!Number.isInteger(k) || k <= 0) throw new UsageError(`--k must be a positive whole number, not "${values.k}"`);
  return { indexDir: values.index || 'dist/edge-index', questionsDir: values.questions || 'evals/questions', k };
}

/** Questions from every *.jsonl file under dir (one JSON object with a "question" per line). */
async function readEvalQuestions(dir: string): Promise<string[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.jsonl')).sort();
  const questions: string[] = [];
  for (const file of files) {
    for (const line of (await readFile(path.join(dir, file), 'utf8')).split('\n')) {
      if (!line.trim()) continue;
      const question = (JSON.parse(line) as { question?: unknown }).question;
      if (typeof question === 'string' && question.trim()) questions.push(question);
    }
  }
  return questions;
}

/** Share of a's top k that is also in b's top k (both lists of passage ids, best first). */
function topKOverlap(a: string[], b: string[], k: number): number {
  const top = new Set(b.slice(0, k));
  const size = Math.max(Math.min(k, a.length), Math.min(k, b.length));
  return size === 0 ? 1 : a.slice(0, k).filter((id) => top.has(id)).length / size;
}

async function main(): Promise<void> {
  const args = parseOverlapArgs(process.argv.slice(2));
  if (!args) {
    console.log(USAGE);
    return;
  }
  const config = loadConfig();
  const [{ loadLocalEmbedder }, { hybridSearch, retrievalQueries }, { ExportedIndexStore }, { LanceStore }, { queryTermsOf }] = await Promise.all([
    import('../embed/create-embedder.js'),
    import('../retrieve/hybrid-search.js'),
    import('../store/exported-index-store.js'),
    import('../store/lance-store.js'),
    import('../text/terms.js'),
  ]);
  const questions = await readEvalQuestions(args.questionsDir);
  if (questions.length === 0) throw new Error(`No questions in ${args.questionsDir}/*.jsonl`);
  const embedder = await loadLocalEmbedder();
  const node = await LanceStore.open({ dataDir: config.dataDir, dimension: embedder.dimension, ftsTokenizer: config.ftsTokenizer, watchMs: 0 });
  const edge = new ExportedIndexStore(async (name) => {
    const bytes = await readFile(path.join(args.indexDir, name));
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  });
  const [nodeManifest, edgeManifest] = [await node.manifest(), await edge.manifest()];
  if (nodeManifest?.corpusVersion !== edgeManifest.corpusVersion) {
    console.error(`warning: DATA_DIR has corpus ${nodeManifest?.corpusVersion}, the edge index ${edgeManifest.corpusVersion}; run npm run build:edge`);
  }
  const rank = async (store: PassageStore, query: string, queryVector: Float32Array) => {
    const hybrid = await hybridSearch({ store, embedder, query, k: args.k, queryVector });
    const vector = await store.vectorSearch(queryVector, args.k);
    return { hybrid: hybrid.passages.map((p) => p.id), vector: vector.map((p) => p.id) };
  };
  const totals = { hybrid: 0, vector: 0, text: 0, identical: 0 };
  for (const question of questions) {
    const [queryVector] = await embedder.embedQueries([question]);
    if (!queryVector) throw new Error('the embedder returned no vector');
    const a = await rank(node, question, queryVector);
    const b = await rank(edge, question, queryVector);
    const terms = queryTermsOf(retrievalQueries(question).text);
    const textA = (await node.textSearch(terms, args.k)).map((p) => p.id);
    const textB = (await edge.textSearch(terms, args.k)).map((p) => p.id);
    const overlap = topKOverlap(a.hybrid, b.hybrid, args.k);
    totals.hybrid += overlap;
    totals.vector += topKOverlap(a.vector, b.vector, args.k);
    totals.text += topKOverlap(textA, textB, args.k);
    if (a.hybrid.join() === b.hybrid.join()) totals.identical++;
    console.log(`${(overlap * args.k).toFixed(0)}/${args.k}  ${question}`);
  }
  node.close();
  const n = questions.length;
  const pct = (x: number) => `${((100 * x) / n).toFixed(1)}%`;
  console.log(
    `top-${args.k} overlap, Worker vs Node, ${n} eval questions (${edgeManifest.embedderId}): hybrid ${pct(totals.hybrid)} ` +
      `(identical order ${totals.identical}/${n}); vector ${pct(totals.vector)}; keyword ${pct(totals.text)}`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) console.error(`error: ${error.message}\n\n${USAGE}`);
  else console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});
