import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import type { BriefingFormat } from '../briefing/types.js';
import type { Config } from '../core/config.js';
import { detectLang, isLang } from '../core/lang.js';
import type { Lang } from '../core/types.js';

export const BRIEF_USAGE =
  'brief --topic "..." [--question "..."]... [--lang ko|en] [--doc ID]... --out briefing.docx|.md|.json | --out FOLDER/ [--format docx|md|json]';

/** For node:util parseArgs (the CLI's main parses; this module checks what the values mean). */
export const BRIEF_OPTIONS = {
  topic: { type: 'string' },
  question: { type: 'string', multiple: true },
  lang: { type: 'string' },
  doc: { type: 'string', multiple: true },
  out: { type: 'string' },
  format: { type: 'string' },
} satisfies NonNullable<ParseArgsConfig['options']>;

export interface BriefArgs {
  topic?: string;
  questions: string[];
  lang: Lang;
  docIds: string[];
  /** A file, or a folder (ending in "/" or existing) the briefing is saved in under its own name (file-name.ts). */
  out: string;
  outIsFolder: boolean;
  format: BriefingFormat;
}

const FORMAT_BY_EXTENSION: Record<string, BriefingFormat> = { '.docx': 'docx', '.md': 'markdown', '.markdown': 'markdown', '.json': 'json' };
const EXTENSION_OF: Record<BriefingFormat, string> = { docx: 'docx', markdown: 'md', json: 'json' };

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map((v) => String(v).trim()).filter(Boolean) : []);

/** Checks parsed `brief` options; returns a message naming the problem instead of throwing. */
export function parseBriefArgs(values: Record<string, unknown>): BriefArgs | { error: string } {
  const topic = typeof values.topic === 'string' ? values.topic.trim() : undefined;
  const questions = strings(values.question);
  const docIds = strings(values.doc);
  const lang = typeof values.lang === 'string' ? values.lang : undefined;
  const out = typeof values.out === 'string' ? values.out : undefined;
  if (!topic && questions.length === 0) return { error: `brief needs --topic or --question. Usage: ${BRIEF_USAGE}` };
  if (!out) return { error: `brief needs --out with a .docx, .md or .json file name, or a folder. Usage: ${BRIEF_USAGE}` };
  const outIsFolder = out.endsWith('/') || out.endsWith(path.sep) || (existsSync(out) && statSync(out).isDirectory());
  const given = typeof values.format === 'string' ? FORMAT_BY_EXTENSION[`.${values.format.toLowerCase()}`] : undefined;
  if (values.format !== undefined && !given) return { error: `--format must be docx, md or json (got "${String(values.format)}")` };
  const format = outIsFolder ? (given ?? 'docx') : FORMAT_BY_EXTENSION[path.extname(out).toLowerCase()];
  if (!format) return { error: `--out must end in .docx, .md or .json, or name a folder (got "${out}")` };
  if (lang !== undefined && !isLang(lang)) return { error: `--lang must be ko or en (got "${lang}")` };
  return { ...(topic ? { topic } : {}), questions, lang: lang ?? detectLang(topic || questions[0] || ''), docIds, out, outIsFolder, format };
}

/** `policy-qa brief`: builds a briefing over the index under DATA_DIR and writes it to --out. */
export async function runBrief(config: Config, args: BriefArgs): Promise<number> {
  const [{ openRuntime }, { buildBriefing }, { renderDocx }, { renderMarkdown }] = await Promise.all([
    import('../node/runtime.js'),
    import('../briefing/build-briefing.js'),
    import('../briefing/render-docx.js'),
    import('../briefing/render-markdown.js'),
  ]);
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
    const { briefingFileName } = await import('../briefing/file-name.js');
    const file = args.outIsFolder ? path.join(args.out, briefingFileName(briefing, EXTENSION_OF[args.format])) : args.out;
    if (args.outIsFolder) mkdirSync(args.out, { recursive: true });
    writeFileSync(file, content);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `wrote ${file} (${args.format}): ${briefing.sections.length} section(s), ${briefing.citations.length} citation(s), ${briefing.keyFigures.length} key figure(s), ${briefing.notCovered.length} not covered, in ${seconds} s`,
    );
    return 0;
  } finally {
    runtime.close();
  }
}
