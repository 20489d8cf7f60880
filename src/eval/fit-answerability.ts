import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { judgeAnswerability } from '../answer/answerability.js';
import { ANSWERABILITY_FEATURES, type AnswerabilityFeature } from '../answer/evidence-model/answerability-features.js';
import { ANSWERABILITY_MODEL } from '../answer/evidence-model/answerability-model.js';
import { type Example, fitLogistic, type LogisticModel, probability } from '../answer/evidence-model/logistic.js';
import { withoutInstructions } from '../answer/injection-guard.js';
import { knownToUploads } from '../answer/upload-evidence.js';
import { questionLang } from '../core/lang.js';
import type { Lang, ScoredPassage } from '../core/types.js';
import type { Runtime } from '../node/runtime.js';
import { normaliseQuestion, spellingVocabulary } from '../question/normalise-question.js';
import { retrieveForQuestion } from '../retrieve/retrieve-for-question.js';
import type { TermPair } from '../text/term-pairs.js';
import { seeded, type TrainingQuestion } from './answerability-questions.js';
import { withUploadedCopy } from './index-with-uploads.js';
import { trainingSet } from './training-set.js';
import { loadNounSynonyms, WORDNET_DIR } from './wordnet-synonyms.js';

/**
 * The tune split's share of the loss. Its 40 questions are real wording but few, and most of its
 * unanswerable ones are refused by later steps, not by this model (they share every word with the
 * documents); a large share sets the bar by a handful of questions.
 */
const DEFAULT_TUNE_MASS = 0.2;

const USAGE = `npm run fit:answerability -- [--index DIR] [--uploads DIR|none] [--reuse] [--dry-run] [--tune-mass X]
    [--threshold-by model|ask] [--wordnet] [--other-documents] [--features A,B]

Generates training questions from the indexed passages (answerable ones in several registers,
unanswerable ones by perturbing them) and from uploaded documents' passages, adds the team's tune
split (evals/questions/tune.jsonl, real wording), computes each question's evidence features
through the real retrieval, fits the logistic answerability model (each weight's sign fixed
beforehand) and writes src/answer/evidence-model/answerability-model.ts. Generated questions are
held out per document (5 folds); the threshold is the one that does best on those held-out
predictions. The holdout split, the blind sets, the fixture questions and the shared sets are
never read.
  --index DIR     the index to read (default: DATA_DIR, as npm start uses it)
  --uploads DIR   documents to upload (into a temporary copy of the index) and generate questions
                  from too (default: ../shared/fixtures/korean-documents when present; none: skip)
  --reuse         reuse the features of the last run (evals/out/answerability-examples.json)
  --tune-mass X   the tune split's share of the loss, 0 to 0.9 (default ${DEFAULT_TUNE_MASS})
  --threshold-by model|ask
                  choose the threshold for the fewest errors of the model alone (default) or of the
                  whole ask (an unanswerable question the answer step refuses anyway is then no
                  error of the model's)
  --wordnet       also ask about English passages with a WordNet synonym in place of a topic word
                  (needs apt-get install wordnet-base; the fit then set far too low a bar, with
                  either threshold choice: docs/answers.md)
  --other-documents
                  also ask every answerable question made from an uploaded document of the corpus
                  alone, as a negative: the uploads are other bodies' documents on other subjects
  --features A,B  fit only these features (default: every feature whose sign is known); the rest weigh 0.
                  The vetoes (unknownHead, unknownName, unsupported) are never fitted: held at -20
  --dry-run       print the figures, write nothing`;

const MODEL_FILE = path.resolve('src/answer/evidence-model/answerability-model.ts');
const EXAMPLES_FILE = path.resolve('evals/out/answerability-examples.json');
const RETRIEVAL_K = 12;
/** Upload passages are searched this much deeper, as the upload answer does (answer/upload-evidence.ts). */
const UPLOAD_DEPTH = 4;
const FOLDS = 5;

/**
 * The direction each feature moves the probability, known before any fit: coverage makes an answer
 * more likely; words the evidence or the corpus lacks, unknown heads and names, and unstated
 * specifics less. The question's length has no known direction and is not fitted (its fitted
 * weight followed how the templates were written, not what the documents answer).
 */
