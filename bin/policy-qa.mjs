#!/usr/bin/env node
// The CLI is TypeScript run through tsx, as the npm scripts do; this lets `npx policy-qa ...` work too.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
