import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/core/config.js';
import { openRuntime } from '../../src/node/runtime.js';

/**
 * A writer to crash: `upload <file>` or `delete <id>` through the real admin service on
 * DATA_DIR. With POLICY_QA_PAUSE_AT set it stops at that point and the test kills it with -9.
 */
const [mode, target] = process.argv.slice(2);
const runtime = await openRuntime(loadConfig());
if (mode === 'upload' && target) {
  const result = await runtime.admin.upload({ files: [{ name: path.basename(target), bytes: readFileSync(target) }], meta: {} });
  console.log(JSON.stringify(result));
} else if (mode === 'delete' && target) {
  console.log(JSON.stringify({ deleted: await runtime.admin.remove(target) }));
} else throw new Error('usage: crash-child upload <file> | delete <id>');
await runtime.close();
