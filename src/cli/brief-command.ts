import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildBriefing } from '../briefing/build-briefing.js';
import { renderDocx } from '../briefing/render-docx.js';
import { renderMarkdown } from '../briefing/render-markdown.js';
import type { BriefingFormat } from '../briefing/types.js';
import type { Config } from '../core/config.js';
import { detectLang, isLang } from '../core/lang.js';
import type { Lang } from '../core/types.js';
import { openRuntime } from '../node/runtime.js';

export const BRIEF_USAGE = 'brief --topic "..." [--question "..."]... [--lang ko|en] [--doc ID]... --out briefing.docx|.md|.json';

export interface BriefArgs {
  topic?: string;
  questions: string[];
  lang: Lang;
  docIds: string[];
  out: string;
  format: BriefingFormat;
}

const FORMAT_BY_EXTENSION: Record<string, BriefingFormat> = { '.docx': 'docx', '.md': 'markdown', '.markdown': 'markdown', '.json': 'json' };

/** Reads `brief` arguments; returns a message naming the problem instead of throwing. */
export function parseBriefArgs(args: string[]): BriefArgs | { error: string } {
  const questions: string[] = [];
  const docIds: string[] = [];
  let topic: string | undefined;
  let lang: string | undefined;
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const name = args[i];
    const value = args[i + 1];
    if (!['--topic', '--question', '--lang', '--out', '--doc'].includes(name ?? '')) return { error: `unknown argument "${name}". Usage: ${BRIEF_USAGE}` };
    if (value === undefined || value.startsWith('--')) return { error: `${name} needs a value` };
    i++;
    if (name === '--topic') topic = value.trim();
    else if (name === '--question') questions.push(value.trim());
    else if (name === '--doc') docIds.push(value.trim());
    else if (name === '--lang') lang = value;
    else out = value;
  }
  if (!topic && questions.length === 0) return { error: `brief needs --topic or --question. Usage: ${BRIEF_USAGE}` };
  if (!out) return { error: `brief needs --out with a .docx, .md or .json file name. Usage: ${BRIEF_USAGE}` };
  const format = FORMAT_BY_EXTENSION[path.extname(out).toLowerCase()];
  if (!format) return { error: `--out must end in .docx, .md or .json (got "${out}")` };
  if (lang !== undefined && !isLang(lang)) return { error: `--lang must be ko or en (got "${lang}")` };
  return { ...(topic ? { topic } : {}), questions, lang: lang ?? detectLang(topic || questions[0] || ''), docIds, out, format };
}

/** `policy-qa brief`: builds a briefing over the index under DATA_DIR and writes it to --out. */
export async function runBrief(config: Config, argv: string[]): Promise<number> {
  const args = parseBriefArgs(argv);
  if ('error' in args) {
    console.error(`policy-qa: ${args.error}`);
    return 1;
  }
  const runtime = await openRuntime(config);
  try {
    if ((await runtime.store.listDocuments()).length === 0) {
      console.error(`policy-qa: the index under DATA_DIR=${config.dataDir} holds no documents; run "npm run ingest" first`);
      return 1;
    }
    const started = performance.now();
    const briefing = await buildBriefing({
      services: runtime,
      request: {
        lang: args.lang,
        ...(args.topic ? { topic: args.topic } : {}),
        questions: args.questions,
        ...(args.docIds.length ? { docIds: args.docIds } : {}),
      },
      onProgress: (message) => console.error(`brief: ${message}`),
    });
    const content =
      args.format === 'docx' ? await renderDocx(briefing) : args.format === 'markdown' ? renderMarkdown(briefing) : `${JSON.stringify(briefing, null, 2)}\n`;
    writeFileSync(args.out, content);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `wrote ${args.out} (${args.format}): ${briefing.sections.length} section(s), ${briefing.citations.length} citation(s), ${briefing.keyFigures.length} key figure(s), ${briefing.notCovered.length} not covered, in ${seconds} s`,
    );
    return 0;
  } finally {
    runtime.close();
  }
}