const SIGNS: Partial<Record<AnswerabilityFeature, 1 | -1>> = {
  share: 1,
  single: 1,
  first: 1,
  uncoveredRare: -1,
  unknownWeight: -1,
  unknownAsked: -1,
};

/**
 * Logical vetoes, held at a fixed weight and not fitted: the noun whose value is asked for is a
 * word the corpus never uses (no passage can state its value), a name the corpus never mentions (a
 * topic it does not cover), something the question takes as given that no evidence states (a
 * premise the documents do not support). Each must refuse whatever the rest of the evidence says,
 * so its weight only has to outweigh every other feature's range (all in [0, 1]): at -20 the
 * probability stays below 1e-4 even with every fitted weight at its largest. Fitted freely, their
 * weights followed how often the generator's negatives happened to fire them (docs/answers.md).
 */
const VETOES: Partial<Record<AnswerabilityFeature, number>> = { unknownHead: -20, unknownName: -20, unsupported: -20 };

const FITTED = ANSWERABILITY_FEATURES.filter((k) => SIGNS[k] !== undefined);

type Row = Example<AnswerabilityFeature> & {
  q: TrainingQuestion;
  /**
   * Whether the answer step, given the question and its passages, answers it (grounded): what
   * happens when this model lets the question through. Its own checks (answer types, specifics)
   * refuse some questions whatever the model decides.
   */
  answeredLater: boolean;
};

