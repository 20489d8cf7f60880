import { loadConfig } from '/work/main/src/core/config.js';
import { openRuntime } from '/work/main/src/node/runtime.js';
import { askOnce } from '/work/main/src/answer/ask.js';
const rt = await openRuntime(loadConfig({ ...process.env, DATA_DIR: '/tmp/brief-data' }));
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i += 2) {
  const doc = args[i]!, q = args[i+1]!;
  const lang = /[가-힣]/.test(q) ? 'ko' : 'en';
  const a = await askOnce(rt, { question: q, docIds: [doc], lang });
  console.log('==', doc, q, a.grounded, a.timingsMs.total);
  console.log('  ', a.answer.slice(0, 500));
  for (const c of a.citations) console.log('    ', c.n, c.sectionPath, '|', c.quote.slice(0,80));
}
rt.close();
