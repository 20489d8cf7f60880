import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { judgeAnswerability } from '../answer/answerability.js';
import { ANSWERABILITY_FEATURES, type AnswerabilityFeature } from '../answer/evidence-model/answerability-features.js';
import { ANSWERABILITY_MODEL } from '../answer/evidence-model/answerability-model.js';
import { balancedAccuracy, balancedThreshold, type Example, fitLogistic, type LogisticModel, probability } from '../answer/evidence-model/logistic.js';
import { loadConfig } from '../core/config.js';
import { questionLang } from '../core/lang.js';
import type { Runtime } from '../node/runtime.js';
import { openRuntime } from '../node/runtime.js';
import { normaliseQuestion } from '../question/normalise-question.js';
import { corpusKnowledge } from '../retrieve/corpus-stats.js';
import { retrieveForQuestion } from '../retrieve/retrieve-for-question.js';
import { type TrainingQuestion, trainingQuestions } from './answerability-questions.js';
import { loadQuestions, REFUSAL_TYPES } from './load-questions.js';

const USAGE = `npm run fit:answerability -- [--index DIR] [--reuse] [--dry-run]

Generates training questions from the indexed passages (answerable ones in several registers,
unanswerable ones by perturbing them), adds the team's tune split (evals/questions/tune.jsonl,
real wording; the threshold is chosen on it), computes each question's evidence features through
the real retrieval, fits the logistic answerability model and writes
src/answer/evidence-model/answerability-model.ts. Generated questions are held out per document
(5 folds); the holdout split and the shared sets are never read.
  --index DIR   the index to read (default: DATA_DIR, as npm start uses it)
  --reuse       reuse the features of the last run (evals/out/answerability-examples.json)
  --dry-run     print the figures, write nothing`;

const MODEL_FILE = path.resolve('src/answer/evidence-model/answerability-model.ts');
const EXAMPLES_FILE = path.resolve('evals/out/answerability-examples.json');
/** The tune split's share of the loss: a few dozen real questions weigh as much as half the generated ones. */
const TUNE_MASS = 0.5;
const RETRIEVAL_K = 12;
const FOLDS = 5;