function fold(docId: string): number {
  let h = 0;
  for (const c of docId) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h % FOLDS;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      index: { type: 'string' },
      uploads: { type: 'string' },
      reuse: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      'tune-mass': { type: 'string' },
      features: { type: 'string' },
      'threshold-by': { type: 'string' },
      wordnet: { type: 'boolean' },
      'other-documents': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const tuneMass = values['tune-mass'] === undefined ? DEFAULT_TUNE_MASS : Number(values['tune-mass']);
  if (!Number.isFinite(tuneMass) || tuneMass < 0 || tuneMass > 0.9) throw new Error(`--tune-mass takes a number from 0 to 0.9; got ${values['tune-mass']}`);
  const by = values['threshold-by'] ?? 'model';
  if (by !== 'ask' && by !== 'model') throw new Error(`--threshold-by takes ask or model; got ${by}`);
  const pipeline = by === 'ask';
  const fitted = values.features === undefined ? FITTED : values.features.split(',').map((k) => k.trim());
  const unknown = fitted.filter((k) => !FITTED.includes(k as AnswerabilityFeature));
  if (unknown.length > 0) throw new Error(`--features: ${unknown.join(', ')} is not a fitted feature (${FITTED.join(', ')})`);
  const rows: Row[] = values.reuse
    ? await readRows()
    : await computeRowsFresh(values.index, values.uploads, {
        wordnet: values.wordnet === true,
        otherDocuments: values['other-documents'] === true,
      });
  if (!values.reuse) {
    await mkdir(path.dirname(EXAMPLES_FILE), { recursive: true });
    await writeFile(EXAMPLES_FILE, JSON.stringify(rows));
  }
  const generated = rows.filter((r) => r.q.kind !== 'tune');
  const tune = rows.filter((r) => r.q.kind === 'tune');
  const tuneWeight = tune.length === 0 || tuneMass === 0 ? 0 : (tuneMass * generated.length) / tune.length / (1 - tuneMass);
  // Each way of asking (a register, a perturbation) weighs the same within its class, however many
  // questions the generator made of it: the fit should hold for every one, not for the commonest.
  const perKind = new Map<string, number>();
  for (const r of generated) perKind.set(r.q.kind, (perKind.get(r.q.kind) ?? 0) + 1);
  const kindWeight = (kind: string) => generated.length / perKind.size / (perKind.get(kind) ?? 1);
  const examples = [...generated, ...(tuneWeight > 0 ? tune : [])].map((r) => ({ ...r, weight: r.q.kind === 'tune' ? tuneWeight : kindWeight(r.q.kind) }));
  const fitModel = (train: Row[]) =>
    withAllFeatures(fitLogistic(fitted as AnswerabilityFeature[], train, { signs: SIGNS, fixed: VETOES, l2: 0.0005, epochs: 4000, rate: 1 }));
  // Every generated question is scored by a model fitted without its document's fold.
  const heldOutScores: Scored[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const test = generated.filter((e) => fold(e.q.docId) === f);
    if (test.length === 0) continue;
    const model = fitModel(examples.filter((e) => e.q.kind === 'tune' || fold(e.q.docId) !== f));
    for (const row of test) heldOutScores.push({ p: probability(model, row.features), label: row.label, row });
  }
  const model = fitModel(examples);
  // The threshold is chosen on the held-out predictions: calibrated on questions no fold saw.
  model.threshold = bestThreshold(heldOutScores, pipeline);
  const handScores = generated.map((row) => ({ p: probability(ANSWERABILITY_MODEL, row.features), label: row.label, row }));
  const heldOut = kindBalancedAccuracy(heldOutScores, model.threshold);
  const handHeldOut = kindBalancedAccuracy(handScores, ANSWERABILITY_MODEL.threshold);
  const heldOutPipeline = kindBalancedAccuracy(heldOutScores, model.threshold, true);
  const handPipeline = kindBalancedAccuracy(handScores, ANSWERABILITY_MODEL.threshold, true);
  const counts = {
    corpus: generated.filter((r) => r.q.source !== 'upload').length,
    upload: generated.filter((r) => r.q.source === 'upload' && r.q.kind !== OTHER_DOCUMENTS).length,
    other: generated.filter((r) => r.q.kind === OTHER_DOCUMENTS).length,
  };
  console.log(
    `${counts.corpus} questions generated from the corpus, ${counts.upload} from uploaded documents (${counts.other} of them asked of the corpus alone too), ${tune.length} of the tune split (weight ${tuneWeight.toFixed(1)} each)`,
  );
  console.log(
    `held-out accuracy on generated questions, each kind weighing the same in its class (${FOLDS} folds by document): ${heldOut.toFixed(3)}; the weights in use: ${handHeldOut.toFixed(3)}`,
  );
  console.log(`the same, as the whole ask ends (the answer step refusing too): ${heldOutPipeline.toFixed(3)}; the weights in use: ${handPipeline.toFixed(3)}`);
  console.log('kind              held out  in use  (right; the answer step refusing too)');
  for (const kind of [...new Set(rows.map((e) => e.q.kind))]) {
    const scored = heldOutScores.filter((s) => s.row.q.kind === kind);
    const set = rows.filter((e) => e.q.kind === kind);
    const right = (p: (r: Row) => number, threshold: number, rs: Row[]) => rs.filter((r) => (p(r) >= threshold ? 1 : 0) === r.label).length;
    const heldOutRight =
      kind === 'tune'
        ? right((r) => probability(model, r.features), model.threshold, set)
        : scored.filter((s) => (s.p >= model.threshold ? 1 : 0) === s.label).length;
    const inUse = right((r) => probability(ANSWERABILITY_MODEL, r.features), ANSWERABILITY_MODEL.threshold, set);
    const askRight = (p: number, r: Row) => ((p >= model.threshold && r.answeredLater !== false ? 1 : 0) === r.label ? 1 : 0);
    const askHand = (r: Row) =>
      (probability(ANSWERABILITY_MODEL, r.features) >= ANSWERABILITY_MODEL.threshold && r.answeredLater !== false ? 1 : 0) === r.label ? 1 : 0;
    const heldOutAsk =
      kind === 'tune' ? set.reduce((sum, r) => sum + askRight(probability(model, r.features), r), 0) : scored.reduce((sum, s) => sum + askRight(s.p, s.row), 0);
    const handAsk = set.reduce((sum, r) => sum + askHand(r), 0);
    console.log(
      `  ${kind.padEnd(16)} ${`${heldOutRight}/${set.length}`.padStart(8)}  ${`${inUse}/${set.length}`.padStart(6)}   ask: ${heldOutAsk} / ${handAsk}${kind === 'tune' ? '  (fitted on, not held out)' : ''}`,
    );
  }
  console.log(
    `weights: bias ${model.bias.toFixed(2)}, ${ANSWERABILITY_FEATURES.map((k) => `${k} ${model.weights[k].toFixed(2)}`).join(', ')}; threshold ${model.threshold}`,
  );
  const bar = shareBar(model);
  if (bar !== undefined) console.log(`with no veto firing, it answers when share >= ${bar.toFixed(3)} (the rules it replaces: share >= 0.4)`);
  const bars = shareBars(generated, pipeline);
  console.log(
    `the share bar alone (vetoes held) that does best on these questions: ${bars.best.toFixed(3)}; with their documents resampled ${BOOTSTRAP} times, their median is ${bars.median.toFixed(3)} and 90% lie in ${bars.low.toFixed(3)}-${bars.high.toFixed(3)}`,
  );
  if (!values['dry-run']) {
    await writeFile(
      MODEL_FILE,
      modelSource(model, { features: fitted, ...counts, tune: tune.length, tuneMass, pipeline, heldOut, handHeldOut, heldOutPipeline, handPipeline }),
    );
    console.log(`wrote ${path.relative(process.cwd(), MODEL_FILE)}`);
  }
  return 0;
}

