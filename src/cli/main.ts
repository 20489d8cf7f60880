import { askOnce } from '../answer/ask.js';
import { ConfigError, loadConfig } from '../core/config.js';
import { ingest } from '../ingest/ingest.js';
import { IndexMissingError, IndexUnreadableError, requireIndex } from '../node/open-index.js';
import { openRuntime } from '../node/runtime.js';
import { startServer } from '../node/serve.js';
import { hybridSearch } from '../retrieve/hybrid-search.js';
import { IndexMismatchError } from '../store/store.js';
import { BRIEF_USAGE, runBrief } from './brief-command.js';
import { formatAnswer, formatIngestSummary, formatSearch } from './format.js';
import { progressReporter } from './progress.js';

const USAGE = `policy-qa <command>

  serve                    ingest the corpus if needed, then answer on http://localhost:$PORT (8787)
  ingest [paths...]        load md/txt/html/pdf/docx/hwpx files or folders (default: corpus/) into the index
  ask "question"           answer a question with numbered sources
  search "query" [--k N]   print ranked passages with scores and sources
  ${BRIEF_USAGE}
                           write a cited briefing (DOCX, Markdown or JSON)
`;

function flag(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  args.splice(at, 2);
  return value;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const config = loadConfig();
  switch (command) {
    case 'serve': {
      const server = await startServer(config);
      const stop = async () => {
        await server.close();
        process.exit(0);
      };
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
      return -1;
    }
    case 'ingest': {
      const runtime = await openRuntime(config);
      const summary = await ingest({
        paths: args.length > 0 ? args : [config.corpusDir],
        store: runtime.store,
        embedder: runtime.embedder,
        onProgress: progressReporter(),
      });
      console.log(formatIngestSummary(summary));
      runtime.close();
      return summary.failed.length > 0 ? 2 : 0;
    }
    case 'ask': {
      const question = args.join(' ').trim();
      if (!question) throw new UsageError('ask needs a question: npm run ask -- "5차 산업집적활성화 기본계획의 목표는?"');
      const runtime = await openRuntime(config);
      await requireIndex(runtime.store, config.dataDir);
      console.log(formatAnswer(await askOnce(runtime, { question })));
      runtime.close();
      return 0;
    }
    case 'brief':
      return runBrief(config, args);
    case 'search': {
      const k = Number(flag(args, '--k') ?? 8);
      const query = args.join(' ').trim();
      if (!query) throw new UsageError('search needs a query: npm run search -- "기회발전특구 세제 혜택"');
      if (!Number.isInteger(k) || k < 1 || k > 50) throw new UsageError('--k must be an integer from 1 to 50');
      const runtime = await openRuntime(config);
      await requireIndex(runtime.store, config.dataDir);
      const result = await hybridSearch({ store: runtime.store, embedder: runtime.embedder, query, k });
      console.log(formatSearch(result.passages));
      runtime.close();
      return 0;
    }
    default:
      console.log(USAGE);
      return command === undefined || command === 'help' || command === '--help' ? 0 : 1;
  }
}

class UsageError extends Error {}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    const known =
      error instanceof ConfigError ||
      error instanceof IndexMismatchError ||
      error instanceof IndexUnreadableError ||
      error instanceof IndexMissingError ||
      error instanceof UsageError;
    console.error(known ? `policy-qa: ${(error as Error).message}` : error);
    process.exit(1);
  },
);
