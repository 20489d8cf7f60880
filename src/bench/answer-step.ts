/**
 * The answer step alone, at a given number of retrieved passages: each bench question is retrieved
 * at k (default 200) from an existing index and the extractive answerer runs on those passages, so
 * its cost is measured apart from retrieval and HTTP.
 *   npm run bench:answer -- DATA_DIR [--k 200] [--rounds 3]
 */
import { parseArgs } from 'node:util';
import { ExtractiveAnswerer } from '../answer/extractive-answerer.js';
import { loadConfig } from '../core/config.js';
import { questionLang } from '../core/lang.js';
import { openRuntime } from '../node/runtime.js';
import { corpusKnowledge } from '../retrieve/corpus-stats.js';
import { retrieveForQuestion } from '../retrieve/retrieve-for-question.js';
import { loadBenchQuestions } from './bench-questions.js';
import { latencyStats } from './latency.js';

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { k: { type: 'string', default: '200' }, rounds: { type: 'string', default: '3' } },
  });
  const dataDir = positionals[0];
  if (!dataDir) throw new Error('usage: npm run bench:answer -- DATA_DIR [--k 200] [--rounds 3]');
  const k = Number(values.k);
  const rounds = Number(values.rounds);
  const runtime = await openRuntime(loadConfig({ ...process.env, DATA_DIR: dataDir }));
  try {
    const knowledge = await corpusKnowledge(runtime.store);
    const answerer = new ExtractiveAnswerer();
    const { source, questions } = loadBenchQuestions();
    const prepared = [];
    for (const q of questions) {
      const { lang, question } = questionLang(q.question);
      const retrieved = await retrieveForQuestion({
        store: runtime.store,
        embedder: runtime.embedder,
        question,
        lang,
        k,
        filters: {},
        termPairs: knowledge.termPairs,
      });
      prepared.push({ question, lang, retrieved });
    }
    const times: number[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const { question, lang, retrieved } of prepared) {
        const started = performance.now();
        for await (const _ of answerer.answer({
          id: 'bench',
          question,
          lang,
          history: [],
          passages: retrieved.passages,
          questionVector: retrieved.queryVector,
          termPairs: knowledge.termPairs,
        })) {
          // consumed to completion: the step's cost is the whole answer
        }
        times.push(performance.now() - started);
      }
    }
    const passages = prepared.reduce((sum, p) => sum + p.retrieved.passages.length, 0) / Math.max(1, prepared.length);
    const stats = latencyStats(times);
    console.log(
      `answer step at k=${k} (${passages.toFixed(0)} passages retrieved on average), ${times.length} answers of ${source}: p50 ${stats.p50.toFixed(2)} ms, p95 ${stats.p95.toFixed(2)} ms`,
    );
  } finally {
    runtime.close();
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
