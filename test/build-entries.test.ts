import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `npm start` runs dist/, and tsc emits only what its entry files import. A module the code loads
 * by URL or path instead (a worker thread's file, a script the operator runs) is invisible to that
 * import graph, so it is silently missing unless tsconfig.build.json names it. This builds with
 * that config into a scratch folder and checks that every such entry came out.
 */

const ROOT = path.resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.ts$/.test(entry.name) && !/\.(test|d)\.ts$/.test(entry.name) ? [full] : [];
  });
}

/** Compiled files (relative to dist/) that the code, package.json and bin/ load by URL or path. */
function entriesLoadedByLocation(): { entry: string; loadedBy: string }[] {
  const found: { entry: string; loadedBy: string }[] = [];
  // new URL('./x.js', import.meta.url) in a module of src/: relative to that module's place in dist/.
  for (const file of sourceFiles(path.join(ROOT, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/new URL\(\s*'(\.{1,2}\/[^']+\.js)'\s*,\s*import\.meta\.url\s*\)/g)) {
      const fromDir = path.dirname(path.relative(path.join(ROOT, 'src'), file));
      found.push({ entry: path.posix.normalize(path.posix.join(fromDir, match[1] as string)), loadedBy: path.relative(ROOT, file) });
    }
  }
  // Scripts the operator runs: `node dist/...js` in package.json, `../dist/...js` in bin/.
  const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  for (const [name, command] of Object.entries(scripts)) {
    for (const match of command.matchAll(/\bdist\/(\S+\.js)\b/g)) found.push({ entry: match[1] as string, loadedBy: `npm run ${name}` });
  }
  for (const name of readdirSync(path.join(ROOT, 'bin'))) {
    const text = readFileSync(path.join(ROOT, 'bin', name), 'utf8');
    for (const match of text.matchAll(/'\.\.\/dist\/([^']+\.js)'/g)) found.push({ entry: match[1] as string, loadedBy: `bin/${name}` });
  }
  return found;
}

describe('the build emits every entry the service loads by URL or path', () => {
  let out: string;

  beforeAll(() => {
    out = mkdtempSync(path.join(os.tmpdir(), 'policy-qa-build-'));
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    // The real build's config and file list; only the output folder differs. Types are checked by `npm run lint`.
    execFileSync(
      process.execPath,
      [
        tsc,
        '-p',
        path.join(ROOT, 'tsconfig.build.json'),
        '--outDir',
        out,
        '--tsBuildInfoFile',
        path.join(out, '.tsbuildinfo'),
        '--noCheck',
        '--sourceMap',
        'false',
      ],
      { stdio: 'pipe' },
    );
  }, 180_000);

  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('finds the loads it must check (the parse worker, npm start)', () => {
    const entries = entriesLoadedByLocation().map((e) => e.entry);
    expect(entries).toContain('ingest/parse-worker.js');
    expect(entries).toContain('cli/main.js');
  });

  it('emits each of them', () => {
    const missing = entriesLoadedByLocation().filter(({ entry }) => !existsSync(path.join(out, entry)));
    expect(missing, 'add the missing files to "files" in tsconfig.build.json').toEqual([]);
  });
});
