import { type ParseArgsConfig, parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../core/config.js';
import { IndexMismatchError } from '../store/store.js';
import { BRIEF_OPTIONS, BRIEF_USAGE, parseBriefArgs } from './brief-command.js';

// Only light modules are imported above: each command imports the model, LanceDB and the app after
// its arguments parse, so `--help` and usage errors answer at once.

class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

interface Command {
  usage: string;
  summary: string;
  options: Options;
  run(values: Record<string, string | boolean | (string | boolean)[] | undefined>, positionals: string[]): Promise<number>;
}

const HELP: Options = { help: { type: 'boolean', short: 'h' } };

const COMMANDS: Record<string, Command> = {
  serve: {
    usage: 'serve',
    summary: 'answer on http://localhost:$PORT (8787), bringing the index up to date with the corpus',
    options: {},
    async run() {
      const [{ startServer }, { progressReporter }, { formatIngestSummary }] = await Promise.all([
        import('../node/serve.js'),
        import('./progress.js'),
        import('./format.js'),
      ]);
      const server = await startServer(loadConfig(), {
        onProgress: progressReporter(),
        onIngested: (summary) => console.error(`index: ${formatIngestSummary(summary)}`),
      });
      const stop = async () => {
        await server.close();
        process.exit(0);
      };
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
      return -1;
    },
  },
  ingest: {
    usage: 'ingest [paths...]',
    summary: 'load md/txt/html/pdf/docx/hwp/hwpx files or folders (default: corpus/) into the index',
    options: {},
    async run(_values, paths) {
      const config = loadConfig();
      const [{ openRuntime }, { ingest }, { progressReporter }, { formatIngestSummary }] = await Promise.all([
        import('../node/runtime.js'),
        import('../ingest/ingest.js'),
        import('./progress.js'),
        import('./format.js'),
      ]);
      const runtime = await openRuntime(config);
      try {
        const summary = await ingest({
          paths: paths.length > 0 ? paths : [config.corpusDir],
          store: runtime.store,
          embedder: runtime.embedder,
          onProgress: progressReporter(),
        });
        console.log(formatIngestSummary(summary));
        return summary.failed.length > 0 ? 2 : 0;
      } finally {
        await runtime.close();
      }
    },
  },
  ask: {
    usage: 'ask "question"',
    summary: 'answer a question with numbered sources',
    options: {},
    async run(_values, words) {
      const question = words.join(' ').trim();
      if (!question) throw new UsageError('ask needs a question: npm run ask -- "5차 산업집적활성화 기본계획의 목표는?"');
      const config = loadConfig();
      const [{ openRuntime }, { requireIndex }, { askOnce }, { formatAnswer }] = await Promise.all([
        import('../node/runtime.js'),
        import('../node/open-index.js'),
        import('../answer/ask.js'),
        import('./format.js'),
      ]);
      const runtime = await openRuntime(config);
      try {
        await requireIndex(runtime.store, config.dataDir);
        console.log(formatAnswer(await askOnce(runtime, { question })));
        return 0;
      } finally {
        await runtime.close();
      }
    },
  },
  search: {
    usage: 'search "query" [--k N]',
    summary: 'print ranked passages with scores and sources',
    options: { k: { type: 'string', default: '8' } },
    async run(values, words) {
      const k = Number(values.k);
      const query = words.join(' ').trim();
      if (!query) throw new UsageError('search needs a query: npm run search -- "기회발전특구 세제 혜택"');
      if (!Number.isInteger(k) || k < 1 || k > 50) throw new UsageError('--k must be an integer from 1 to 50');
      const config = loadConfig();
      const [{ openRuntime }, { requireIndex }, { hybridSearch }, { formatSearch }] = await Promise.all([
        import('../node/runtime.js'),
        import('../node/open-index.js'),
        import('../retrieve/hybrid-search.js'),
        import('./format.js'),
      ]);
      const runtime = await openRuntime(config);
      try {
        await requireIndex(runtime.store, config.dataDir);
        const result = await hybridSearch({ store: runtime.store, embedder: runtime.embedder, query, k });
        console.log(formatSearch(result.passages));
        return 0;
      } finally {
        await runtime.close();
      }
    },
  },
  brief: {
    usage: BRIEF_USAGE,
    summary: 'write a cited briefing (DOCX, Markdown or JSON)',
    options: BRIEF_OPTIONS,
    async run(values) {
      const args = parseBriefArgs(values);
      if ('error' in args) throw new UsageError(args.error);
      const { runBrief } = await import('./brief-command.js');
      return runBrief(loadConfig(), args);
    },
  },
};

const USAGE = `policy-qa <command> [--help]

${Object.values(COMMANDS)
  .map((c) => (c.usage.length <= 24 ? `  ${c.usage.padEnd(24)} ${c.summary}` : `  ${c.usage}\n  ${' '.repeat(24)} ${c.summary}`))
  .join('\n')}
`;

function commandUsage(command: Command): string {
  return `policy-qa ${command.usage}\n\n  ${command.summary}\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    console.log(USAGE);
    return 0;
  }
  // Own entries only: "constructor" or "toString" typed as a command is unknown, not a property of every object.
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(`policy-qa: unknown command "${name}"\n\n${USAGE}`);
    return 1;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: rest, options: { ...HELP, ...command.options }, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs names the unknown option or the missing value; add the usage line.
    throw new UsageError(`${(error as Error).message.split('\n')[0]}\nusage: ${commandUsage(command)}`);
  }
  if (parsed.values.help) {
    console.log(commandUsage(command));
    return 0;
  }
  return command.run(parsed.values, parsed.positionals);
}

async function isForTheUser(error: unknown): Promise<boolean> {
  if (error instanceof ConfigError || error instanceof IndexMismatchError || error instanceof UsageError) return true;
  // Loaded only when a command got that far, so this import costs nothing new.
  const [{ IndexMissingError, IndexUnreadableError }, { ObjectStorageConfigError }, { LeaseUnavailableError }] = await Promise.all([
    import('../node/open-index.js'),
    import('../store/object-storage.js'),
    import('../store/writer-lease.js'),
  ]);
  return (
    error instanceof IndexMissingError ||
    error instanceof IndexUnreadableError ||
    error instanceof ObjectStorageConfigError ||
    error instanceof LeaseUnavailableError
  );
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  async (error: unknown) => {
    console.error((await isForTheUser(error)) ? `policy-qa: ${(error as Error).message}` : error);
    process.exit(1);
  },
);
