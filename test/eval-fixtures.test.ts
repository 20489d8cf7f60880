import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadFolder } from '../src/eval/index-with-uploads.js';
import { FIXTURE_SETS, FIXTURES_DIR, type FixtureSet, loadFixtureQuestions } from '../src/eval/load-questions.js';
import { type Summary, summarise } from '../src/eval/metrics.js';
import { docIdsByLang, runQuestions } from '../src/eval/run-questions.js';
import { type CorpusRuntime, openCorpusRuntime } from './support/corpus-runtime.js';

/**
 * Floors on the question sets about the uploaded fixture documents (evals/questions/fixtures*.jsonl),
 * asked of the corpus index with the fixtures uploaded as an operator uploads them, extractive mode.
 * Measured 2026-12-06, fifth session (key facts in the answer text / unanswerable refused):
 * fixtures 35/38 and 20/25 (fx-48 to fx-63 added by the fx4 helper); fixtures-blind (read) 8/12
 * and 3/4; fixtures-blind-held (never read) 5/12 and 4/4; fixtures-blind2 (never read) 5/17 and
 * 4/7. Seventh session: fixtures-blind3 (written as bidders, journalists and data engineers would ask, read
 * while designing) 7/20 and 8/10 on the landed code before any change, 10/20 and 10/10 at the session's end.
 * Eighth session: fixtures-blind4 (written from the documents' text alone, read while designing) 9/20
 * and 8/10 on the landed code (9d80e2b) before any change. Eleventh session: fixtures-blind5 (written
 * the same way, never read) 11/20 and 7/10 on the session's starting code (2f54fd5) and its end.
 * Twelfth session: fixtures-blind6 (written the same way, never read) 14/20 and 7/10 on the session's
 * starting code (7355683); fixtures-blind7 (written the same way, to design on) 15/20 and 9/10 on its
 * first run (76a7f28), before any of its misses was read; fixtures-blind8 (after it, likewise) 12/20 and
 * 5/10 on its first run (fa6da95). Thirteenth session: fixtures-blind9 (never read) 16/20 and 7/10 on the
 * session's starting code (2421ab7); fixtures-blind10 (to design on) 15/20 and 4/10 there, before any of its
 * misses was read. At the thirteenth session's end the sets designed on were raised to a few questions
 * below their figures then (fixtures 36/23, fixtures-blind3 17/10, -4 17/8, -7 17/10, -8 15/9, -10 16/7).
 * Fourteenth session: fixtures-blind11 (never read) 11/20 and 9/10 on the session's starting code (7f80a92, with
 * dbdaa42's store fix); fixtures-blind12 (to design on) 15/20 and 7/10 there, before any of its misses was read;
 * fixtures-blind13 (to design on, weighted to chat-style, English and everyday-word questions) 7/20 and 6/10 on its
 * first run (cee59ad), before any of its misses was read. At the session's end the two designed on were raised to a few
 * below their figures then (fixtures-blind12 15/20 and 9/10, fixtures-blind13 9/20 and 6/10).
 * Fifteenth session: fixtures-blind14 (never read) and fixtures-blind15 (to design on), both briefed as
 * fixtures-blind13, 7/20 and 8/10 each on the session's starting code (f25c1ea), before any of -15's misses was read;
 * fixtures-blind15 raised at the session's end to a few below its figures then (9/20, 9/10).
 * Seventeenth session: fixtures-blind16 (never read, briefed as fixtures-blind15) 10/20 and 6/10 on the
 * session's starting code (dbed798).
 * Each floor sits a few questions below.
 */
const FLOORS: Record<FixtureSet, { keyFactsFound: number; refusals: number }> = {
  fixtures: { keyFactsFound: 33, refusals: 20 },
  'fixtures-blind': { keyFactsFound: 6, refusals: 2 },
  'fixtures-blind-held': { keyFactsFound: 3, refusals: 2 },
  'fixtures-blind2': { keyFactsFound: 3, refusals: 2 },
  'fixtures-blind3': { keyFactsFound: 14, refusals: 8 },
  'fixtures-blind4': { keyFactsFound: 14, refusals: 6 },
  'fixtures-blind5': { keyFactsFound: 8, refusals: 5 },
  'fixtures-blind6': { keyFactsFound: 11, refusals: 5 },
  'fixtures-blind7': { keyFactsFound: 14, refusals: 8 },
  'fixtures-blind8': { keyFactsFound: 12, refusals: 7 },
  'fixtures-blind9': { keyFactsFound: 12, refusals: 5 },
  'fixtures-blind10': { keyFactsFound: 13, refusals: 5 },
  'fixtures-blind11': { keyFactsFound: 8, refusals: 6 },
  'fixtures-blind12': { keyFactsFound: 12, refusals: 7 },
  'fixtures-blind13': { keyFactsFound: 6, refusals: 4 },
  'fixtures-blind14': { keyFactsFound: 5, refusals: 6 },
  'fixtures-blind15': { keyFactsFound: 7, refusals: 7 },
  'fixtures-blind16': { keyFactsFound: 8, refusals: 4 },
};

describe.skipIf(!existsSync(FIXTURES_DIR))('fixture question sets (the corpus index with the fixtures uploaded)', () => {
  let corpus: CorpusRuntime;
  const summaries = new Map<FixtureSet, Summary>();

  beforeAll(async () => {
    corpus = await openCorpusRuntime({ writable: true });
    const loaded = new Set(await uploadFolder(corpus.runtime, FIXTURES_DIR, corpus.dataDir, corpus.config.maxUploadMb));
    const byLang = docIdsByLang(await corpus.runtime.store.listDocuments());
    for (const set of FIXTURE_SETS) {
      const { asked } = await loadFixtureQuestions(loaded, set);
      const summary = summarise(await runQuestions({ services: corpus.runtime, questions: asked, mode: 'extractive', docIdsByLang: byLang }));
      summaries.set(set, summary);
      console.log(`${set}: ${JSON.stringify(summary)}`);
    }
  }, 400_000);

  afterAll(() => corpus?.close());

  it.each(FIXTURE_SETS)('%s stays at or above its floors', (set) => {
    const summary = summaries.get(set);
    expect(summary).toBeDefined();
    expect(summary?.keyFactsFound).toBeGreaterThanOrEqual(FLOORS[set].keyFactsFound);
    expect(summary?.refusals).toBeGreaterThanOrEqual(FLOORS[set].refusals);
  });
});
