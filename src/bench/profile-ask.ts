/**
 * Asks the bench questions in-process against an existing index and prints the mean of each
 * pipeline step (timingsMs), for profiling one ask without HTTP:
 *   node --import tsx --cpu-prof src/bench/profile-ask.ts DATA_DIR [rounds]
 */
import { askOnce } from '../answer/ask.js';
import { loadConfig } from '../core/config.js';
import { openRuntime } from '../node/runtime.js';
import { loadBenchQuestions } from './bench-questions.js';

async function main(dataDir: string, rounds: number): Promise<void> {
  const t0 = performance.now();
  const runtime = await openRuntime(loadConfig({ ...process.env, DATA_DIR: dataDir }));
  await runtime.store.engine();
  console.error(`open + snapshot ${(performance.now() - t0).toFixed(0)} ms`);
  const { questions } = loadBenchQuestions();
  // Warm-up: the first ask builds the corpus knowledge (term pairs) once per snapshot.
  const t1 = performance.now();
  await askOnce(runtime, { question: questions[0]?.question ?? '', mode: 'extractive' });
  console.error(`first ask ${(performance.now() - t1).toFixed(0)} ms`);
  const sums: Record<string, number> = {};
  let n = 0;
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const result = await askOnce(runtime, { question: q.question, mode: 'extractive' });
      for (const [step, ms] of Object.entries(result.timingsMs)) sums[step] = (sums[step] ?? 0) + ms;
      n++;
    }
  }
  const wall = performance.now() - started;
  const cpu = process.cpuUsage(cpu0);
  // CPU time includes the model's own threads; on a shared machine it is steadier than wall time.
  console.log(`${n} asks, ${(wall / n).toFixed(2)} ms each (wall), ${((cpu.user + cpu.system) / 1000 / n).toFixed(2)} ms CPU each`);
  for (const [step, sum] of Object.entries(sums)) console.log(`  ${step.padEnd(16)} ${(sum / n).toFixed(2)} ms`);
  runtime.close();
}

main(process.argv[2] ?? '', Number(process.argv[3] ?? 3)).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
