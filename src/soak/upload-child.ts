import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../core/config.js';
import { openRuntime } from '../node/runtime.js';

/**
 * The writer the soak's upload crash cycle kills: `upload <file>` through the real admin service
 * on DATA_DIR (POLICY_QA_PAUSE_AT stops it at a write step), or `open` (a restart: the index
 * and the uploads journal are repaired on open, then it exits).
 */
const [mode, file] = process.argv.slice(2);
const runtime = await openRuntime(loadConfig());
try {
  if (mode === 'upload' && file) {
    const result = await runtime.admin.upload({ files: [{ name: path.basename(file), bytes: readFileSync(file) }], meta: {} });
    console.log(JSON.stringify(result));
  } else if (mode !== 'open') throw new Error('usage: upload-child upload <file> | open');
} finally {
  runtime.close();
}
