#!/usr/bin/env node
// The CLI runs compiled JavaScript from dist/, as `npm start` does. When src/ changed since the
// last build (or dist/ is missing), it builds first (see ensure-dist.mjs), so a command never runs
// stale code; otherwise it starts at once, which keeps `--help` well under a second.
import { ensureDist } from './ensure-dist.mjs';

ensureDist();
await import(new URL('../dist/cli/main.js', import.meta.url).href);
