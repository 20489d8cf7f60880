#!/usr/bin/env node
// The one decision of whether dist/ is current, shared by the CLI (bin/policy-qa.mjs, which
// `npm start` runs) and `npm run feedback:export` (its pre-script runs this file). dist/ is current when its build
// stamp is newer than every file under src/; then nothing runs, so a restart goes straight to the
// server's own start-up. Otherwise, with the dev dependencies installed, it runs `npm run build`
// (widget bundle, tsc, stamp); a production install (--omit=dev) has no compiler and runs what
// was built, or says what is missing.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const main = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const stamp = fileURLToPath(new URL('../dist/.built', import.meta.url));

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = `${dir}/${entry.name}`;
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** True when dist/ holds a build at least as new as every source file. */
export function distIsCurrent() {
  const built = existsSync(main) && existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  return built >= newestSource(`${root}src`);
}

function hasCompiler() {
  try {
    createRequire(import.meta.url).resolve('typescript/bin/tsc');
    return true;
  } catch {
    return false;
  }
}

/** Runs npm the way the current npm does when we are a lifecycle script, else the `npm` on PATH. */
function npm(args) {
  const execPath = process.env.npm_execpath;
  const [cmd, argv] =
    execPath && /\.c?js$/.test(execPath) ? [process.execPath, [execPath, ...args]] : [process.platform === 'win32' ? 'npm.cmd' : 'npm', args];
  // stdout belongs to the command that follows (feedback:export prints its CSV there): the build's goes to stderr.
  execFileSync(cmd, argv, { cwd: root, stdio: ['ignore', 2, 2] });
}

/** Builds dist/ when it is older than src/ (and a compiler is installed); exits 1 when there is no dist/ at all. */
export function ensureDist() {
  if (distIsCurrent()) return;
  if (hasCompiler()) {
    console.error('policy-qa: building src/ to dist/ (changed since the last build)');
    npm(['run', '-s', 'build']);
    return;
  }
  if (!existsSync(main)) {
    console.error('policy-qa: dist/ is missing; run "npm run build" with the dev dependencies installed');
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) ensureDist();
