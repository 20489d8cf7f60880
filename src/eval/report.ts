import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Observation, Summary } from './metrics.js';
import { allKeyFacts, checkCitations, containsFact, declined, keyFactRecall, recallAtK, summarise, summariseBy } from './metrics.js';
import { barChartSvg } from './svg-chart.js';

export interface EvalRun {
  tokenizer: string;
  mode: string;
  observations: Observation[];
  /** Wall time of the run: ingest check + all questions. */
  ms: number;
}

export interface EvalReport {
  generatedAt: string;
  runs: {
    tokenizer: string;
    mode: string;
    ms: number;
    overall: Summary;
    bySplit: { group: string; summary: Summary }[];
    byType: Record<string, { group: string; summary: Summary }[]>;
    questions: (Observation & {
      keyFactRecall: number | null;
      recallAt5: number | null;
      declined: boolean;
      citationChecks: ReturnType<typeof checkCitations>;
    })[];
  }[];
}

export function buildReport(runs: EvalRun[]): EvalReport {
  return {
    generatedAt: new Date().toISOString(),
    runs: runs.map((run) => {
      const splits = [...new Set(run.observations.map((o) => o.set))];
      return {
        tokenizer: run.tokenizer,
        mode: run.mode,
        ms: Math.round(run.ms),
        overall: summarise(run.observations),
        bySplit: summariseBy(run.observations, (o) => o.set),
        byType: Object.fromEntries(
          splits.map((split) => [
            split,
            summariseBy(
              run.observations.filter((o) => o.set === split),
              (o) => o.type,
            ),
          ]),
        ),
        questions: run.observations.map((o) => ({
          ...o,
          keyFactRecall: keyFactRecall(o.answer, o.keyFacts),
          recallAt5: recallAtK(o.retrievedDocIds, o.expectedDocIds, 5),
          declined: declined(o),
          citationChecks: checkCitations(o),
        })),
      };
    }),
  };
}

const COLUMNS: { head: string; value: (s: Summary) => number | string | null; kind: 'ratio' | 'ms' | 'text' }[] = [
  { head: 'R@1', value: (s) => s.recallAt1, kind: 'ratio' },
  { head: 'R@5', value: (s) => s.recallAt5, kind: 'ratio' },
  { head: 'MRR', value: (s) => s.mrr, kind: 'ratio' },
  { head: 'keyFact', value: (s) => s.keyFactRecall, kind: 'ratio' },
  { head: 'kf n/N', value: (s) => (s.answerableCount ? `${s.keyFactsFound}/${s.answerableCount}` : null), kind: 'text' },
  { head: '+quotes', value: (s) => (s.answerableCount ? `${s.keyFactsShown}/${s.answerableCount}` : null), kind: 'text' },
  { head: 'chars', value: (s) => s.answerChars, kind: 'ms' },
  { head: 'citeSupp', value: (s) => s.citationSupport, kind: 'ratio' },
  { head: 'citePrec', value: (s) => s.citationPrecision, kind: 'ratio' },
  { head: 'refused', value: (s) => (s.unanswerable ? `${s.refusals}/${s.unanswerable}` : null), kind: 'text' },
  { head: 'falseRef', value: (s) => (s.answerableCount ? String(s.falseRefusals) : null), kind: 'text' },
  { head: 'refuseP', value: (s) => s.refusalPrecision, kind: 'ratio' },
  { head: 'refuseR', value: (s) => s.refusalRecall, kind: 'ratio' },
  { head: 'langOK', value: (s) => s.langMatch, kind: 'ratio' },
  { head: 'p50 ms', value: (s) => s.latencyP50, kind: 'ms' },
  { head: 'p95 ms', value: (s) => s.latencyP95, kind: 'ms' },
];

function cell(value: number | string | null, kind: 'ratio' | 'ms' | 'text'): string {
  if (value === null) return '–';
  if (typeof value === 'string') return value;
  return kind === 'ms' ? String(Math.round(value)) : value.toFixed(2);
}

