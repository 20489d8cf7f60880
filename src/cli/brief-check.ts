import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildBriefing, topicWordCoverage } from '../briefing/build-briefing.js';
import { briefingFacts } from '../briefing/fact-parity.js';
import { figureDateProblems } from '../briefing/figure-date-check.js';
import { briefingFileName } from '../briefing/file-name.js';
import { renderDocx } from '../briefing/render-docx.js';
import type { Briefing } from '../briefing/types.js';
import { loadConfig } from '../core/config.js';
import type { Lang } from '../core/types.js';
import { ingest } from '../ingest/ingest.js';
import { openRuntime } from '../node/runtime.js';

/**
 * `npm run brief:check`: the three briefings of issue 26 (the 5th Basic Plan, Yongin, the
 * opportunity development zones), each in Korean and English, built over a fresh index of
 * corpus/, saved as DOCX under their own file names, rendered to PDF with LibreOffice and to PNG
 * pages (pdftoppm) in test-output/brief-check/ for a person to read, and checked:
 *   - figures table: each figure once, dated by its own sentence, heading or source (figure-date-check.ts);
 *   - summary: 3-5 cited points, each with a date;
 *   - references: each source once, with a publisher, or the registered document itself;
 *   - sections: every bullet's evidence names the topic's words;
 *   - file name: carries the topic;
 *   - Korean and English: the same dated facts and figures (differences are listed).
 * Too slow for CI (LibreOffice start-up, three topics twice); exit code 1 when a check fails.
 * Needs LibreOffice (`apt-get install -y libreoffice-writer-nogui`) and poppler-utils for the pages;
 * without them it checks everything but the rendering and says so.
 */

const TOPICS: { name: string; ko: string; en: string }[] = [
  { name: '5th Basic Plan', ko: '5차 산업집적활성화 기본계획', en: '5th Basic Plan for Industrial Cluster Activation' },
  { name: 'Yongin', ko: '용인 반도체', en: 'Yongin semiconductor' },
  { name: 'opportunity development zones', ko: '기회발전특구', en: 'Opportunity Development Zones' },
];
const OUT = path.resolve('test-output', 'brief-check');
// --no-render: the checks alone, without LibreOffice (seconds instead of minutes).
const RENDER = !process.argv.includes('--no-render');
const SOFFICE = RENDER ? ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p)) : undefined;
const PDFTOPPM = existsSync('/usr/bin/pdftoppm') ? '/usr/bin/pdftoppm' : undefined;

function check(briefing: Briefing, file: string): string[] {
  const problems = figureDateProblems(briefing);
  if (briefing.summary.length < 3 || briefing.summary.length > 5) problems.push(`summary has ${briefing.summary.length} points, not 3-5`);
  for (const point of briefing.summary) if (!point.date) problems.push(`summary point without a date: ${point.text}`);
  const urls = briefing.references.filter((r) => !r.isDocument).map((r) => r.sourceUrl);
  if (new Set(urls).size !== urls.length) problems.push('a source is listed twice in the references');
  for (const r of briefing.references) if (!r.isDocument && !r.publisher) problems.push(`reference ${r.n} has no publisher: ${r.sourceUrl}`);
  const topic = briefing.topic ?? '';
  for (const section of briefing.sections) {
    for (const bullet of section.bullets) {
      const cited = bullet.citations.map((n) => briefing.citations[n - 1]);
      if (!cited.some((c) => c && topicWordCoverage(topic, `${c.title}\n${c.sectionPath}\n${bullet.text}`) >= 0.6)) {
        problems.push(`off topic in "${section.heading}": ${bullet.text.slice(0, 60)}`);
      }
    }
  }
  const topicWords = topic.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (!topicWords.every((w) => file.includes(w))) problems.push(`file name ${file} does not carry the topic`);
  return problems;
}

function render(docx: string): string {
  if (!SOFFICE) return RENDER ? 'not rendered (LibreOffice missing)' : 'not rendered (--no-render)';
  const started = performance.now();
  execFileSync(SOFFICE, ['--headless', '--convert-to', 'pdf', '--outdir', OUT, docx], { stdio: 'pipe', timeout: 180_000 });
  const pdf = docx.replace(/\.docx$/, '.pdf');
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (!PDFTOPPM) return `PDF in ${seconds} s (pdftoppm missing: no PNG pages)`;
  const prefix = pdf.replace(/\.pdf$/, '');
  for (const old of readdirSync(OUT).filter((f) => f.startsWith(`${path.basename(prefix)}-`) && f.endsWith('.png'))) rmSync(path.join(OUT, old));
  execFileSync(PDFTOPPM, ['-png', '-r', '60', pdf, prefix], { timeout: 60_000 });
  const pages = readdirSync(OUT).filter((f) => f.startsWith(`${path.basename(prefix)}-`) && f.endsWith('.png')).length;
  return `PDF in ${seconds} s, ${pages} page(s) as PNG`;
}

async function main(): Promise<number> {
  mkdirSync(OUT, { recursive: true });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'policy-qa-brief-check-'));
  const config = loadConfig({ ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
  const runtime = await openRuntime(config);
  let failed = 0;
  try {
    const indexed = await ingest({ paths: [path.resolve('corpus')], store: runtime.store, embedder: runtime.embedder });
    console.log(`brief:check: indexed ${indexed.added.length} documents in ${(indexed.ms / 1000).toFixed(1)} s; output in ${OUT}`);
    for (const topic of TOPICS) {
      const built: Partial<Record<Lang, Briefing>> = {};
      for (const lang of ['ko', 'en'] as const) {
        const briefing = await buildBriefing({ services: runtime, request: { topic: topic[lang], lang } });
        built[lang] = briefing;
        const file = path.join(OUT, briefingFileName(briefing, 'docx'));
        writeFileSync(file, await renderDocx(briefing));
        const problems = check(briefing, path.basename(file));
        const rendered = render(file);
        const figures = briefing.keyFigures.map((r) => r.values.map((v) => `${v.figure} (${v.referenceDate ?? '—'})`).join(' / ')).join('; ');
        console.log(
          `\n${path.basename(file)}: ${briefing.sections.length} sections, ${briefing.summary.length} key points, ${briefing.keyFigures.length} figure rows, ${briefing.references.length} references, ${briefing.notCovered.length} not covered; ${rendered}`,
        );
        console.log(`  figures: ${figures || '(none)'}`);
        if (briefing.notCovered.length > 0) console.log(`  not covered: ${briefing.notCovered.join(' | ')}`);
        console.log(problems.length === 0 ? '  checks: all hold' : `  PROBLEMS:\n${problems.map((p) => `    - ${p}`).join('\n')}`);
        failed += problems.length;
      }
      const ko = briefingFacts(built.ko as Briefing);
      const en = briefingFacts(built.en as Briefing);
      const onlyKo = [...ko].filter((f) => !en.has(f));
      const onlyEn = [...en].filter((f) => !ko.has(f));
      const shared = [...ko].filter((f) => en.has(f)).length;
      console.log(
        `  ${topic.name}, Korean vs English: ${shared} facts in both; only Korean: ${onlyKo.join(', ') || 'none'}; only English: ${onlyEn.join(', ') || 'none'}`,
      );
      if (onlyKo.length + onlyEn.length > 0) failed++;
    }
  } finally {
    runtime.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(failed === 0 ? '\nbrief:check: every check holds' : `\nbrief:check: ${failed} problem(s)`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
