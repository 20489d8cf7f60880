import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../core/config.js';
import { ObjectStorageConfigError } from '../store/object-storage.js';
import { ExportPathError, exportTarget } from './export-path.js';
import { feedbackToCsv, feedbackToJson, joinAnswers } from './format-feedback.js';
import { openFeedback } from './open-feedback.js';

const USAGE = `npm run feedback:export -- [--format csv|json] [--out FILE [--force]]

Writes every stored feedback entry (DATA_DIR/feedback/feedback.jsonl; under s3:// every instance's
objects in feedback/) as CSV or JSON, to stdout or
FILE, each joined with the answer it rated (answer text, outcome, citations; the question too when
LOG_QUESTIONS was on) from the answer log DATA_DIR/answers/answers.jsonl, while retention keeps it
(ANSWER_LOG_MAX_ENTRIES, ANSWER_LOG_MAX_DAYS). The format defaults to the file's extension, else CSV.
FILE must be inside the working directory unless --force is given.`;

class UsageError extends Error {}

function chooseFormat(format: string | undefined, out: string | undefined): 'csv' | 'json' {
  const chosen = format ?? (out?.toLowerCase().endsWith('.json') ? 'json' : 'csv');
  if (chosen !== 'csv' && chosen !== 'json') throw new UsageError(`--format must be csv or json, not "${chosen}"`);
  return chosen;
}

async function main(argv: string[]): Promise<void> {
  let values: { format?: string; out?: string; force?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { format: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const format = chooseFormat(values.format, values.out);
  // Refused before anything is read: a wrong path costs nothing.
  const out = values.out === undefined ? undefined : await exportTarget(values.out, { cwd: process.cwd(), force: values.force === true });
  const config = loadConfig();
  const { feedback, answerLog } = openFeedback(config);
  if (!feedback) throw new UsageError(`DATA_DIR=${config.dataDir} is neither a local folder nor s3://; feedback is stored only there`);
  const answers = (await answerLog?.byId()) ?? new Map();
  const records = joinAnswers(await feedback.list(), answers);
  const joined = records.filter((r) => r.answered).length;
  const text = format === 'csv' ? feedbackToCsv(records) : feedbackToJson(records);
  if (out) {
    await writeFile(out, text, 'utf8');
    console.error(`feedback: ${records.length} entries (${joined} with their answer) written to ${out} (${format})`);
  } else {
    process.stdout.write(text);
    console.error(`feedback: ${records.length} entries (${joined} with their answer, ${format})`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof ConfigError || error instanceof ExportPathError || error instanceof ObjectStorageConfigError) {
    console.error(`error: ${error.message}\n\n${USAGE}`);
    process.exit(1);
  }
  console.error(error);
  process.exit(1);
});
