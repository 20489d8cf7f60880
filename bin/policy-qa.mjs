#!/usr/bin/env node
// `npx policy-qa ...` runs the compiled CLI, as `npm start` does (`npm run build` writes dist/).
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  console.error('policy-qa: dist/ is missing; run "npm run build" first');
  process.exit(1);
}
await import(main.href);