async function readRows(): Promise<Row[]> {
  try {
    return JSON.parse(await readFile(EXAMPLES_FILE, 'utf8')) as Row[];
  } catch (error) {
    throw new Error(`--reuse needs ${path.relative(process.cwd(), EXAMPLES_FILE)} from an earlier run: ${error instanceof Error ? error.message : error}`);
  }
}

type Scored = { p: number; label: 0 | 1; row: Row };

/**
 * Accuracy with every kind of question weighing the same within its class, and the two classes
 * the same: the mean recall over the answerable kinds, averaged with the mean over the others.
 * With `pipeline`, a question counts as the whole ask would end: an unanswerable one is right when
 * either this model or the answer step refuses it, and an answerable one the answer step refuses
 * anyway does not count (no threshold can answer it).
 */
function kindBalancedAccuracy(scored: Scored[], threshold: number, pipeline = false): number {
  const kinds = new Map<string, { right: number; n: number; label: 0 | 1 }>();
  for (const s of scored) {
    const later = s.row.answeredLater !== false;
    if (pipeline && s.label === 1 && !later) continue;
    const k = kinds.get(s.row.q.kind) ?? { right: 0, n: 0, label: s.label };
    k.n++;
    const answered = s.p >= threshold && (!pipeline || later);
    if ((answered ? 1 : 0) === s.label) k.right++;
    kinds.set(s.row.q.kind, k);
  }
  const mean = (label: 0 | 1) => {
    const of = [...kinds.values()].filter((k) => k.label === label);
    return of.reduce((sum, k) => sum + k.right / k.n, 0) / Math.max(1, of.length);
  };
  return (mean(0) + mean(1)) / 2;
}