function fold(docId: string): number {
  let h = 0;
  for (const c of docId) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h % FOLDS;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { index: { type: 'string' }, reuse: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const config = loadConfig(values.index ? { ...process.env, DATA_DIR: path.resolve(values.index) } : process.env);
  const runtime = await openRuntime(config);
  try {
    type Row = Example<AnswerabilityFeature> & { q: TrainingQuestion };
    const rows: Row[] = values.reuse ? (JSON.parse(await readFile(EXAMPLES_FILE, 'utf8')) as Row[]) : await computeRows(runtime);
    if (!values.reuse) {
      await mkdir(path.dirname(EXAMPLES_FILE), { recursive: true });
      await writeFile(EXAMPLES_FILE, JSON.stringify(rows));
    }
    const generated = rows.filter((r) => r.q.kind !== 'tune');
    const tune = rows.filter((r) => r.q.kind === 'tune');
    const tuneWeight = tune.length === 0 ? 0 : (TUNE_MASS * generated.length) / tune.length / (1 - TUNE_MASS);
    const examples = [...generated, ...tune].map((r) => ({ ...r, weight: r.q.kind === 'tune' ? tuneWeight : 1 }));
    const score = (model: LogisticModel<AnswerabilityFeature>, set: Example<AnswerabilityFeature>[]) =>
      balancedAccuracy(
        set.map((e) => ({ p: probability(model, e.features), label: e.label })),
        model.threshold,
      );
    const heldOut: number[] = [];
    for (let f = 0; f < FOLDS; f++) {
      const train = examples.filter((e) => e.q.kind === 'tune' || fold(e.q.docId) !== f);
      const test = generated.filter((e) => fold(e.q.docId) === f);
      if (test.length === 0) continue;
      const model = fitLogistic(ANSWERABILITY_FEATURES, train);
      model.threshold = balancedThreshold(model, tune.length > 0 ? tune : train);
      heldOut.push(score(model, test));
    }
    const model = fitLogistic(ANSWERABILITY_FEATURES, examples);
    // The threshold is calibrated on real wording: the tune split, when present.
    model.threshold = balancedThreshold(model, tune.length > 0 ? tune : examples);
    const mean = heldOut.reduce((a, b) => a + b, 0) / heldOut.length;
    console.log(`${generated.length} generated questions, ${tune.length} of the tune split (weight ${tuneWeight.toFixed(1)} each)`);
    console.log(
      `held-out balanced accuracy on generated questions (${FOLDS} folds by document): ${mean.toFixed(3)} [${heldOut.map((x) => x.toFixed(3)).join(' ')}]`,
    );
    console.log(`current model on all examples: ${score(ANSWERABILITY_MODEL, examples).toFixed(3)}; new fit: ${score(model, examples).toFixed(3)}`);
    const kinds = [...new Set(examples.map((e) => e.q.kind))];
    for (const kind of kinds) {
      const set = examples.filter((e) => e.q.kind === kind);
      const right = set.filter((e) => (probability(model, e.features) >= model.threshold ? 1 : 0) === e.label).length;
      console.log(`  ${kind.padEnd(16)} ${right}/${set.length} right (${set[0]?.label ? 'answerable' : 'unanswerable'})`);
    }
    console.log(
      `weights: bias ${model.bias.toFixed(2)}, ${ANSWERABILITY_FEATURES.map((k) => `${k} ${model.weights[k].toFixed(2)}`).join(', ')}; threshold ${model.threshold}`,
    );
    if (!values['dry-run']) {
      await writeFile(MODEL_FILE, modelSource(model, { questions: examples.length, heldOut: mean }));
      console.log(`wrote ${path.relative(process.cwd(), MODEL_FILE)}`);
    }
    return 0;
  } finally {
    runtime.close();
  }
}

/** Every training question with its evidence features, computed through the real retrieval. */
async function computeRows(runtime: Runtime): Promise<(Example<AnswerabilityFeature> & { q: TrainingQuestion })[]> {
  const documents = await runtime.store.listDocuments();
  if (documents.length === 0) throw new Error('the index is empty: run npm run ingest first, or pass --index');
  const passages = (await Promise.all(documents.map((d) => runtime.store.passagesOfDocument(d.id)))).flat();
  const knowledge = await corpusKnowledge(runtime.store);
  const generated = trainingQuestions({ passages, stats: knowledge.stats });
  // Follow-ups are left out: their features depend on the conversation, which the fit does not replay.
  const tune = (await loadQuestions({ split: 'tune' }))
    .filter((q) => !q.history?.length && !q.corpusLang)
    .map((q): TrainingQuestion => ({ question: q.question, lang: q.lang, answerable: !REFUSAL_TYPES.includes(q.type), kind: 'tune', docId: q.id }));
  const questions = [...generated, ...tune];
  console.error(`${generated.length} training questions from ${passages.length} passages of ${documents.length} documents, ${tune.length} of the tune split`);
  const rows: (Example<AnswerabilityFeature> & { q: TrainingQuestion })[] = [];
  for (const [i, q] of questions.entries()) {
    const typed = questionLang(q.question);
    const question = normaliseQuestion(typed.question, knowledge.stats).question;
    const retrieved = await retrieveForQuestion({
      store: runtime.store,
      embedder: runtime.embedder,
      question,
      lang: typed.lang,
      k: RETRIEVAL_K,
      filters: {},
      termPairs: knowledge.termPairs,
    });
    const judged = judgeAnswerability({ question, lang: typed.lang, passages: retrieved.passages, stats: knowledge.stats, termPairs: knowledge.termPairs });
    rows.push({ features: judged.features, label: q.answerable ? 1 : 0, q });
    if ((i + 1) % 200 === 0 || i + 1 === questions.length) console.error(`features ${i + 1}/${questions.length}`);
  }
  return rows;
}

function modelSource(model: LogisticModel<AnswerabilityFeature>, fit: { questions: number; heldOut: number }): string {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const weights = ANSWERABILITY_FEATURES.map((k) => `${k}: ${round(model.weights[k])}`).join(', ');
  return `import type { AnswerabilityFeature } from './answerability-features.js';
import type { LogisticModel } from './logistic.js';

/**
 * Written by \`npm run fit:answerability\` (src/eval/fit-answerability.ts) on ${new Date().toISOString().slice(0, 10)}: fitted on
 * ${fit.questions} questions generated from the corpus index; held-out balanced accuracy ${fit.heldOut.toFixed(3)}
 * (5 folds by document). Do not edit by hand: run the fit again.
 */
export const ANSWERABILITY_MODEL: LogisticModel<AnswerabilityFeature> = {
  bias: ${round(model.bias)},
  weights: { ${weights} },
  threshold: ${round(model.threshold)},
};
`;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
