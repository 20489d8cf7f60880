import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AskedQuestion, INDEPENDENT_FILE, loadIndependent } from '../src/eval/load-questions.js';
import { type Observation, type Summary, summarise } from '../src/eval/metrics.js';
import { docIdsByLang, runQuestions } from '../src/eval/run-questions.js';
import { type CorpusRuntime, openCorpusRuntime } from './support/corpus-runtime.js';

/**
 * Floors on the independent set (../shared/evals/independent.jsonl, written from the public facts
 * by people who never read the corpus; never copied into the repo). Measured 2026-12-01 22:30 UTC,
 * extractive, after the merge with the in-memory engine: key-fact 36/44, refusals 7/10, false
 * refusals 5, language 0.94; 23:30 UTC (answers2): key-fact 37/44, refusals 10/10, false refusals 3,
 * language 50/54 (0.926). The language floor went from 0.94 to 0.925 before either landed: three refusals
 * more were worth one answer quoted in the other language. 2026-12-02 (glossary forms as
 * equivalents, years no count, "the same"/"thereby" continue a sentence): key-fact 39/44, refusals
 * 10/10, false refusals 1, language 50/54; then (question language from the sentence frame, each
 * part of a multi-part question retrieved, a proper name answers "which"): key-fact 40/44,
 * language 51/54 (0.944). From here a floor only moves up.
 */
const FLOORS = { keyFactsFound: 40, refusals: 10, langMatch: 0.944 } satisfies Partial<Record<keyof Summary, number>>;
const MAX_FALSE_REFUSALS = 1;

const questions: AskedQuestion[] | undefined = await loadIndependent();
if (!questions) console.warn(`${INDEPENDENT_FILE} is absent: the independent-set floors are skipped.`);

describe.skipIf(!questions)('independent evaluation (real pipeline over the corpus index)', () => {
  let corpus: CorpusRuntime;
  let observations: Observation[];
  let summary: Summary;

  beforeAll(async () => {
    corpus = await openCorpusRuntime();
    const documents = await corpus.runtime.store.listDocuments();
    const byLang = docIdsByLang(documents);
    observations = await runQuestions({ services: corpus.runtime, questions: questions ?? [], mode: 'extractive', docIdsByLang: byLang });
    summary = summarise(observations);
    console.log(`independent: ${JSON.stringify(summary)}`);
  }, 240_000);

  afterAll(() => corpus?.close());

  for (const [metric, floor] of Object.entries(FLOORS)) {
    it(`${metric} stays at or above ${floor}`, () => {
      expect(summary[metric as keyof Summary]).toBeGreaterThanOrEqual(floor);
    });
  }

  it(`refuses at most ${MAX_FALSE_REFUSALS} answerable questions`, () => {
    expect(summary.falseRefusals).toBeLessThanOrEqual(MAX_FALSE_REFUSALS);
  });
});
