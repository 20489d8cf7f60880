import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asAsked, loadQuestions } from '../src/eval/load-questions.js';
import { type Observation, type Summary, summarise } from '../src/eval/metrics.js';
import { docIdsByLang, runQuestions } from '../src/eval/run-questions.js';
import { type CorpusRuntime, openCorpusRuntime } from './support/corpus-runtime.js';

/**
 * Quality floors on the holdout split (extractive mode), set a little under what was measured on
 * 2026-12-01 22:30 UTC (recall@5 0.82, MRR 0.80, key-fact recall 0.80 with every key-fact group
 * required, citation precision 1.00, refusal precision 0.58, refusal recall 0.70, answer-language
 * match 0.92), so that a regression fails the suite. 2026-12-02 (after the corpus parity and the
 * answer mechanisms of that day): recall@5 0.85, MRR 0.80, key-fact 34/40 (0.85), refusal precision
 * 0.82, recall 0.90, language 0.96. Never raise them by tuning against holdout questions; a floor
 * only moves up.
 */
const FLOORS: Partial<Record<keyof Summary, number>> = {
  recallAt5: 0.8,
  mrr: 0.76,
  keyFactRecall: 0.82,
  citationPrecision: 0.95,
  refusalPrecision: 0.78,
  refusalRecall: 0.85,
  langMatch: 0.94,
};

describe('holdout evaluation (real pipeline over the corpus index)', () => {
  let corpus: CorpusRuntime;
  let observations: Observation[];
  let summary: Summary;

  beforeAll(async () => {
    corpus = await openCorpusRuntime();
    const documents = await corpus.runtime.store.listDocuments();
    const byLang = docIdsByLang(documents);
    const questions = await loadQuestions({ split: 'holdout', knownDocIds: new Set(documents.map((d) => d.id)) });
    observations = await runQuestions({ services: corpus.runtime, questions: questions.map(asAsked), mode: 'extractive', docIdsByLang: byLang });
    summary = summarise(observations);
    console.log(`holdout: ${JSON.stringify(summary)}`);
  }, 240_000);

  afterAll(() => corpus?.close());

  it('asks every holdout question, and only holdout questions', () => {
    expect(observations.length).toBeGreaterThanOrEqual(40);
    expect(observations.every((o) => o.set === 'holdout')).toBe(true);
  });

  for (const [metric, floor] of Object.entries(FLOORS)) {
    it(`${metric} stays at or above ${floor}`, () => {
      expect(summary[metric as keyof Summary]).toBeGreaterThanOrEqual(floor);
    });
  }

  it('refuses out-of-scope questions (measured 5 of 5)', () => {
    const outOfScope = observations.filter((o) => o.type === 'out-of-scope');
    expect(summarise(outOfScope).refusalRecall).toBeGreaterThanOrEqual(0.8);
  });
});
