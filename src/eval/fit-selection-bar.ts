import { parseArgs } from 'node:util';
import { askOnce } from '../answer/ask.js';
import { ExtractiveAnswerer } from '../answer/extractive-answerer.js';
import { DEFAULT_THRESHOLDS } from '../answer/select-evidence.js';
import type { TrainingQuestion } from './answerability-questions.js';
import { withUploadedCopy } from './index-with-uploads.js';
import { balancedAccuracy } from './kind-accuracy.js';
import { trainingSet } from './training-set.js';

const USAGE = `npm run fit:selection -- [--index DIR] [--uploads DIR|none] [--bars 0.1,0.15,...]

Chooses the evidence selection's bar (DEFAULT_THRESHOLDS.minScore in src/answer/select-evidence.ts:
the score the best sentence must reach once the answerability model has judged a question
answerable) on questions generated from the indexed passages and from uploaded documents' (the
answerability fit's generator: answerable ones in several registers, unanswerable ones by perturbing
them) and the team's tune split. Each bar is tried through the whole ask; the figure is the accuracy of answered-or-refused
per kind of question, each kind weighing the same within its class, then the mean of the two
classes. Prints the table and the best bar; writes nothing. The holdout split, the blind sets, the
fixture questions and the shared sets are never read.
  --index DIR   the index to read (default: DATA_DIR, as npm start uses it)
  --uploads DIR documents to upload (into a temporary copy of the index) and generate questions
                from too (default: ../shared/fixtures/korean-documents when present; none: skip)
  --bars LIST   the bars to try (default 0.1 to 0.4 in steps of 0.05)`;

const DEFAULT_BARS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4];

interface Asked {
  question: string;
  lang: TrainingQuestion['lang'];
  answerable: boolean;
  kind: string;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { index: { type: 'string' }, uploads: { type: 'string' }, bars: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const bars = values.bars ? values.bars.split(',').map(Number) : DEFAULT_BARS;
  if (bars.some((b) => !Number.isFinite(b) || b < 0 || b > 1)) throw new Error(`--bars takes numbers from 0 to 1, got ${values.bars}`);
  await withUploadedCopy(values.index, values.uploads, async (runtime) => {
    const { corpusPassages, uploadPassages, corpus, uploads, tune } = await trainingSet(runtime);
    // Upload questions are kinds of their own: judged on the uploads, they weigh as much as the corpus's.
    const generated: Asked[] = [...corpus, ...uploads.map((q) => ({ ...q, kind: `upload ${q.kind}` }))];
    const questions = [...generated, ...tune];
    console.error(
      `${questions.length} questions (${generated.length} generated from ${corpusPassages.length} corpus and ${uploadPassages.length} uploaded passages, ${tune.length} of the tune split)`,
    );
    let best: { bar: number; balanced: number } | undefined;
    console.log('bar    answerable  unanswerable  balanced');
    for (const bar of bars) {
      const services = { ...runtime, extractive: new ExtractiveAnswerer({ ...DEFAULT_THRESHOLDS, minScore: bar }) };
      const outcomes = [];
      for (const [i, q] of questions.entries()) {
        const result = await askOnce(services, { question: q.question, lang: q.lang, mode: 'extractive', history: [] });
        outcomes.push({ kind: q.kind, answerable: q.answerable, right: result.grounded === q.answerable });
        if ((i + 1) % 1000 === 0) console.error(`bar ${bar}: ${i + 1}/${questions.length}`);
      }
      const figures = balancedAccuracy(outcomes);
      console.log(`${bar.toFixed(2)}   ${figures.answerable.toFixed(3)}       ${figures.unanswerable.toFixed(3)}         ${figures.balanced.toFixed(3)}`);
      if (!best || figures.balanced > best.balanced) best = { bar, balanced: figures.balanced };
    }
    if (best) console.log(`best bar: ${best.bar} (balanced accuracy ${best.balanced.toFixed(3)}); in use: ${DEFAULT_THRESHOLDS.minScore}`);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
