#!/usr/bin/env node
// The CLI runs compiled JavaScript from dist/, as `npm start` does. When src/ changed since the
// last build (or dist/ is missing), it recompiles first (tsc, incremental), so a command never runs
// stale code; otherwise it starts at once, which keeps `--help` well under a second.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const main = new URL('../dist/cli/main.js', import.meta.url);
const stamp = new URL('../dist/.built', import.meta.url);

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = `${dir}/${entry.name}`;
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const built = existsSync(main) && existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
if (built < newestSource(`${root}src`)) {
  let tsc;
  try {
    tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  } catch {
    // A production install (--omit=dev) has no compiler: run what was built, or say what is missing.
  }
  if (tsc) {
    console.error('policy-qa: compiling src/ to dist/ (changed since the last build)');
    execFileSync(process.execPath, [tsc, '-p', `${root}tsconfig.build.json`], { stdio: ['ignore', 'inherit', 'inherit'] });
    writeFileSync(stamp, `${new Date().toISOString()}\n`);
  } else if (!existsSync(main)) {
    console.error('policy-qa: dist/ is missing; run "npm run build" with the dev dependencies installed');
    process.exit(1);
  }
}
await import(main.href);
