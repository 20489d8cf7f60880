/**
 * False premises made by code from the answerable questions of the sets designed on: each
 * question's year is moved (two years on, or three back from 2025), or its count (three more), and
 * the service should no longer answer it. A moved question may still be answerable where the
 * documents have the other year too, so the figure is an upper bound on premises missed; its worth is
 * the list of those answered, to read while designing. The never-read sets are not used.
 *   npm run eval:premises -- DATA_DIR [--kind year|count]
 */
import { parseArgs } from 'node:util';
import { askOnce } from '../answer/ask.js';
import { loadConfig } from '../core/config.js';
import { openRuntime } from '../node/runtime.js';
import { BLIND_SETS, loadSharedSet } from './load-questions.js';
import { DESIGNED_ON } from './report.js';

export type PremiseKind = 'year' | 'count';

/** The question with its first year moved, or undefined when it names none. */
export function movedYear(question: string): string | undefined {
  const m = /(?<!\d)(20[0-2]\d)(?!\d)/.exec(question);
  if (!m) return undefined;
  const year = Number(m[1]);
  return `${question.slice(0, m.index)}${year >= 2025 ? year - 3 : year + 2}${question.slice(m.index + 4)}`;
}

/** The question with its first count (a figure and its counter) three more, or undefined when it names none. */
export function movedCount(question: string): string | undefined {
  const m = /(?<![\d.,])([2-9]|1\d)(\s?(?:개|곳|명|건|complexes|zones|regions|tasks|sites))/.exec(question);
  if (!m) return undefined;
  return `${question.slice(0, m.index)}${Number(m[1]) + 3}${m[2]}${question.slice(m.index + m[0].length)}`;
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { kind: { type: 'string', default: 'year' } } });
  const dataDir = positionals[0];
  const kind = values.kind as PremiseKind;
  if (!dataDir || (kind !== 'year' && kind !== 'count')) throw new Error('usage: npm run eval:premises -- DATA_DIR [--kind year|count]');
  const move = kind === 'year' ? movedYear : movedCount;
  const runtime = await openRuntime(loadConfig({ ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' }));
  try {
    let asked = 0;
    const answered: string[] = [];
    for (const set of BLIND_SETS.filter((s) => DESIGNED_ON.has(s))) {
      for (const q of (await loadSharedSet(set)) ?? []) {
        const moved = q.answerable && !q.history?.length ? move(q.question) : undefined;
        if (!moved) continue;
        asked++;
        const result = await askOnce(runtime, { question: moved, lang: 'auto', history: [], mode: 'extractive' });
        if (result.grounded) answered.push(`[${q.id}] ${moved}\n    ${result.answer.slice(0, 200).replace(/\s+/g, ' ')}`);
        if (asked % 25 === 0) console.error(`… ${asked} asked`);
      }
    }
    console.log(answered.join('\n'));
    console.log(
      `${kind} moved in ${asked} answerable questions of the designed-on sets: ${answered.length} still answered, ${asked - answered.length} refused`,
    );
  } finally {
    runtime.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