export function formatTable(title: string, rows: { group: string; summary: Summary }[]): string {
  const header = ['group', 'n', ...COLUMNS.map((c) => c.head)];
  const body = rows.map(({ group, summary }) => [group, String(summary.count), ...COLUMNS.map((c) => cell(c.value(summary), c.kind))]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [title, line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** Every table of the report, per tokenizer: the splits, then each split by question type. */
/**
 * The sets whose questions or failures were read while the answerer was designed; the other (the
 * holdout split) is only ever run. Their gap is how far the design overfits. The blind sets count
 * as read: each one's first run, before any of its misses was looked at, was the unseen figure
 * (docs/answers.md: blind 41/56 and 19/24, blind2 40/50 and 14/20, blind3 41/46 and 15/18, blind4
 * 39/46 and 15/18 on 2026-12-06); their misses were read after that.
 */
export const DESIGNED_ON: ReadonlySet<string> = new Set([
  'tune',
  'independent',
  'official',
  'citizens',
  'blind',
  'blind2',
  'blind3',
  'blind4',
  'blind5',
  'blind7',
  'blind9',
  'blind11',
  'blind17',
  'blind18',
  'blind20',
  'blind22',
  'blind23',
  'blind25',
  'blind26',
  'fixtures',
  'fixtures-blind',
  'fixtures-blind3',
  'fixtures-blind4',
  'fixtures-blind7',
  'fixtures-blind8',
  'fixtures-blind10',
  'fixtures-blind12',
  'fixtures-blind13',
  'fixtures-blind15',
]);

/** The designed-on and never-read sets as two rows, when the run has both. */
function designGap(run: EvalReport['runs'][number]): { group: string; summary: Summary }[] {
  const strip = run.questions.map(({ keyFactRecall: _k, recallAt5: _r, declined: _d, citationChecks: _c, ...o }) => o);
  const designed = strip.filter((o) => DESIGNED_ON.has(o.set));
  const unseen = strip.filter((o) => !DESIGNED_ON.has(o.set));
  if (designed.length === 0 || unseen.length === 0) return [];
  return [
    { group: 'designed on', summary: summarise(designed) },
    { group: 'never read', summary: summarise(unseen) },
  ];
}

export function formatReport(report: EvalReport): string {
  const parts: string[] = [];
  for (const run of report.runs) {
    const label = `[${run.mode}, FTS tokenizer ${run.tokenizer}, ${(run.ms / 1000).toFixed(1)} s]`;
    parts.push(formatTable(`Per set ${label}`, [...run.bySplit, ...(run.bySplit.length > 1 ? [{ group: 'all', summary: run.overall }] : [])]));
    const gap = designGap(run);
    if (gap.length > 0) parts.push(formatTable(`Designed on (${[...DESIGNED_ON].join(', ')}) against never read ${label}`, gap));
    for (const [split, rows] of Object.entries(run.byType))
      parts.push(formatTable(`${split} by type ${label}`, [...rows, { group: 'all', summary: summariseOf(run, split) }]));
  }
  return parts.join('\n\n');
}

function summariseOf(run: EvalReport['runs'][number], split: string): Summary {
  return run.bySplit.find((s) => s.group === split)?.summary ?? run.overall;
}

const CHART_SERIES: { name: string; value: (s: Summary) => number | null }[] = [
  { name: 'recall@5', value: (s) => s.recallAt5 },
  { name: 'MRR', value: (s) => s.mrr },
  { name: 'key-fact recall', value: (s) => s.keyFactRecall },
  { name: 'citation precision', value: (s) => s.citationPrecision },
  { name: 'refusal recall', value: (s) => s.refusalRecall },
  { name: 'answer-language match', value: (s) => s.langMatch },
];

/** The chart shows the first run (the default tokenizer) by question type, all selected splits. */
export function reportChart(report: EvalReport): string {
  const run = report.runs[0];
  if (!run) return barChartSvg({ title: 'policy-qa eval: no runs', groups: [], series: [] });
  const byType = summariseBy(
    run.questions.map(({ keyFactRecall: _k, recallAt5: _r, declined: _d, citationChecks: _c, ...o }) => o),
    (o) => o.type,
  );
  const splits = run.bySplit.map((s) => s.group).join(' + ');
  return barChartSvg({
    title: 'policy-qa answer quality by question type',
    subtitle: `${splits} · ${run.overall.count} questions · ${run.mode} mode · FTS ${run.tokenizer} · ${report.generatedAt.slice(0, 16)}Z`,
    groups: byType.map((g) => `${g.group} (${g.summary.count})`),
    series: CHART_SERIES.map((s) => ({ name: s.name, values: byType.map((g) => s.value(g.summary)) })),
  });
}

/** What went wrong per question: the facts not shown, a wrong refusal or a missed one. */
export function failures(report: EvalReport) {
  return report.runs.flatMap((run) =>
    run.questions.flatMap((q) => {
      const problems: string[] = [];
      if (q.answerable && q.declined) problems.push('false refusal');
      if (!q.answerable && !q.declined) problems.push('answered an unanswerable question');
      const missing = q.keyFacts.filter((alternatives) => !containsFact(q.answer, alternatives)).map((alternatives) => alternatives.join(' | '));
      if (q.answerable && !allKeyFacts(q)) problems.push(`missing key facts: ${missing.join('; ')}`);
      if (problems.length === 0) return [];
      return [{ set: q.set, id: q.id, type: q.type, lang: q.lang, question: q.question, problems, answer: q.answer, quotes: q.citations.map((c) => c.quote) }];
    }),
  );
}

/** The per-question failure list, under a folder git ignores (evals/out/). */
export async function writeFailures(report: EvalReport, dir = path.resolve('evals/out')): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, 'failures.json');
  await writeFile(file, `${JSON.stringify(failures(report), null, 2)}\n`);
  return file;
}

export async function writeReport(report: EvalReport, dir = path.resolve('evals/report')): Promise<{ json: string; svg: string }> {
  await mkdir(dir, { recursive: true });
  const json = path.join(dir, 'latest.json');
  const svg = path.join(dir, 'latest.svg');
  // The shared sets live outside the repo and must not be copied into it: figures only.
  const own = new Set(['tune', 'holdout']);
  const tracked = { ...report, runs: report.runs.map((run) => ({ ...run, questions: run.questions.filter((q) => own.has(q.set)) })) };
  await writeFile(json, `${JSON.stringify(tracked, null, 2)}\n`);
  await writeFile(svg, reportChart(report));
  return { json, svg };
}
