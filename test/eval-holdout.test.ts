import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../src/core/types.js';
import { loadQuestions } from '../src/eval/load-questions.js';
import { type Observation, type Summary, summarise } from '../src/eval/metrics.js';
import { runQuestions } from '../src/eval/run-questions.js';
import { type CorpusRuntime, openCorpusRuntime } from './support/corpus-runtime.js';

/**
 * Quality floors on the holdout split (extractive mode, bigram full-text index), set a little under
 * the values measured when this test was written (see the final report of issue 3), so that a
 * regression fails the suite. Never raise them by tuning against holdout questions.
 */
const FLOORS: Partial<Record<keyof Summary, number>> = {
  recallAt5: 0.7,
  mrr: 0.6,
  keyFactRecall: 0.3,
  citationPrecision: 0.9,
  refusalRecall: 0.6,
  langMatch: 0.8,
};

describe('holdout evaluation (real pipeline over the corpus index)', () => {
  let corpus: CorpusRuntime;
  let observations: Observation[];
  let summary: Summary;

  beforeAll(async () => {
    corpus = await openCorpusRuntime();
    const documents = await corpus.runtime.store.listDocuments();
    const docIdsByLang: Record<Lang, string[]> = {
      ko: documents.filter((d) => d.lang === 'ko').map((d) => d.id),
      en: documents.filter((d) => d.lang === 'en').map((d) => d.id),
    };
    const questions = await loadQuestions({ split: 'holdout', knownDocIds: new Set(documents.map((d) => d.id)) });
    observations = await runQuestions({ services: corpus.runtime, questions, mode: 'extractive', docIdsByLang });
    summary = summarise(observations);
    console.log(`holdout: ${JSON.stringify(summary)}`);
  }, 240_000);

  afterAll(() => corpus?.close());

  it('asks every holdout question, and only holdout questions', () => {
    expect(observations.length).toBeGreaterThanOrEqual(40);
    expect(observations.every((o) => o.split === 'holdout')).toBe(true);
  });

  for (const [metric, floor] of Object.entries(FLOORS)) {
    it(`${metric} stays at or above ${floor}`, () => {
      expect(summary[metric as keyof Summary]).toBeGreaterThanOrEqual(floor);
    });
  }

  it('refuses every out-of-scope question more often than it answers one', () => {
    const outOfScope = observations.filter((o) => o.type === 'out-of-scope');
    expect(summarise(outOfScope).refusalRecall).toBeGreaterThanOrEqual(0.6);
  });
});