/** The threshold that maximises kindBalancedAccuracy, midway between neighbouring scores. */
function bestThreshold(scored: Scored[], pipeline: boolean): number {
  const ps = [...new Set(scored.map((s) => s.p))].sort((a, b) => a - b);
  let best = 0.5;
  let bestScore = -1;
  for (const [i, p] of ps.entries()) {
    const t = i === 0 ? p : ((ps[i - 1] ?? p) + p) / 2;
    const score = kindBalancedAccuracy(scored, t, pipeline);
    if (score > bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return best;
}

/**
 * When share is the only fitted feature with a weight, the model is a bar on share: the share at
 * which the probability reaches the threshold.
 */
function shareBar(model: LogisticModel<AnswerabilityFeature>): number | undefined {
  const others = FITTED.filter((k) => k !== 'share' && model.weights[k] !== 0);
  if (others.length > 0 || model.weights.share <= 0) return undefined;
  const logit = Math.log(model.threshold / (1 - model.threshold));
  return (logit - model.bias) / model.weights.share;
}

const BOOTSTRAP = 200;
/** The share bars tried: every half point from 0.2 to 0.7. */
const BARS = Array.from({ length: 101 }, (_, i) => 0.2 + i * 0.005);

/**
 * How firmly the generated questions fix the bar on share, the one number the rules set by hand:
 * the bar that does best with the vetoes held (on all of them, and on their documents resampled
 * with replacement, a document's questions together). A hand bar inside the interval is one the
 * fit cannot tell from its own.
 */
function shareBars(rows: Row[], pipeline: boolean): { best: number; low: number; median: number; high: number } {
  const scored = (rs: Row[]): Scored[] =>
    rs.map((row) => {
      const f = row.features;
      const vetoed = Object.keys(VETOES).some((k) => (f[k as AnswerabilityFeature] ?? 0) > 0);
      return { p: vetoed ? -1 : f.share, label: row.label, row };
    });
  const best = (s: Scored[]) =>
    BARS.reduce((b, bar) => (kindBalancedAccuracy(s, bar, pipeline) > kindBalancedAccuracy(s, b, pipeline) ? bar : b), BARS[0] as number);
  const byDoc = new Map<string, Row[]>();
  for (const r of rows) byDoc.set(r.q.docId, [...(byDoc.get(r.q.docId) ?? []), r]);
  const docs = [...byDoc.values()];
  const rand = seeded(11);
  const found = Array.from({ length: BOOTSTRAP }, () => best(scored(docs.flatMap(() => docs[Math.floor(rand() * docs.length)] ?? [])))).sort((a, b) => a - b);
  const at = (q: number) => found[Math.floor(q * (found.length - 1))] ?? Number.NaN;
  return { best: best(scored(rows)), low: at(0.05), median: at(0.5), high: at(0.95) };
}

function withAllFeatures(model: LogisticModel<AnswerabilityFeature>): LogisticModel<AnswerabilityFeature> {
  const weights = Object.fromEntries(ANSWERABILITY_FEATURES.map((k) => [k, (model.weights as Partial<Record<AnswerabilityFeature, number>>)[k] ?? 0]));
  return { ...model, weights: weights as Record<AnswerabilityFeature, number> };
}

/** Uploads go into a temporary copy of the index, so the index read is never changed. */
function computeRowsFresh(index: string | undefined, uploads: string | undefined, options: GenerateOptions): Promise<Row[]> {
  return withUploadedCopy(index, uploads, (runtime) => computeRows(runtime, options));
}

/** Every training question with its evidence features, computed through the real retrieval. */
interface GenerateOptions {
  wordnet: boolean;
  otherDocuments: boolean;
}

/**
 * A question made from an uploaded document, asked of the corpus alone. The uploaded fixtures are
 * other public bodies' documents on other subjects (a launch vehicle, a festival, transit data),
 * so the corpus does not answer them: negatives in the positives' own registers, whose coverage
 * falls wherever their words happen to overlap the corpus's, which is what a bar on coverage has to
 * separate (the other negatives are refused by the vetoes or differ from positives in one word).
 */
const OTHER_DOCUMENTS = 'other-documents';

async function computeRows(runtime: Runtime, { wordnet, otherDocuments }: GenerateOptions): Promise<Row[]> {
  const synonyms = wordnet ? loadNounSynonyms() : undefined;
  if (wordnet && !synonyms) console.error(`WordNet is not installed (${WORDNET_DIR}; apt-get install wordnet-base): no paraphrased questions`);
  const { knowledge, corpusIds, uploadIds, corpusPassages, uploadPassages, corpus, uploads, tune } = await trainingSet(runtime, synonyms ? { synonyms } : {});
  const generated = [
    ...corpus,
    ...uploads,
    ...(otherDocuments ? uploads.filter((q) => q.answerable).map((q): TrainingQuestion => ({ ...q, answerable: false, kind: OTHER_DOCUMENTS })) : []),
  ];
  const questions = [...generated, ...tune];
  console.error(
    `${generated.length} training questions from ${corpusPassages.length} corpus and ${uploadPassages.length} uploaded passages, ${tune.length} of the tune split`,
  );
  // Upload questions are judged as ask judges the uploads: a word only the official documents use is unknown to them.
  const officialStats = await runtime.store.official().termStats();
  const rows: Row[] = [];
  for (const [i, q] of questions.entries()) {
    const typed = questionLang(q.question);
    const normalised = normaliseQuestion(typed.question, spellingVocabulary(knowledge.stats, runtime.englishWords)).question;
    const question = withoutInstructions(normalised);
    const other = q.kind === OTHER_DOCUMENTS;
    const upload = q.source === 'upload' && !other;
    // An upload question is judged on the uploads alone, searched deeper, as the upload answer is.
    const retrieved = await retrieveForQuestion({
      store: runtime.store,
      embedder: runtime.embedder,
      question,
      lang: typed.lang,
      k: upload ? RETRIEVAL_K * UPLOAD_DEPTH : RETRIEVAL_K,
      filters: upload ? { docIds: uploadIds } : other ? { docIds: corpusIds } : {},
      termPairs: knowledge.termPairs,
    });
    const passages = upload ? retrieved.passages.slice(0, RETRIEVAL_K + 2) : retrieved.passages;
    const judged = judgeAnswerability({
      question,
      lang: typed.lang,
      passages,
      stats: knowledge.stats,
      termPairs: knowledge.termPairs,
      ...(upload ? { known: knownToUploads(knowledge.stats, officialStats) } : {}),
    });
    const answeredLater = await answerStepAnswers(runtime, {
      question,
      ...(question !== normalised ? { asked: normalised } : {}),
      lang: typed.lang,
      passages,
      termPairs: knowledge.termPairs,
      vector: retrieved.queryVector,
    });
    rows.push({ features: judged.features, label: q.answerable ? 1 : 0, q, answeredLater });
    if ((i + 1) % 200 === 0 || i + 1 === questions.length) console.error(`features ${i + 1}/${questions.length}`);
  }
  return rows;
}

/** Runs the extractive answer step on the question's passages as if the model had let it through. */
async function answerStepAnswers(
  runtime: Runtime,
  input: { question: string; asked?: string; lang: Lang; passages: ScoredPassage[]; termPairs: readonly TermPair[]; vector: Float32Array },
): Promise<boolean> {
  let grounded = false;
  for await (const event of runtime.extractive.answer({
    id: 'fit',
    question: input.question,
    ...(input.asked ? { asked: input.asked } : {}),
    lang: input.lang,
    history: [],
    passages: input.passages,
    questionVector: input.vector,
    termPairs: input.termPairs,
  })) {
    if (event.type === 'done') grounded = event.result.grounded;
  }
  return grounded;
}

function modelSource(
  model: LogisticModel<AnswerabilityFeature>,
  fit: {
    features: string[];
    corpus: number;
    upload: number;
    other: number;
    tune: number;
    tuneMass: number;
    pipeline: boolean;
    heldOut: number;
    handHeldOut: number;
    heldOutPipeline: number;
    handPipeline: number;
  },
): string {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  // One weight a line, as the formatter lays out an object too long for one.
  const weights = ANSWERABILITY_FEATURES.map((k) => `    ${k}: ${round(model.weights[k])},`).join('\n');
  return `import type { AnswerabilityFeature } from './answerability-features.js';
import type { LogisticModel } from './logistic.js';

/**
 * Written by \`npm run fit:answerability\` (src/eval/fit-answerability.ts) on ${new Date().toISOString().slice(0, 10)}. Fitted on
 * ${fit.corpus} questions generated from the corpus passages and ${fit.upload} from uploaded documents' passages${fit.other > 0 ? ` (${fit.other} of them also asked of the corpus alone, as negatives)` : ''}
 * (src/eval/answerability-questions.ts), plus the ${fit.tune} non-follow-up questions of the tune split at
 * ${Math.round(fit.tuneMass * 100)}% of the loss: class-balanced L2 logistic regression, each kind of question weighing
 * the same in its class, each weight's sign fixed beforehand; features fitted: ${fit.features.join(', ')}; the
 * logical vetoes held at ${Object.entries(VETOES)
   .map(([k, w]) => `${k} ${w}`)
   .join(', ')}, not fitted.
 * The threshold is the one with the best accuracy on held-out predictions (5 folds by document)
 * ${fit.pipeline ? 'counted as the whole ask ends (the answer step refuses some questions itself)' : 'of the model alone'}.
 * Held out, kind-balanced accuracy ${fit.heldOut.toFixed(3)} alone and ${fit.heldOutPipeline.toFixed(3)} as the ask ends (the
 * weights it replaced: ${fit.handHeldOut.toFixed(3)} and ${fit.handPipeline.toFixed(3)}). What it scores on the sets no fit reads
 * is in docs/answers.md. Do not edit by hand: run the fit again.
 */
export const ANSWERABILITY_MODEL: LogisticModel<AnswerabilityFeature> = {
  bias: ${round(model.bias)},
  weights: {
${weights}
  },
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
